// What the three theme dictionaries mean together: which tokens differ between themes (and so are re-declared in
// every theme block), what forced colours and reduced motion override, and the checks that keep themes honest.
// The formats in formats.mjs write this model; Style Dictionary builds the dictionaries (build.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { SYSTEM_COLORS } from '@pc-errors/tooling/colour';
import { createPropertyFormatter } from 'style-dictionary/utils';

export const THEMES = /** @type {const} */ (['light', 'dark', 'high-contrast']);
/** @typedef {(typeof THEMES)[number]} ThemeName */
export const LAYERS = /** @type {const} */ (['primitives', 'themes', 'components']);

/**
 * One token of one theme, as the formats need it.
 * @typedef {object} Token
 * @property {string} name kebab case, without the --pce- prefix
 * @property {string} type the DTCG $type
 * @property {(typeof LAYERS)[number]} layer the folder of tokens/ it comes from
 * @property {string} description
 * @property {string} css its CSS value, references kept as var(--pce-…)
 * @property {string} value its resolved value
 */

/**
 * The tokens of one theme's dictionary, each with its CSS declaration and resolved value.
 * @param {import('style-dictionary/types').Dictionary} dictionary
 * @param {string} tokensDir the tokens/ folder
 * @returns {Token[]}
 */
export function tokensOf(dictionary, tokensDir) {
  // outputReferences: a semantic token is written as var(--pce-<primitive>), a component token as
  // var(--pce-<semantic>), so overriding one semantic variable re-themes everything built on it.
  const declaration = createPropertyFormatter({
    dictionary,
    format: 'css',
    outputReferences: true,
    usesDtcg: true,
    formatting: { prefix: '--pce-', indentation: '', commentStyle: 'none' },
  });
  return dictionary.allTokens.map((token) => {
    const line = declaration(token);
    const folder = path.relative(tokensDir, path.resolve(token.filePath)).split(path.sep)[0];
    const layer = LAYERS.find((candidate) => candidate === folder);
    if (!layer) throw new Error(`${token.name}: comes from ${token.filePath}, outside tokens/{${LAYERS.join(',')}}`);
    return {
      name: token.name,
      type: String(token.$type),
      layer,
      description: String(token.$description ?? ''),
      css: line.slice(line.indexOf(':') + 1, -1).trim(),
      value: String(token.$value),
    };
  });
}

/** @param {string} css @returns {string[]} the token names a value refers to */
const references = (css) => [...css.matchAll(/var\(--pce-([\w-]+)\)/g)].map((match) => match[1] ?? '');

/**
 * A JSON file of token paths to strings (forced-colors.json, fluent.json), flattened: `color-text-default` -> value.
 * @param {string} file
 * @returns {Map<string, string>}
 */
function readMapping(file) {
  const mapping = new Map();
  /** @param {Record<string, unknown>} node @param {string[]} trail */
  const flatten = (node, trail) => {
    for (const [key, child] of Object.entries(node)) {
      if (key.startsWith('$')) continue;
      if (typeof child === 'string') mapping.set([...trail, key].join('-'), child);
      else flatten(/** @type {Record<string, unknown>} */ (child), [...trail, key]);
    }
  };
  flatten(JSON.parse(fs.readFileSync(file, 'utf8')), []);
  return mapping;
}

/**
 * @typedef {object} ThemeModel
 * @property {Token[]} light every token, in source order, with its light values
 * @property {Record<ThemeName, Map<string, Token>>} byName each theme's tokens by name
 * @property {string[]} themed the theme-dependent tokens, in source order: re-declared in every theme block
 * @property {Map<string, string>} forced forced-colors: the system colour of each semantic colour
 * @property {string[]} forcedDeclared what the forced-colors block declares (the mapped tokens and their dependents)
 * @property {Map<string, string>} fluent the Fluent UI v9 variable (camelCase, no --) each bridged token reads
 * @property {string[]} fluentDeclared what dist/fluent.css declares: the bridged and theme-dependent tokens and
 *   their dependents
 * @property {string[]} reducedSeed the durations, 0ms under prefers-reduced-motion
 * @property {string[]} reducedDeclared what the reduced-motion block declares
 */

/**
 * Puts the three themes together, and fails on a theme that defines other tokens than light, a forced colour that
 * is not a system colour, or a semantic colour without one.
 * @param {Record<ThemeName, Token[]>} built
 * @param {string} forcedColorsFile tokens/forced-colors.json
 * @param {string} fluentFile tokens/fluent.json
 * @returns {ThemeModel}
 */
