#!/usr/bin/env node
// Builds the design tokens in tokens/ (W3C design-token JSON, three layers: primitives -> themes -> components)
// with Style Dictionary: one dictionary per theme (the theme's file between the primitives and the components),
// put together in themes.mjs, then written by Style Dictionary through the formats of formats.mjs into
// dist/tokens.css, dist/fluent.css (the Fluent UI v9 bridge), dist/tokens.js and dist/tokens.d.ts. Deterministic: no timestamps, files read in sorted order.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import StyleDictionary from 'style-dictionary';
import { formats } from './formats.mjs';
import { THEMES, themeModel, tokensOf } from './themes.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tokensDir = path.join(root, 'tokens');
const TRANSFORMS = ['name/kebab', 'color/css', 'fontFamily/css', 'cubicBezier/css', 'shadow/css/shorthand'];

/** @param {string} folder */
const jsonFiles = (folder) =>
  fs
    .readdirSync(path.join(tokensDir, folder))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => path.join(tokensDir, folder, file));

/**
 * A theme's Style Dictionary, with the platform that writes the outputs (used on the light one).
 * @param {import('./themes.mjs').ThemeName} theme
 * @param {Record<string, unknown>} [themeModelOption] the model the formats write
 */
function dictionaryOf(theme, themeModelOption) {
  return new StyleDictionary({
    source: [...jsonFiles('primitives'), path.join(tokensDir, 'themes', `${theme}.json`), ...jsonFiles('components')],
    usesDtcg: true,
    log: { verbosity: 'verbose', warnings: 'error', errors: { brokenReferences: 'throw' } },
    hooks: {
      formats,
      fileHeaders: {
        'pce/generated': () => ['@pc-errors/tokens, built by scripts/build.mjs from the JSON in tokens/. Do not edit.'],
      },
    },
    platforms: {
      css: {
        transforms: TRANSFORMS,
        buildPath: `${path.join(root, 'dist')}/`,
        options: { fileHeader: 'pce/generated', ...themeModelOption },
        files: [
          { destination: 'tokens.css', format: 'pce/css/themes' },
          { destination: 'fluent.css', format: 'pce/css/fluent' },
          { destination: 'tokens.js', format: 'pce/javascript/themes' },
          { destination: 'tokens.d.ts', format: 'pce/typescript/themes' },
        ],
      },
    },
  });
}

const built = /** @type {Record<import('./themes.mjs').ThemeName, import('./themes.mjs').Token[]>} */ ({});
for (const theme of THEMES) built[theme] = tokensOf(await dictionaryOf(theme).getPlatformTokens('css'), tokensDir);
const model = themeModel(built, path.join(tokensDir, 'forced-colors.json'), path.join(tokensDir, 'fluent.json'));
await dictionaryOf('light', { themeModel: model }).buildPlatform('css');

/** @param {string} layer */
const count = (layer) => model.light.filter((token) => token.layer === layer).length;
const cssSize = fs.statSync(path.join(root, 'dist/tokens.css')).size;
console.log(
  `@pc-errors/tokens: ${model.light.length} variables (${count('primitives')} primitive, ` +
    `${count('themes')} semantic, ` +
    `${count('components')} component), ${model.themed.length} re-declared per theme, ${model.forcedDeclared.length} ` +
    `under forced-colors, ${model.fluentDeclared.length} in the Fluent bridge -> dist/tokens.css ` +
    `(${(cssSize / 1024).toFixed(1)} KiB), dist/fluent.css, dist/tokens.js, dist/tokens.d.ts`,
);
