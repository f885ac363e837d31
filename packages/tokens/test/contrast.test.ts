// WCAG 2.x contrast of every foreground/background pair the components draw, in every theme, computed from the
// resolved values in dist/tokens.js. The pairs are not listed by hand: test/support/drawn.ts reads them off
// @pc-errors/react's CSS applied to the components' markup (test/support/fixture.ts), in every state, so the test
// checks exactly what a user sees. Text needs 4.5:1 and UI parts (control borders and fills, icons, the focus
// ring) 3:1 (SC 1.4.3 and 1.4.11); the high-contrast theme promises 7:1 for text (SC 1.4.6) and 4.5:1 for UI parts.
import { describe, expect, test } from 'vitest';
import { values, type ResolvedTheme, type TokenName } from '../dist/tokens.js';
import { componentCss, drawnPairs, isDecorative, type Kind } from './support/drawn.js';

declare module 'vitest' {
  interface TaskMeta {
    /** Read by scripts/readme-tables.mjs to print the README's table. */
    contrast?: { theme: ResolvedTheme; pair: string; kind: Kind; ratio: number; minimum: number };
  }
}

type Rgba = { r: number; g: number; b: number; a: number };

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

const PAIRS = drawnPairs();

const THEMES: readonly ResolvedTheme[] = ['light', 'dark', 'high-contrast'];
const MINIMUM: Record<ResolvedTheme, Record<Kind, number>> = {
  light: { text: 4.5, ui: 3 },
  dark: { text: 4.5, ui: 3 },
  'high-contrast': { text: 7, ui: 4.5 },
};

const cases = THEMES.flatMap((theme) =>
  PAIRS.map(({ kind, foreground, background, where }) => {
    const minimum = MINIMUM[theme][kind];
    return [`${theme}: ${label(foreground)} on ${label(background)} ≥ ${minimum} (${where})`, { theme, kind, foreground, background, minimum }] as const;
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

  test('finds the pairs in the CSS: text, control borders and fills, icons, the focus ring, in every state', () => {
    const has = (kind: Kind, foreground: TokenName, background: TokenName) =>
      PAIRS.some((pair) => pair.kind === kind && pair.foreground === foreground && pair.background === background);
    expect(has('text', 'banner-warning-title', 'banner-warning-surface')).toBe(true);
    expect(has('text', 'banner-text-muted', 'banner-info-surface')).toBe(true); // inherited surface
    expect(has('text', 'button-text', 'banner-danger-surface')).toBe(true); // a ghost button shows the banner
    expect(has('text', 'button-text', 'button-surface-hover')).toBe(true); // hover
    expect(has('text', 'input-placeholder', 'input-surface')).toBe(true); // ::placeholder
    expect(has('text', 'table-text-muted', 'table-header-surface')).toBe(true); // the sort icon's ::after
    expect(has('text', 'menu-item-highlight-text', 'menu-item-highlight-surface')).toBe(true); // focus sets data-highlighted
    expect(has('ui', 'banner-danger-icon', 'banner-danger-surface')).toBe(true); // a graphic
    expect(has('ui', 'chip-selected-surface', 'color-surface-default')).toBe(true); // a pressed chip's edge
    expect(has('ui', 'menu-item-highlight-surface', 'menu-surface')).toBe(true); // a borderless control's fill
    expect(has('ui', 'color-focus-ring', 'table-row-selected')).toBe(true); // the open row's inset ring
    expect(has('ui', 'color-focus-ring', 'button-primary-surface')).toBe(false); // the ring sits outside the button
    expect(PAIRS.some((pair) => isDecorative(pair.foreground))).toBe(false);
  });

  test('checks every colour the component CSS uses, except decorative borders', () => {
    const used = new Set([...componentCss.matchAll(/var\(--pce-([\w-]+)\)/g)].map((match) => match[1] as TokenName));
    const colours = [...used].filter((name) => /^#/.test(values.light[name] ?? ''));
    const checked = new Set(PAIRS.flatMap((pair) => [pair.foreground, pair.background]));
    expect(colours.length).toBeGreaterThan(30);
    expect(colours.filter((name) => !checked.has(name) && !isDecorative(name))).toEqual([]);
  });
});
