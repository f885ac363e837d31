// The README's per-theme override (the css block after `<!-- override-example -->`), applied the way a browser
// applies it after dist/tokens.css: in light, dark and auto it changes the accent and every pair keeps its minimum;
// in high contrast and with colours forced it changes nothing. A README override that breaks either fails here.
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { tokens, type TokenName } from '../dist/tokens.js';
import { computed, find, parse, type Rule } from './css-model';
import { failingPairs } from './pairs';

const readme = fs.readFileSync(new URL('../README.md', import.meta.url), 'utf8');
/** The documented override, read from the README so the test and the docs cannot part. */
export const overrideCss = /<!-- override-example -->\s*```css\n([^]*?)```/.exec(readme)?.[1] ?? '';
const override = parse(overrideCss);
const base = parse(fs.readFileSync(new URL('../dist/tokens.css', import.meta.url), 'utf8'));

/** An element: the root or not, with data-pce-theme or not; and what the user agent reports. */
interface Situation {
  root: boolean;
  theme?: string;
  forced: boolean;
  dark: boolean;
}

const MEDIA: Record<string, (situation: Situation) => boolean> = {
  '(forced-colors: none)': ({ forced }) => !forced,
  '(forced-colors: active)': ({ forced }) => forced,
  '(prefers-color-scheme: dark)': ({ dark }) => dark,
  '(prefers-reduced-motion: reduce)': () => false,
};
/** Whether a rule applies; a query or selector this model does not know fails the test rather than guess. */
function applies({ media, selector }: Rule, situation: Situation): boolean {
  const conditions = media ? media.split(/\s+and\s+/) : [];
  for (const condition of conditions) {
    const test = MEDIA[condition];
    if (!test) throw new Error(`a media query this test cannot evaluate: ${condition}`);
    if (!test(situation)) return false;
  }
  return selector.split(/\s*,\s*/).some((one) => {
    if (one === ':root') return situation.root;
    if (one === ':root:not([data-pce-theme])') return situation.root && situation.theme === undefined;
    if (one === '[data-pce-theme]') return situation.theme !== undefined;
    const theme = /^\[data-pce-theme=["']([\w-]+)["']\]$/.exec(one)?.[1];
    if (theme === undefined) throw new Error(`a selector this test cannot match: ${one}`);
    return situation.theme === theme;
  });
}
/** Every token on an element in `situation` (its parent the plain root), with or without the override. */
function tokensIn(situation: Situation, withOverride: boolean) {
  const sheets = withOverride ? [...base, ...override] : base;
  const rulesFor = (element: Situation) =>
    sheets.filter((rule) => applies(rule, element)).map((rule) => rule.declarations);
  if (situation.root) return computed(rulesFor(situation));
  return computed(
    rulesFor(situation),
    computed(rulesFor({ root: true, forced: situation.forced, dark: situation.dark })),
  );
}

const SITUATIONS: [string, Situation, boolean][] = [
  ['no data-pce-theme (the root)', { root: true, forced: false, dark: false }, true],
  ['light', { root: false, theme: 'light', forced: false, dark: false }, true],
  ['dark', { root: false, theme: 'dark', forced: false, dark: false }, true],
  ['auto, system light', { root: false, theme: 'auto', forced: false, dark: false }, true],
  ['auto, system dark', { root: false, theme: 'auto', forced: false, dark: true }, true],
  ['<html data-pce-theme="high-contrast">', { root: true, theme: 'high-contrast', forced: false, dark: false }, false],
  ['high-contrast', { root: false, theme: 'high-contrast', forced: false, dark: false }, false],
  ['light, colours forced', { root: false, theme: 'light', forced: true, dark: false }, false],
  ['dark, colours forced', { root: false, theme: 'dark', forced: true, dark: true }, false],
];

describe('the README override', () => {
  test('is in the README, and declares only --pce- colours', () => {
    expect(override.length).toBeGreaterThan(0);
    for (const { declarations } of override)
      for (const name of declarations.keys()) expect(name).toMatch(/^--pce-color-[a-z-]+$/);
    expect(find(override, "[data-pce-theme='dark']", '(forced-colors: none)').size).toBeGreaterThan(0);
  });

  test.each(SITUATIONS)('on %s', (_label, situation, changes) => {
    const [plain, overridden] = [tokensIn(situation, false), tokensIn(situation, true)];
    const highContrast = situation.theme === 'high-contrast';
    if (changes) {
      expect(overridden.get('--pce-color-accent-emphasis')).not.toBe(plain.get('--pce-color-accent-emphasis'));
      // Component tokens built on it follow, being declared on the same element.
      expect(overridden.get('--pce-button-primary-surface')).toBe(overridden.get('--pce-color-accent-emphasis'));
      const colour = (name: TokenName) => overridden.get(`--pce-${name}`) ?? '';
      expect(failingPairs(colour, highContrast)).toEqual([]);
    } else {
      expect(overridden).toEqual(plain);
    }
    expect(overridden.size).toBe(Object.keys(tokens).length);
  });
});
