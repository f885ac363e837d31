// dist/tokens.css read the way a browser applies it: which blocks exist, what each declares, and what every
// token computes to on an element carrying data-pce-theme (nested in another theme or not), compared with the
// resolved values in dist/tokens.js.
import fs from 'node:fs';
import { SYSTEM_COLORS } from '@pc-errors/tooling/colour';
import { describe, expect, test } from 'vitest';
import { themes, tokens, values, type ResolvedTheme, type TokenName } from '../dist/tokens.js';
import { computed, find as findRule, parse } from './css-model';

const css = fs.readFileSync(new URL('../dist/tokens.css', import.meta.url), 'utf8');

const rules = parse(css);
const find = (selector: string, media: string | null = null) => findRule(rules, selector, media);

const ROOT = ':root, [data-pce-theme="light"]';
const root = find(ROOT);
const dark = find('[data-pce-theme="dark"]');
const highContrast = find('[data-pce-theme="high-contrast"]');
const autoLight = find('[data-pce-theme="auto"]');
const autoDark = find('[data-pce-theme="auto"]', '(prefers-color-scheme: dark)');
const forced = find(':root, [data-pce-theme]', '(forced-colors: active)');
const reducedMotion = find(':root, [data-pce-theme]', '(prefers-reduced-motion: reduce)');
const names = Object.keys(tokens) as TokenName[];
const property = (name: string) => `--pce-${name}`;

const expected = (theme: ResolvedTheme) => new Map(names.map((name) => [property(name), values[theme][name]]));
const onRoot = computed([root]);

