// Every foreground/background pair the components draw, in every theme, against WCAG 2 contrast:
// text ≥ 4.5:1 and UI parts (borders, focus ring, icons) ≥ 3:1; in high contrast, everything ≥ 7:1.
import { describe, expect, it } from 'vitest';
import { values } from '../dist/tokens.js';

type Theme = keyof typeof values;
type Name = keyof (typeof values)['light'];

function luminance(hex: string): number {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
  const [r, g, b] = [0, 2, 4].map((offset) => {
    const channel = parseInt(full.slice(offset, offset + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG 2 contrast ratio of two opaque colours. */
export function contrast(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const TEXT: [Name, Name][] = [
  ['color-text-default', 'color-surface-default'],
  ['color-text-default', 'color-surface-raised'],
  ['color-text-default', 'color-surface-sunken'],
  ['color-text-muted', 'color-surface-default'],
  ['color-text-muted', 'color-surface-raised'],
  ['color-text-muted', 'color-danger-surface'],
  ['color-text-muted', 'color-warning-surface'],
  ['color-text-muted', 'color-info-surface'],
  ['color-text-muted', 'color-selection-surface'],
  ['color-text-default', 'color-danger-surface'],
  ['color-text-default', 'color-warning-surface'],
  ['color-text-default', 'color-info-surface'],
  ['color-danger-text', 'color-danger-surface'],
  ['color-warning-text', 'color-warning-surface'],
  ['color-info-text', 'color-info-surface'],
  ['color-success-text', 'color-success-surface'],
  ['color-accent-text', 'color-surface-default'],
  ['color-accent-text', 'color-surface-raised'],
  ['color-accent-text', 'color-selection-surface'],
  ['color-accent-on-emphasis', 'color-accent-emphasis'],
  ['button-text', 'button-surface'],
  ['button-text', 'button-surface-hover'],
  ['chip-text', 'chip-surface'],
  ['chip-selected-text', 'chip-selected-surface'],
  ['table-header-text', 'table-header-surface'],
  ['color-text-default', 'table-row-hover'],
  ['color-text-default', 'table-row-selected'],
];
const UI: [Name, Name][] = [
  ['color-border-default', 'color-surface-default'],
  ['color-border-default', 'color-surface-raised'],
  ['color-border-strong', 'color-surface-default'],
  ['color-danger-border', 'color-danger-surface'],
  ['color-warning-border', 'color-warning-surface'],
  ['color-info-border', 'color-info-surface'],
  ['color-danger-emphasis', 'color-danger-surface'],
  ['color-warning-emphasis', 'color-warning-surface'],
  ['color-info-emphasis', 'color-info-surface'],
  ['color-focus-ring', 'color-surface-default'],
  ['color-focus-ring', 'color-surface-raised'],
  ['color-focus-ring', 'color-danger-surface'],
  ['color-focus-ring', 'color-warning-surface'],
  ['color-focus-ring', 'color-info-surface'],
  ['color-focus-ring', 'color-selection-surface'],
  ['color-accent-emphasis', 'color-surface-default'],
  ['button-border', 'button-surface'],
  ['chip-border', 'chip-surface'],
];

const THEMES: Theme[] = ['light', 'dark', 'high-contrast'];
const minimum = (theme: Theme, kind: 'text' | 'ui') => (theme === 'high-contrast' ? 7 : kind === 'text' ? 4.5 : 3);
const cases = THEMES.flatMap((theme) => [
  ...TEXT.map(([fg, bg]) => [theme, fg, bg, minimum(theme, 'text')] as const),
  ...UI.map(([fg, bg]) => [theme, fg, bg, minimum(theme, 'ui')] as const),
]);

describe('contrast of every pair the components draw', () => {
  it.each(cases)('%s: %s on %s ≥ %s', (theme, foreground, background, min) => {
    const ratio = contrast(values[theme][foreground], values[theme][background]);
    expect(ratio, `${values[theme][foreground]} on ${values[theme][background]}`).toBeGreaterThanOrEqual(min);
  });

  it('is computed by the WCAG formula (black on white is 21:1, equal colours 1:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777', '#777')).toBe(1);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
