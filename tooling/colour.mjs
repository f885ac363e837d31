// Colour facts the token build and the contrast tests share: the CSS system colours a forced palette may use, and
// WCAG 2.x relative luminance and contrast ratio (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance).

/**
 * The CSS Color 4 system colours (https://www.w3.org/TR/css-color-4/#css-system-colors): the only colours a
 * `forced-colors: active` palette is made of.
 */
export const SYSTEM_COLORS = Object.freeze([
  'AccentColor',
  'AccentColorText',
  'ActiveText',
  'ButtonBorder',
  'ButtonFace',
  'ButtonText',
  'Canvas',
  'CanvasText',
  'Field',
  'FieldText',
  'GrayText',
  'Highlight',
  'HighlightText',
  'LinkText',
  'Mark',
  'MarkText',
  'SelectedItem',
  'SelectedItemText',
  'VisitedText',
]);

/**
 * sRGB channels from 0 to 255; an alpha channel after them is ignored.
 * @typedef {readonly [red: number, green: number, blue: number, ...alpha: number[]]} Rgb
 */

/**
 * Reads an opaque `#rrggbb` colour; anything else (shorthand, alpha, names) is refused rather than guessed.
 * @param {string} hex
 * @returns {Rgb}
 * @example parseHex('#767676') // [118, 118, 118]
 */
export function parseHex(hex) {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`not an opaque #rrggbb colour: ${hex}`);
  const [red = 0, green = 0, blue = 0] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  return [red, green, blue];
}

/**
 * WCAG 2.x relative luminance, from 0 (black) to 1 (white).
 * @param {Rgb | string} colour channels or `#rrggbb`
 * @returns {number}
 */
export function relativeLuminance(colour) {
  const [r, g, b] = typeof colour === 'string' ? parseHex(colour) : colour;
  /** @param {number} channel */
  const linear = (channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * WCAG 2.x contrast ratio of two opaque colours, from 1 to 21; the order does not matter.
 * @param {Rgb | string} foreground channels or `#rrggbb`
 * @param {Rgb | string} background channels or `#rrggbb`
 * @returns {number}
 * @example contrastRatio('#767676', '#ffffff') // 4.54…, the lightest grey that passes AA on white
 */
export function contrastRatio(foreground, background) {
  const [lighter, darker] = [relativeLuminance(foreground), relativeLuminance(background)].sort((a, b) => b - a);
  return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05);
}
