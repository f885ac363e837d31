// WCAG 2.x contrast of the pairs the semantic tokens are designed as (pairs.ts), in every theme, from the
// resolved values in dist/tokens.js. Text needs 4.5:1 and UI parts 3:1 (SC 1.4.3, 1.4.11); the high-contrast
// theme promises 7:1 for text (SC 1.4.6) and 4.5:1 for UI parts. What the components actually draw, in every
// state, is measured in a real browser by @pc-errors/react (test/contrast.browser.test.tsx there).
import fs from 'node:fs';
import { contrastRatio } from '@pc-errors/tooling/colour';
import { describe, expect, test } from 'vitest';
import { values, type ResolvedTheme } from '../dist/tokens.js';
import { minimumOf, pairs, tokenOf, UNPAIRED, type Kind } from './pairs';

declare module 'vitest' {
  interface TaskMeta {
    /** Read by scripts/readme-tables.mjs to print the README's table. */
    contrast?: { theme: ResolvedTheme; pair: string; kind: Kind; ratio: number; minimum: number };
  }
}

const THEMES: readonly ResolvedTheme[] = ['light', 'dark', 'high-contrast'];
const cases = THEMES.flatMap((theme) =>
  pairs.map(
    (pair) =>
      [`${theme}: ${pair.pair} ≥ ${minimumOf(theme === 'high-contrast')[pair.kind]}`, { theme, ...pair }] as const,
  ),
);

describe('contrast of the semantic pairs', () => {
  // test.for hands over the test context: the ratio goes into task.meta for the README table.
  test.for(cases)('%s', ([, { theme, kind, pair, fg, bg }], { task }) => {
    const [foreground, background] = [values[theme][tokenOf(fg)], values[theme][tokenOf(bg)]];
    const ratio = contrastRatio(foreground, background);
    const minimum = minimumOf(theme === 'high-contrast')[kind];
    task.meta.contrast = { theme, pair, kind, ratio, minimum };
    expect(ratio, `${foreground} on ${background}`).toBeGreaterThanOrEqual(minimum);
  });

  test('pairs every semantic colour, except those WCAG exempts', () => {
    const light = (
      JSON.parse(fs.readFileSync(new URL('../tokens/themes/light.json', import.meta.url), 'utf8')) as {
        color: Record<string, object>;
      }
    ).color;
    const names = (object: object) => Object.keys(object).filter((key) => !key.startsWith('$'));
    const semantic = names(light).flatMap((group) => names(light[group]!).map((key) => `${group}.${key}`));
    const paired = new Set(pairs.flatMap((pair) => [pair.fg, pair.bg]));
    expect(semantic.length).toBeGreaterThan(30);
    expect(semantic.filter((name) => !paired.has(name) && !UNPAIRED.includes(name))).toEqual([]);
    expect([...paired].filter((name) => !semantic.includes(name))).toEqual([]);
  });
});

describe('the contrast check itself', () => {
  test('gives the WCAG reference ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2); // the lightest grey that passes AA on white
    expect(contrastRatio('#ffffff', '#767676')).toBe(contrastRatio('#767676', '#ffffff'));
    expect(contrastRatio('#9aa4b0', '#ffffff')).toBeLessThan(4.5);
  });

  test('refuses a colour it cannot read rather than guess', () => {
    expect(() => contrastRatio('#0000007f', '#ffffff')).toThrow(/#rrggbb/);
  });
});