describe('dist/tokens.css', () => {
  test('has the light, dark, high-contrast and auto theme blocks, auto following prefers-color-scheme', () => {
    expect(css).toContain(':root,\n[data-pce-theme="light"] {');
    expect(css).toContain('\n[data-pce-theme="dark"] {');
    expect(css).toContain('\n[data-pce-theme="high-contrast"] {');
    expect(css).toContain('\n[data-pce-theme="auto"] {');
    expect(css).toContain('@media (prefers-color-scheme: dark) {\n  [data-pce-theme="auto"] {');
    expect(css).toContain('@media (forced-colors: active) {');
    expect(css).toContain('@media (prefers-reduced-motion: reduce) {');
    expect(themes).toEqual(['light', 'dark', 'high-contrast', 'auto']);
  });

  test('declares only --pce- custom properties (and color-scheme)', () => {
    for (const { declarations } of rules) {
      for (const name of declarations.keys()) expect(name, name).toMatch(/^(--pce-[a-z0-9-]+|color-scheme)$/);
    }
    expect(css.match(/--(?!pce-)[\w-]+\s*:/g)).toBeNull();
  });

  test('declares every token on :root, and nothing else', () => {
    const declared = [...root.keys()].filter((name) => name.startsWith('--'));
    expect(declared.sort()).toEqual(names.map(property).sort());
  });

  test('resolves every var(--pce-…) reference to a defined variable, without cycles', () => {
    const referenced = new Set([...css.matchAll(/var\((--[\w-]+)\)/g)].map((match) => match[1]));
    expect(referenced.size).toBeGreaterThan(0);
    for (const name of referenced) expect(root.has(name ?? ''), `${name} is used but not declared`).toBe(true);
    expect(() => computed([root])).not.toThrow();
  });

  test('keeps literal values in the primitives: semantic and component tokens are references', () => {
    const themeDependent = [...dark.keys()].filter((name) => name.startsWith('--'));
    expect(themeDependent.length).toBeGreaterThan(30);
    for (const declarations of [root, dark, highContrast, autoLight, autoDark]) {
      for (const name of themeDependent) expect(declarations.get(name), name).toMatch(/^var\(--pce-[\w-]+\)$/);
    }
  });

  test('on :root (no attribute) every token has its light value', () => {
    expect(onRoot).toEqual(expected('light'));
  });

  const themedBlocks: [string, ResolvedTheme, Map<string, string>[]][] = [
    ['light', 'light', [root]],
    ['dark', 'dark', [dark]],
    ['high-contrast', 'high-contrast', [highContrast]],
    ['auto, system light', 'light', [autoLight]],
    ['auto, system dark', 'dark', [autoLight, autoDark]],
  ];
  const parents: [string, Map<string, string>][] = [
    ['the light :root', onRoot],
    ['a dark ancestor', computed([dark], onRoot)],
    ['a high-contrast ancestor', computed([highContrast], onRoot)],
  ];
  test.each(
    themedBlocks.flatMap(([label, theme, blocks]) =>
      parents.map(([parent, inherited]) => [label, parent, theme, blocks, inherited] as const),
    ),
  )('data-pce-theme="%s" inside %s gives every token its %s value', (_label, _parent, theme, blocks, inherited) => {
    expect(computed(blocks, inherited)).toEqual(expected(theme));
  });

  test('sets color-scheme with the theme, so scrollbars and native controls match', () => {
    expect(root.get('color-scheme')).toBe('light');
    expect(dark.get('color-scheme')).toBe('dark');
    expect(highContrast.get('color-scheme')).toBe('dark');
    expect(autoLight.get('color-scheme')).toBe('light');
    expect(autoDark.get('color-scheme')).toBe('dark');
  });

  test('under forced-colors, every semantic and component colour becomes a system colour, in every theme', () => {
    const SYSTEM = new RegExp(`^(${SYSTEM_COLORS.join('|')})$`);
    const colours = names.filter(
      (name) => values.light[name].startsWith('#') && root.get(property(name))?.startsWith('var('),
    );
    expect(colours).toContain('color-text-default');
    expect(colours).toContain('button-surface');
    for (const blocks of [[root], [dark], [highContrast], [autoLight], [autoLight, autoDark]]) {
      const values = computed([...blocks, forced], onRoot);
      for (const name of colours) expect(values.get(property(name)), name).toMatch(SYSTEM);
    }
    expect(forced.get('--pce-color-text-default')).toBe('CanvasText');
    expect(forced.get('--pce-color-surface-default')).toBe('Canvas');
    expect(forced.get('--pce-color-accent-text')).toBe('LinkText');
    expect(forced.get('--pce-color-focus-ring')).toBe('Highlight');
  });

  test('under prefers-reduced-motion: reduce, every duration is 0ms', () => {
    const durations = names.filter((name) => name.startsWith('motion-duration-'));
    expect(durations.length).toBeGreaterThan(0);
    for (const name of durations) {
      expect(values.light[name]).toMatch(/^[1-9]\d*ms$/);
      expect(reducedMotion.get(property(name))).toBe('0ms');
    }
  });

  test('defines every token the components rely on, with the sizes the brief fixes', () => {
    for (const name of [
      'color-danger-surface',
      'space-2',
      'banner-padding',
      'table-row-height',
      'focus-ring-width',
    ] as const) {
      expect(root.has(property(name)), name).toBe(true);
    }
    expect(values.light['table-row-height']).toBe('2.5rem');
    expect(values.light['space-1']).toBe('0.25rem');
    expect(values.light['focus-ring-width']).toBe('2px');
    expect(values.light['font-family-sans']).toMatch(/^system-ui, /);
  });
});

describe('dist/tokens.js', () => {
  test('maps every token to its var() reference', () => {
    for (const name of names) expect(tokens[name]).toBe(`var(--pce-${name})`);
    expect(tokens['color-danger-surface']).toBe('var(--pce-color-danger-surface)');
  });

  test('has a resolved value for every token in every theme, colours as #rrggbb', () => {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      expect(Object.keys(values[theme]).sort()).toEqual([...names].sort());
      for (const name of names)
        expect(values[theme][name], `${theme} ${name}`).not.toMatch(/var\(|\{|undefined|\[object/);
      expect(values[theme]['color-danger-text']).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(values.dark['color-surface-default']).not.toBe(values.light['color-surface-default']);
    expect(values['high-contrast']['color-surface-default']).toBe('#000000');
  });
});