export function themeModel(built, forcedColorsFile, fluentFile) {
  const light = built.light;
  const byName = /** @type {Record<ThemeName, Map<string, Token>>} */ (
    Object.fromEntries(THEMES.map((theme) => [theme, new Map(built[theme].map((token) => [token.name, token]))]))
  );
  // Every theme defines exactly the same tokens, so a theme can never fall back to another theme's value unnoticed.
  for (const theme of THEMES) {
    const missing = light.filter((token) => !byName[theme].has(token.name)).map((token) => token.name);
    const extra = built[theme].filter((token) => !byName.light.has(token.name)).map((token) => token.name);
    if (missing.length || extra.length)
      throw new Error(
        `tokens/themes/${theme}.json: missing ${missing.join(', ') || '-'}; not in light: ${extra.join(', ') || '-'}`,
      );
  }

  /** The seed names plus every token that refers to one of them, directly or not. A var() inside a custom property
   * is substituted on the element that declares it, so a token built on an overridden token has to be re-declared
   * in the same block, or it would keep the value computed on :root.
   * @param {Iterable<string>} seed @param {ThemeName} theme */
  const withDependents = (seed, theme) => {
    const set = new Set(seed);
    for (let grown = true; grown;) {
      grown = false;
      for (const token of built[theme]) {
        if (!set.has(token.name) && references(token.css).some((name) => set.has(name))) {
          set.add(token.name);
          grown = true;
        }
      }
    }
    return light.map((token) => token.name).filter((name) => set.has(name));
  };

  // Theme-dependent: declared differently in some theme, or built on such a token. Every theme block declares all
  // of them, so nested themes (a dark panel inside a high-contrast page) never inherit a value from the outer one.
  const differing = light
    .filter((token) => THEMES.some((theme) => byName[theme].get(token.name)?.css !== token.css))
    .map((token) => token.name);
  const themedSet = new Set(THEMES.flatMap((theme) => withDependents(differing, theme)));
  const themed = light.map((token) => token.name).filter((name) => themedSet.has(name));

  // Forced colors: tokens/forced-colors.json maps every semantic colour to a system colour. System colour keywords
  // are not DTCG colour values, so the file is read as plain JSON rather than as a theme.
  const forced = readMapping(forcedColorsFile);
  for (const [name, keyword] of forced) {
    if (byName.light.get(name)?.type !== 'color')
      throw new Error(`tokens/forced-colors.json: ${name} is not a colour token`);
    if (!SYSTEM_COLORS.includes(keyword))
      throw new Error(`tokens/forced-colors.json: ${name}: ${keyword} is not a CSS system colour`);
  }
  const semanticColours = light.filter((token) => token.layer === 'themes' && token.type === 'color');
  const unmapped = semanticColours.filter((token) => !forced.has(token.name));
  if (unmapped.length)
    throw new Error(
      `tokens/forced-colors.json has no system colour for ${unmapped.map((token) => token.name).join(', ')}`,
    );

  // Fluent UI v9: tokens/fluent.json names the Fluent CSS variable each token reads inside a FluentProvider.
  const fluent = readMapping(fluentFile);
  for (const [name, variable] of fluent) {
    if (!byName.light.has(name)) throw new Error(`tokens/fluent.json: ${name} is not a token`);
    if (!/^[a-z][A-Za-z0-9]*$/.test(variable))
      throw new Error(`tokens/fluent.json: ${name}: ${variable} is not a Fluent token name (camelCase, no --)`);
  }
  const notBridged = semanticColours.filter((token) => !fluent.has(token.name));
  if (notBridged.length)
    throw new Error(
      `tokens/fluent.json has no Fluent variable for ${notBridged.map((token) => token.name).join(', ')}`,
    );

  const reducedSeed = light.filter((token) => token.type === 'duration').map((token) => token.name);
  return {
    light,
    byName,
    themed,
    forced,
    forcedDeclared: withDependents(forced.keys(), 'light'),
    fluent,
    // Inside a FluentProvider the Fluent theme replaces ours whole: every theme-dependent token is declared again
    // (from the light theme's references), so a data-pce-theme outside the provider cannot leak in.
    fluentDeclared: withDependents([...fluent.keys(), ...themed], 'light'),
    reducedSeed,
    reducedDeclared: withDependents(reducedSeed, 'light'),
  };
}
