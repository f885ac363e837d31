import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { themes, tokens, values } from '../dist/tokens.js';

const css = fs.readFileSync(new URL('../dist/tokens.css', import.meta.url), 'utf8');

describe('dist/tokens.css', () => {
  it('themes any subtree by data-pce-theme, with auto following the system', () => {
    for (const selector of [':root', '[data-pce-theme="light"]', '[data-pce-theme="dark"]', '[data-pce-theme="high-contrast"]', '[data-pce-theme="auto"]']) {
      expect(css).toContain(selector);
    }
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\) \{\s+\[data-pce-theme="auto"\]/);
  });

  it('maps the semantic colours to system colours under forced-colors', () => {
    const forced = css.slice(css.indexOf('@media (forced-colors: active)'));
    expect(forced).toContain('--pce-color-text-default: CanvasText;');
    expect(forced).toContain('--pce-color-surface-default: Canvas;');
    expect(forced).toContain('--pce-color-focus-ring: Highlight;');
  });

  it('declares only --pce- custom properties, and every reference resolves', () => {
    const declared = new Set(css.match(/--[\w-]+(?=:)/g));
    for (const name of declared) expect(name.startsWith('--pce-')).toBe(true);
    const referenced = new Set([...css.matchAll(/var\((--[\w-]+)\)/g)].map((match) => match[1]));
    for (const name of referenced) expect(declared, name).toContain(name);
  });

  it('re-declares component tokens under every theme, so they follow a themed subtree', () => {
    expect(css).toMatch(/:root,\n\[data-pce-theme\] \{\n {2}--pce-button-height/);
  });

  it('exports a typed map with the same names, and a value for each in every theme', () => {
    expect(themes).toEqual(['light', 'dark', 'high-contrast', 'auto']);
    expect(tokens['color-danger-text']).toBe('var(--pce-color-danger-text)');
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      expect(Object.keys(values[theme]).sort()).toEqual(Object.keys(tokens).sort());
      expect(values[theme]['color-danger-text']).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(values.dark['color-surface-default']).not.toBe(values.light['color-surface-default']);
  });
});
