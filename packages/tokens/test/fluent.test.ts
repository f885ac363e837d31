// The Fluent UI v9 bridge, dist/fluent.css: every Fluent variable it reads exists in Fluent's themes; under
// webLightTheme, webDarkTheme and teamsHighContrastTheme the semantic pairs keep their minimums; and inside a
// FluentProvider every token computes to what the provider's theme gives, whatever data-pce-theme says outside,
// to its own light value where a variable is missing, and to a system colour when colours are forced.
import fs from 'node:fs';
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-theme';
import { contrastRatio, SYSTEM_COLORS } from '@pc-errors/tooling/colour';
import { describe, expect, test } from 'vitest';
import { tokens, type TokenName } from '../dist/tokens.js';
import { computed, find, parse } from './css-model';
import { failingPairs, pairs, tokenOf } from './pairs';

declare module 'vitest' {
  interface TaskMeta {
    /** Read by scripts/readme-tables.mjs for the README's Fluent table. */
    fluentContrast?: { theme: string; text: number; ui: number; highContrast: boolean };
  }
}

const PROVIDER = '.fui-FluentProvider';
const rules = parse(fs.readFileSync(new URL('../dist/fluent.css', import.meta.url), 'utf8'));
const bridge = find(rules, PROVIDER);
const base = parse(fs.readFileSync(new URL('../dist/tokens.css', import.meta.url), 'utf8'));
const root = find(base, ':root, [data-pce-theme="light"]');
const mapping = new Map(
  [...bridge].flatMap(([property, value]) => {
    const variable = /^var\(--([A-Za-z0-9]+),/.exec(value)?.[1];
    return variable ? [[property.replace(/^--pce-/, ''), variable] as const] : [];
  }),
);
const names = Object.keys(tokens) as TokenName[];

const FLUENT_THEMES: [string, Theme, boolean][] = [
  ['webLightTheme', webLightTheme, false],
  ['webDarkTheme', webDarkTheme, false],
  ['teamsHighContrastTheme', teamsHighContrastTheme, true],
];
/** What FluentProvider declares on its element: every theme value as a CSS variable. */
const providerDeclarations = (theme: Theme) =>
  new Map(Object.entries(theme).map(([name, value]) => [`--${name}`, String(value)]));
/** Every token's value on a FluentProvider's element (and so inside it), within `outside`. */
const insideProvider = (theme: Theme, outside: ReadonlyMap<string, string>) =>
  computed([providerDeclarations(theme), bridge], outside);

const onRoot = computed([root]);
const ancestors: [string, ReadonlyMap<string, string>][] = [
  ['no theme', onRoot],
  ...(['dark', 'high-contrast'] as const).map((theme): [string, ReadonlyMap<string, string>] => [
    `data-pce-theme="${theme}"`,
    computed([find(base, `[data-pce-theme="${theme}"]`)], onRoot),
  ]),
];

describe('dist/fluent.css, the Fluent UI v9 bridge', () => {
  test('bridges every semantic colour, and each Fluent variable it names exists in every Fluent theme', () => {
    const semantic = names.filter(
      (name) => name.startsWith('color-') && pairs.some(({ fg, bg }) => [fg, bg].map(tokenOf).includes(name)),
    );
    expect(semantic.length).toBeGreaterThan(30);
    for (const name of semantic) expect(mapping.has(name), name).toBe(true);
    for (const [, theme] of FLUENT_THEMES)
      for (const [name, variable] of mapping) expect(theme, `${name} reads --${variable}`).toHaveProperty(variable);
  });

  // test.for hands over the test context: the lowest ratios go into task.meta for the README table.
  test.for(FLUENT_THEMES)(
    'under %s, the semantic pairs keep their minimums',
    ([name, theme, highContrast], { task }) => {
      const values = insideProvider(theme, onRoot);
      const colour = (token: TokenName) => values.get(`--pce-${token}`) ?? '';
      const lowest = (kind: string) =>
        Math.min(
          ...pairs
            .filter((pair) => pair.kind === kind)
            .map(({ fg, bg }) => contrastRatio(colour(tokenOf(fg)), colour(tokenOf(bg)))),
        );
      task.meta.fluentContrast = { theme: name, text: lowest('text'), ui: lowest('ui'), highContrast };
      expect(failingPairs(colour, highContrast)).toEqual([]);
    },
  );

  test.each(
    FLUENT_THEMES.flatMap(([name, theme]) =>
      ancestors.map(([outside, inherited]) => [name, outside, theme, inherited] as const),
    ),
  )('under %s inside %s, every bridged token is the theme’s value', (_name, _outside, theme, inherited) => {
    const values = insideProvider(theme, inherited);
    for (const [name, variable] of mapping)
      expect(values.get(`--pce-${name}`), name).toBe(String(theme[variable as keyof Theme]));
    // Component tokens follow too: the same values whatever theme is set outside the provider.
    expect(values).toEqual(insideProvider(theme, onRoot));
    expect(values.get('--pce-button-primary-surface')).toBe(theme.colorCompoundBrandBackground);
  });

  test('without Fluent variables (no provider theme yet), every token keeps its light value', () => {
    const values = computed([bridge], onRoot);
    for (const name of names) expect(values.get(`--pce-${name}`), name).toBe(computed([root]).get(`--pce-${name}`));
  });

  test('with colours forced, every semantic colour inside the provider is a system colour', () => {
    const forced = find(rules, PROVIDER, '(forced-colors: active)');
    const system = new RegExp(`^(${SYSTEM_COLORS.join('|')})$`);
    for (const [, theme] of FLUENT_THEMES) {
      const values = computed([providerDeclarations(theme), bridge, forced], onRoot);
      for (const name of [...mapping.keys()].filter((candidate) => candidate.startsWith('color-')))
        expect(values.get(`--pce-${name}`), name).toMatch(system);
      expect(values.get('--pce-color-text-default')).toBe('CanvasText');
      expect(values.get('--pce-button-primary-surface')).toBe('Highlight');
    }
  });
});
