#!/usr/bin/env node
// Prints the contrast table of the main pairs in every theme (the README shows its output).
import { values } from '../dist/tokens.js';

const luminance = (hex) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const ratio = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
const pairs = [
  ['text on surface', 'color-text-default', 'color-surface-default'], ['muted text on raised', 'color-text-muted', 'color-surface-raised'],
  ['danger title on danger surface', 'color-danger-text', 'color-danger-surface'], ['warning title on warning surface', 'color-warning-text', 'color-warning-surface'],
  ['info title on info surface', 'color-info-text', 'color-info-surface'], ['link on surface', 'color-accent-text', 'color-surface-default'],
  ['primary button text', 'color-accent-on-emphasis', 'color-accent-emphasis'], ['table header', 'table-header-text', 'table-header-surface'],
  ['border on surface (UI)', 'color-border-default', 'color-surface-default'], ['danger border (UI)', 'color-danger-border', 'color-danger-surface'],
  ['focus ring on surface (UI)', 'color-focus-ring', 'color-surface-default'], ['focus ring on danger surface (UI)', 'color-focus-ring', 'color-danger-surface'],
];
console.log('| pair | light | dark | high-contrast |\n|---|---|---|---|');
for (const [label, fg, bg] of pairs) {
  console.log(`| ${label} | ${['light', 'dark', 'high-contrast'].map((theme) => ratio(values[theme][fg], values[theme][bg]).toFixed(2)).join(' | ')} |`);
}
