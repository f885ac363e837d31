// The Style Dictionary formats of @pc-errors/tokens, registered in build.mjs. Style Dictionary's built-in formats
// write one theme per file; these write the three themes of the model (themes.mjs) into one stylesheet (themes as
// selectors, plus auto, forced colours and reduced motion), one JS module and its declarations.
import { fileHeader } from 'style-dictionary/utils';
import { LAYERS, THEMES } from './themes.mjs';

/** @typedef {import('./themes.mjs').ThemeModel} ThemeModel */
/** @typedef {import('./themes.mjs').ThemeName} ThemeName */
/** @typedef {import('style-dictionary/types').FormatFnArguments} FormatFnArguments */

/** Named by the model's platform option, so each format reads the same model. */
const modelOf = (/** @type {FormatFnArguments} */ { options }) => /** @type {ThemeModel} */ (options.themeModel);

const COLOR_SCHEME = { light: 'light', dark: 'dark', 'high-contrast': 'dark' };
const LAYER_TITLES = {
  primitives: 'Primitives: the palette and scales',
  themes: 'Semantic, light theme',
  components: 'Components',
};

/** @param {string} text */
const comment = (text) => `/* ${text.replace(/\*\//g, '* /')} */`;
/** @param {string} selector @param {string[]} lines */
const block = (selector, lines) => `${selector} {\n${lines.join('\n')}\n}`;
/** @param {string} query @param {string} css */
const media = (query, css) => `@media ${query} {\n${css.replace(/^(?=.)/gm, '  ')}\n}`;

/** @param {ThemeModel} model @param {ThemeName} theme @param {string[]} names
 * @param {(name: string) => string | undefined} [override] */
const declare = ({ byName }, theme, names, override) =>
  names.map((name) => `  --pce-${name}: ${override?.(name) ?? byName[theme].get(name)?.css ?? ''};`);

/** The forced-colors and reduced-motion blocks for `selector`: after a block that re-declares tokens, these have
 * to follow on the same selector, or the re-declared values would win over them.
 * @param {ThemeModel} model @param {string} selector */
const userPreferences = (model, selector) => [
  comment('Windows contrast themes and other forced palettes: system colours, whatever the theme.'),
  media(
    '(forced-colors: active)',
    block(
      selector,
      declare(model, 'light', model.forcedDeclared, (name) => model.forced.get(name)),
    ),
  ),
  media(
    '(prefers-reduced-motion: reduce)',
    block(
      selector,
      declare(model, 'light', model.reducedDeclared, (name) => (model.reducedSeed.includes(name) ? '0ms' : undefined)),
    ),
  ),
];

/**
 * dist/tokens.css: `:root, [data-pce-theme="light"]` declares every token; the dark, high-contrast and auto blocks
 * re-declare the theme-dependent ones; then the forced-colors and reduced-motion overrides.
 * @param {FormatFnArguments} args
 */
async function css(args) {
  const model = modelOf(args);
  const { light, themed } = model;
  /** @param {string} selector @param {ThemeName} theme */
  const themeBlock = (selector, theme) =>
    block(selector, [`  color-scheme: ${COLOR_SCHEME[theme]};`, ...declare(model, theme, themed)]);

  const rootLines = ['  color-scheme: light;'];
  for (const layer of LAYERS) {
    rootLines.push('', `  ${comment(LAYER_TITLES[layer])}`);
    for (const token of light.filter((candidate) => candidate.layer === layer))
      rootLines.push(
        `  --pce-${token.name}: ${token.css};${token.description ? ` ${comment(token.description)}` : ''}`,
      );
  }
  const sections = [
    comment(
      'Set data-pce-theme="light | dark | high-contrast | auto" on any element to theme its subtree; else light.',
    ),
    block(':root,\n[data-pce-theme="light"]', rootLines),
    themeBlock('[data-pce-theme="dark"]', 'dark'),
    themeBlock('[data-pce-theme="high-contrast"]', 'high-contrast'),
    comment('auto: light unless the system prefers dark.'),
    themeBlock('[data-pce-theme="auto"]', 'light'),
    media('(prefers-color-scheme: dark)', themeBlock('[data-pce-theme="auto"]', 'dark')),
    ...userPreferences(model, ':root,\n[data-pce-theme]'),
  ];
  return `${await fileHeader({ file: args.file, commentStyle: 'long' })}${sections.join('\n\n')}\n`;
}

/** The element FluentProvider renders, and the mount node of each of its portals (both carry this class). */
export const FLUENT_PROVIDER = '.fui-FluentProvider';

