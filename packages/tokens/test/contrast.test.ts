// WCAG 2.x contrast of every foreground/background pair the components draw, in every theme, computed from the
// resolved values in dist/tokens.js. Text needs 4.5:1 and UI parts (control borders, focus ring, icons) 3:1
// (SC 1.4.3 and 1.4.11); the high-contrast theme promises 7:1 for text (SC 1.4.6) and 4.5:1 for UI parts.
import { describe, expect, test } from 'vitest';
import { values, type ResolvedTheme, type TokenName } from '../dist/tokens.js';

declare module 'vitest' {
  interface TaskMeta {
    /** Read by scripts/contrast-table.mjs to print the README's table. */
    contrast?: { theme: ResolvedTheme; pair: string; kind: Kind; ratio: number; minimum: number };
  }
}

type Rgba = { r: number; g: number; b: number; a: number };
type Kind = 'text' | 'ui';

/** Parses #rgb, #rgba, #rrggbb, #rrggbbaa and rgb()/rgba() with comma- or space-separated channels. */
function parseColor(color: string): Rgba {
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(color.trim())?.[1];
  if (hex) {
    const digits = hex.length <= 4 ? [...hex].map((digit) => digit + digit) : (hex.match(/../g) ?? []);
    const [r = 0, g = 0, b = 0, a = 255] = digits.map((pair) => parseInt(pair, 16));
    return { r, g, b, a: a / 255 };
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(color.trim());
  if (rgb) {
    const [, r = '0', g = '0', b = '0', alpha = '1'] = rgb;
    const a = alpha.endsWith('%') ? parseFloat(alpha) / 100 : parseFloat(alpha);
    return { r: Number(r), g: Number(g), b: Number(b), a };
  }
  throw new Error(`not a colour this test can read: ${color}`);
}

/** A translucent colour as it shows over an opaque one. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (upper: number, lower: number) => upper * top.a + lower * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** WCAG 2.x relative luminance (sRGB, 0.04045 threshold as in the sRGB standard; 0.03928 gives the same result for 8-bit channels). */
function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2.x contrast ratio. A translucent background is laid on `page` first, a translucent foreground on the result. */
function contrastRatio(foreground: string, background: string, page = '#ffffff'): number {
  const base = over(parseColor(background), parseColor(page));
  const lighter = relativeLuminance(over(parseColor(foreground), base));
  const darker = relativeLuminance(base);
  return (Math.max(lighter, darker) + 0.05) / (Math.min(lighter, darker) + 0.05);
}

/** color-text-muted -> text.muted, table-header-text -> table.header-text */
const label = (name: TokenName) => name.replace(/^color-/, '').replace('-', '.');

// Every pair the components draw (packages/react/src/**/*.css), foreground first.
const PAIRS: ReadonlyArray<readonly [Kind, TokenName, TokenName]> = [
  // Text on the page, in panels and wells
  ['text', 'color-text-default', 'color-surface-default'],
  ['text', 'color-text-default', 'color-surface-raised'],
  ['text', 'color-text-default', 'color-surface-sunken'],
  ['text', 'color-text-muted', 'color-surface-default'],
  ['text', 'color-text-muted', 'color-surface-raised'],
  ['text', 'color-text-muted', 'color-surface-sunken'],
  ['text', 'color-accent-text', 'color-surface-default'],
  ['text', 'color-accent-text', 'color-surface-raised'],
  ['text', 'color-mark-text', 'color-mark-surface'],
  // Banners: title in the severity colour, description and status in text.default, countdown and details labels muted
  ['text', 'color-danger-text', 'color-danger-surface'],
  ['text', 'color-warning-text', 'color-warning-surface'],
  ['text', 'color-info-text', 'color-info-surface'],
  ['text', 'color-success-text', 'color-success-surface'],
  ['text', 'color-text-default', 'color-danger-surface'],
  ['text', 'color-text-default', 'color-warning-surface'],
  ['text', 'color-text-default', 'color-info-surface'],
  ['text', 'color-text-default', 'color-success-surface'],
  ['text', 'color-text-muted', 'color-danger-surface'],
  ['text', 'color-text-muted', 'color-warning-surface'],
  ['text', 'color-text-muted', 'color-info-surface'],
  ['text', 'color-text-default', 'button-surface-hover'],
  // Buttons, chips, menus
  ['text', 'button-text', 'button-surface'],
  ['text', 'button-text', 'button-surface-hover'],
  ['text', 'button-primary-text', 'button-primary-surface'],
  ['text', 'color-accent-on-emphasis', 'color-accent-emphasis'],
  ['text', 'chip-text', 'chip-surface'],
  ['text', 'chip-selected-text', 'chip-selected-surface'],
  ['text', 'badge-text', 'badge-surface'],
  // Table
  ['text', 'table-header-text', 'table-header-surface'],
  ['text', 'color-text-muted', 'table-header-surface'],
  ['text', 'color-text-default', 'table-row-stripe'],
  ['text', 'color-text-default', 'table-row-hover'],
  ['text', 'color-text-default', 'table-row-selected'],
  ['text', 'color-text-muted', 'table-row-selected'],
  ['text', 'color-accent-text', 'table-row-selected'],
  // Fix suggestion
  ['text', 'color-text-default', 'fix-code-surface'],
  ['text', 'fix-link', 'fix-surface'],
  // UI parts: what identifies a control or a state
  ['ui', 'color-border-strong', 'color-surface-default'],
  ['ui', 'color-border-strong', 'color-surface-raised'],
  ['ui', 'table-header-border', 'table-header-surface'],
  ['ui', 'button-border', 'color-surface-default'],
  ['ui', 'button-border', 'color-surface-raised'],
  ['ui', 'button-border', 'color-danger-surface'],
  ['ui', 'button-border', 'color-warning-surface'],
  ['ui', 'button-border', 'color-info-surface'],
  ['ui', 'button-primary-surface', 'color-surface-default'],
  ['ui', 'chip-border', 'color-surface-default'],
  ['ui', 'chip-selected-surface', 'color-surface-default'],
  ['ui', 'color-danger-border', 'color-surface-default'],
  ['ui', 'color-warning-border', 'color-surface-default'],
  ['ui', 'color-info-border', 'color-surface-default'],
  ['ui', 'color-success-border', 'color-surface-default'],
  ['ui', 'color-danger-border', 'color-danger-surface'],
  ['ui', 'color-warning-border', 'color-warning-surface'],
  ['ui', 'color-info-border', 'color-info-surface'],
  ['ui', 'color-success-border', 'color-success-surface'],
  ['ui', 'color-danger-emphasis', 'color-danger-surface'],
  ['ui', 'color-warning-emphasis', 'color-warning-surface'],
  ['ui', 'color-info-emphasis', 'color-info-surface'],
  ['ui', 'color-success-emphasis', 'color-success-surface'],
  ['ui', 'color-focus-ring', 'color-surface-default'],
  ['ui', 'color-focus-ring', 'color-surface-raised'],
  ['ui', 'color-focus-ring', 'color-danger-surface'],
  ['ui', 'color-focus-ring', 'color-warning-surface'],
  ['ui', 'color-focus-ring', 'color-info-surface'],
  ['ui', 'color-focus-ring', 'table-row-hover'],
  ['ui', 'color-focus-ring', 'table-row-selected'],
];

const THEMES: readonly ResolvedTheme[] = ['light', 'dark', 'high-contrast'];
const MINIMUM: Record<ResolvedTheme, Record<Kind, number>> = {
  light: { text: 4.5, ui: 3 },
  dark: { text: 4.5, ui: 3 },
  'high-contrast': { text: 7, ui: 4.5 },
};

const cases = THEMES.flatMap((theme) =>
  PAIRS.map(([kind, foreground, background]) => {
    const minimum = MINIMUM[theme][kind];
    return [`${theme}: ${label(foreground)} on ${label(background)} ≥ ${minimum}`, { theme, kind, foreground, background, minimum }] as const;
  }),
);

describe('contrast of every pair the components draw', () => {
  // test.for is test.each that also hands over the test context (the ratio goes into task.meta for the README table).
  test.for(cases)('%s', ([, { theme, kind, foreground, background, minimum }], { task }) => {
    const ratio = contrastRatio(values[theme][foreground], values[theme][background], values[theme]['color-surface-default']);
    task.meta.contrast = { theme, pair: `${label(foreground)} on ${label(background)}`, kind, ratio, minimum };
    expect(ratio, `${values[theme][foreground]} on ${values[theme][background]}`).toBeGreaterThanOrEqual(minimum);
  });
});

describe('the contrast check itself', () => {
  test('gives the WCAG reference ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2); // the lightest grey that passes AA on white
    expect(contrastRatio('#ffffff', '#767676')).toBe(contrastRatio('#767676', '#ffffff'));
  });

  test('reads #rgb as #rrggbb and rgb() as hex', () => {
    expect(contrastRatio('#777', '#fff')).toBe(contrastRatio('#777777', '#ffffff'));
    expect(contrastRatio('rgb(118, 118, 118)', '#fff')).toBe(contrastRatio('#767676', '#ffffff'));
  });

  test('composites a translucent colour over what is behind it', () => {
    expect(contrastRatio('rgba(0, 0, 0, 0.5)', '#ffffff')).toBeCloseTo(contrastRatio('rgb(127.5, 127.5, 127.5)', '#ffffff'), 10);
    expect(contrastRatio('#ffffff80', '#000000')).toBeCloseTo(contrastRatio('#808080', '#000000'), 2);
    expect(contrastRatio('#00000080', '#ffffff')).toBeCloseTo(contrastRatio('#7f7f7f', '#ffffff'), 2);
    expect(contrastRatio('#000000', 'rgb(0 0 0 / 0)', '#ffffff')).toBeCloseTo(21, 10);
  });

  test('fails a low-contrast pair', () => {
    expect(contrastRatio('#9aa4b0', '#ffffff')).toBeLessThan(4.5);
  });

  test('checks every text colour the tokens define (directly, or through the semantic token it aliases)', () => {
    const textColours = (Object.keys(values.light) as TokenName[]).filter(
      (name) => /^color-text-|-text$|-title$|-link$|^color-accent-on-emphasis$/.test(name) && name !== 'color-text-disabled',
    );
    const checked = (name: TokenName) => PAIRS.some(([, foreground]) => THEMES.every((theme) => values[theme][foreground] === values[theme][name]));
    expect(textColours.filter((name) => !checked(name))).toEqual([]);
  });
});
