// WCAG 2.x contrast of the pairs the semantic tokens are designed as (text on the surfaces it is made for, a
// control's border on the surfaces controls sit on, the focus ring on every surface…), in every theme, from the
// resolved values in dist/tokens.js. Text needs 4.5:1 and UI parts 3:1 (SC 1.4.3, 1.4.11); the high-contrast
// theme promises 7:1 for text (SC 1.4.6) and 4.5:1 for UI parts. What the components actually draw, in every
// state, is measured in a real browser by @pc-errors/react (test/contrast.browser.test.tsx there).
import fs from 'node:fs';
import { contrastRatio } from '@pc-errors/tooling/colour';
import { describe, expect, test } from 'vitest';
import { values, type ResolvedTheme, type TokenName } from '../dist/tokens.js';

type Kind = 'text' | 'ui';
declare module 'vitest' {
  interface TaskMeta {
    /** Read by scripts/readme-tables.mjs to print the README's table. */
    contrast?: { theme: ResolvedTheme; pair: string; kind: Kind; ratio: number; minimum: number };
  }
}

const SURFACES = ['surface.default', 'surface.raised', 'surface.sunken', 'surface.hover', 'surface.selected'];
const SEVERITIES = ['danger', 'warning', 'info', 'success'];
const SEVERITY_SURFACES = SEVERITIES.map((severity) => `${severity}.surface`);
/** [kind, foregrounds, the backgrounds each is promised on]; names are semantic colours without `color.`. */
const PROMISES: [Kind, string[], string[]][] = [
  ['text', ['text.default', 'text.muted'], [...SURFACES, ...SEVERITY_SURFACES]],
  ...SEVERITIES.map((severity): [Kind, string[], string[]] => ['text', [`${severity}.text`], [`${severity}.surface`]]),
  ['text', ['accent.text'], ['surface.default', 'surface.raised', 'surface.selected']],
  ['text', ['accent.on-emphasis'], ['accent.emphasis']],
  ['text', ['control.text'], ['control.surface', 'control.surface-hover']],
  ['text', ['mark.text'], ['mark.surface']],
  // Borders and fills that identify a control, on the surfaces controls sit on (banners included).
  [
    'ui',
    ['border.strong', 'control.border', 'accent.emphasis'],
    ['surface.default', 'surface.raised', ...SEVERITY_SURFACES],
  ],
  ['ui', ['focus.ring'], [...SURFACES, ...SEVERITY_SURFACES]], // offset outside a control: never on its fill
  ...SEVERITIES.flatMap((severity): [Kind, string[], string[]][] => [
    ['ui', [`${severity}.emphasis`], [`${severity}.surface`]],
    ['ui', [`${severity}.border`], ['surface.default']],
  ]),
];
/** Exempt by design: disabled text (SC 1.4.3 exempts inactive controls) and decorative separators. */
const UNPAIRED = ['text.disabled', 'border.default'];

const THEMES: readonly ResolvedTheme[] = ['light', 'dark', 'high-contrast'];
const MINIMUM: Record<ResolvedTheme, Record<Kind, number>> = {
  light: { text: 4.5, ui: 3 },
  dark: { text: 4.5, ui: 3 },
  'high-contrast': { text: 7, ui: 4.5 },
};
const token = (name: string) => `color-${name.replace('.', '-')}` as TokenName;
const pairs = PROMISES.flatMap(([kind, foregrounds, backgrounds]) =>
  foregrounds.flatMap((fg) => backgrounds.map((bg) => ({ kind, pair: `${fg} on ${bg}`, fg, bg }))),
);
const cases = THEMES.flatMap((theme) =>
  pairs.map((pair) => [`${theme}: ${pair.pair} ≥ ${MINIMUM[theme][pair.kind]}`, { theme, ...pair }] as const),
);

describe('contrast of the semantic pairs', () => {
  // test.for hands over the test context: the ratio goes into task.meta for the README table.
  test.for(cases)('%s', ([, { theme, kind, pair, fg, bg }], { task }) => {
    const [foreground, background] = [values[theme][token(fg)], values[theme][token(bg)]];
    const ratio = contrastRatio(foreground, background);
    const minimum = MINIMUM[theme][kind];
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
