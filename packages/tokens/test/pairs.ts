// The pairs the semantic colours are designed as: text on the surfaces it is made for, a control's border or fill
// on the surfaces controls sit on, the focus ring on every surface, a severity's text and icon on its own surface;
// and the minimum each needs (SC 1.4.3, 1.4.11; 1.4.6 in high contrast). Checked for our themes
// (contrast.test.ts), under the documented override (override.test.ts) and under Fluent's themes (fluent.test.ts).
import { contrastRatio } from '@pc-errors/tooling/colour';
import type { TokenName } from '../dist/tokens.js';

export type Kind = 'text' | 'ui';

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
export const UNPAIRED = ['text.disabled', 'border.default'];

export const pairs = PROMISES.flatMap(([kind, foregrounds, backgrounds]) =>
  foregrounds.flatMap((fg) => backgrounds.map((bg) => ({ kind, pair: `${fg} on ${bg}`, fg, bg }))),
);

/** Text 4.5:1 and UI parts 3:1; a high-contrast theme promises 7:1 and 4.5:1. */
export const minimumOf = (highContrast: boolean): Record<Kind, number> =>
  highContrast ? { text: 7, ui: 4.5 } : { text: 4.5, ui: 3 };

/** `text.default` -> `color-text-default`. */
export const tokenOf = (name: string) => `color-${name.replace('.', '-')}` as TokenName;

/** Every pair below its minimum, as `pair: fg on bg = ratio`, given each semantic colour's resolved #rrggbb. */
export function failingPairs(colour: (name: TokenName) => string, highContrast: boolean): string[] {
  const minimum = minimumOf(highContrast);
  return pairs.flatMap(({ kind, pair, fg, bg }) => {
    const [foreground, background] = [colour(tokenOf(fg)), colour(tokenOf(bg))];
    const ratio = contrastRatio(foreground, background);
    return ratio >= minimum[kind] ? [] : [`${pair}: ${foreground} on ${background} = ${ratio.toFixed(2)}`];
  });
}