/**
 * dist/fluent.css, loaded after tokens.css: inside a FluentProvider every bridged token reads its Fluent variable,
 * with its own light value as the fallback, and every token built on one is declared again beside it (a var() is
 * resolved where it is declared); then forced colours and reduced motion, which must still win there.
 * @param {FormatFnArguments} args
 */
async function fluentCss(args) {
  const model = modelOf(args);
  const { fluent, fluentDeclared } = model;
  const bridged = (/** @type {string} */ name) => {
    const variable = fluent.get(name);
    return variable && `var(--${variable}, ${model.byName.light.get(name)?.css ?? ''})`;
  };
  const sections = [
    comment(
      'Fluent UI v9 bridge: inside a FluentProvider the --pce-* tokens follow its theme (webLightTheme, ' +
        'webDarkTheme, teamsHighContrastTheme or your own). Load after tokens.css.',
    ),
    block(FLUENT_PROVIDER, declare(model, 'light', fluentDeclared, bridged)),
    ...userPreferences(model, FLUENT_PROVIDER),
  ];
  return `${await fileHeader({ file: args.file, commentStyle: 'long' })}${sections.join('\n\n')}\n`;
}

/** A single-quoted JS string literal. @param {string} text */
const quote = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
/** @param {ThemeModel} model @param {ThemeName} theme @returns {[string, string][]} */
const valuesOf = (model, theme) =>
  model.light.map(({ name }) => [name, quote(model.byName[theme].get(name)?.value ?? '')]);
/** @param {[string, string][]} entries @param {string} indent @param {string} [modifier] e.g. `readonly ` */
const objectBody = (entries, indent, modifier = '') =>
  entries.map(([key, value]) => `${indent}${modifier}${quote(key)}: ${value}${modifier ? ';' : ','}`).join('\n');

const TOKENS_DOC =
  "/** Every token as a CSS variable reference, for styles written in TypeScript: `tokens['color-danger-surface']`. */";
const THEMES_DOC = '/** The values of the data-pce-theme attribute. */';
const VALUES_DOC =
  "/** Each theme's resolved values (hex colours, dimensions...), for contrast checks, canvas drawing or e-mail. */";

/**
 * dist/tokens.js: `tokens` (name -> var(--pce-name)), `themes`, `values` (each theme's resolved values).
 * @param {FormatFnArguments} args
 */
async function javascript(args) {
  const model = modelOf(args);
  const tokens = model.light.map(({ name }) => /** @type {[string, string]} */ ([name, quote(`var(--pce-${name})`)]));
  return `${await fileHeader({ file: args.file, commentStyle: 'short' })}${TOKENS_DOC}
export const tokens = Object.freeze({\n${objectBody(tokens, '  ')}\n});

${THEMES_DOC}
export const themes = Object.freeze(['light', 'dark', 'high-contrast', 'auto']);

${VALUES_DOC}
export const values = Object.freeze({
${THEMES.map(
  (theme) => `  ${quote(theme)}: Object.freeze({\n${objectBody(valuesOf(model, theme), '    ')}\n  }),`,
).join('\n')}
});
`;
}

/**
 * dist/tokens.d.ts: literal types for the three exports of tokens.js.
 * @param {FormatFnArguments} args
 */
async function declarations(args) {
  const model = modelOf(args);
  const header = await fileHeader({ file: args.file, commentStyle: 'short' });
  return `${header}/** The name of a token: its path in kebab case, without the --pce- prefix. */
export type TokenName =
${model.light.map(({ name }) => `  | ${quote(name)}`).join('\n')};

${THEMES_DOC}
export type Theme = 'light' | 'dark' | 'high-contrast' | 'auto';
/** A theme with fixed values (auto follows the system between light and dark). */
export type ResolvedTheme = Exclude<Theme, 'auto'>;

${TOKENS_DOC}
export declare const tokens: { readonly [Name in TokenName]: \`var(--pce-\${Name})\` };

${THEMES_DOC}
export declare const themes: readonly ['light', 'dark', 'high-contrast', 'auto'];

${VALUES_DOC}
export declare const values: {
${THEMES.map(
  (theme) => `  readonly ${quote(theme)}: {\n${objectBody(valuesOf(model, theme), '    ', 'readonly ')}\n  };`,
).join('\n')}
};
`;
}

/** The formats, by the names the build's files use. */
export const formats = {
  'pce/css/themes': css,
  'pce/css/fluent': fluentCss,
  'pce/javascript/themes': javascript,
  'pce/typescript/themes': declarations,
};
