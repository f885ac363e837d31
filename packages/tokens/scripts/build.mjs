#!/usr/bin/env node
// Builds the design tokens in tokens/ (W3C design-token JSON, three layers: primitives -> themes -> components)
// with Style Dictionary into:
//   dist/tokens.css   --pce-* custom properties. `:root, [data-pce-theme="light"]` declares every token; the dark,
//                     high-contrast and auto blocks re-declare the theme-dependent ones; then forced-colors and
//                     reduced-motion overrides.
//   dist/tokens.js    `tokens` (name -> var(--pce-name)), `themes`, `values` (each theme's resolved values).
//   dist/tokens.d.ts  literal types for all three.
// The output is deterministic: no timestamps, files read in sorted order, tokens kept in source order.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import StyleDictionary from 'style-dictionary';
import { createPropertyFormatter } from 'style-dictionary/utils';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const THEMES = ['light', 'dark', 'high-contrast'];
const COLOR_SCHEME = { light: 'light', dark: 'dark', 'high-contrast': 'dark' };
const LAYERS = ['primitives', 'themes', 'components'];
const SYSTEM_COLORS = new Set([
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

const jsonFiles = (folder) =>
  fs
    .readdirSync(path.join(root, 'tokens', folder))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => path.join(root, 'tokens', folder, file));

/** One theme: its tokens, each with the declaration Style Dictionary writes (references kept as var()) and the resolved value. */
async function buildTheme(theme) {
  const sd = new StyleDictionary(
    {
      source: [
        ...jsonFiles('primitives'),
        path.join(root, 'tokens/themes', `${theme}.json`),
        ...jsonFiles('components'),
      ],
      usesDtcg: true,
      log: { verbosity: 'verbose', warnings: 'error', errors: { brokenReferences: 'throw' } },
      platforms: {
        css: { transforms: ['name/kebab', 'color/css', 'fontFamily/css', 'cubicBezier/css', 'shadow/css/shorthand'] },
      },
    },
    {},
  );
  const dictionary = await sd.getPlatformTokens('css');
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
    const layer = LAYERS.find(
      (folder) =>
        path.relative(path.join(root, 'tokens', folder), path.resolve(token.filePath)).split(path.sep)[0] !== '..',
    );
    if (!layer) throw new Error(`${token.name}: comes from ${token.filePath}, outside tokens/{${LAYERS}}`);
    return {
      name: token.name,
      path: token.path.join('.'),
      type: token.$type,
      layer,
      description: token.$description ?? '',
      css: line.slice(line.indexOf(':') + 1, -1).trim(),
      value: String(token.$value),
    };
  });
}

const built = {};
for (const theme of THEMES) built[theme] = await buildTheme(theme);
const light = built.light;
const byName = Object.fromEntries(
  THEMES.map((theme) => [theme, new Map(built[theme].map((token) => [token.name, token]))]),
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

const references = (css) => [...css.matchAll(/var\(--pce-([\w-]+)\)/g)].map((match) => match[1]);
/** The seed names plus every token that refers to one of them, directly or not. A var() inside a custom property
 * is substituted on the element that declares it, so a token built on an overridden token has to be re-declared
 * in the same block, or it would keep the value computed on :root. */
function withDependents(seed, theme) {
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
}

// Theme-dependent: declared differently in some theme, or built on such a token. Every theme block declares all
// of them, so nested themes (a dark panel inside a high-contrast page) never inherit a value from the outer one.
const differing = light
  .filter((token) => THEMES.some((theme) => byName[theme].get(token.name)?.css !== token.css))
  .map((token) => token.name);
const themed = [...new Set(THEMES.flatMap((theme) => withDependents(differing, theme)))];
const themedSet = new Set(themed);
const themedInOrder = light.map((token) => token.name).filter((name) => themedSet.has(name));

// Forced colors: tokens/forced-colors.json maps every semantic colour to a system colour.
const forcedSource = JSON.parse(fs.readFileSync(path.join(root, 'tokens/forced-colors.json'), 'utf8'));
const forced = new Map();
(function flatten(node, trail) {
  for (const [key, child] of Object.entries(node)) {
    if (key.startsWith('$')) continue;
    if (typeof child === 'string') forced.set([...trail, key].join('-'), child);
    else flatten(child, [...trail, key]);
  }
})(forcedSource, []);
for (const [name, keyword] of forced) {
  if (byName.light.get(name)?.type !== 'color')
    throw new Error(`tokens/forced-colors.json: ${name} is not a colour token`);
  if (!SYSTEM_COLORS.has(keyword))
    throw new Error(`tokens/forced-colors.json: ${name}: ${keyword} is not a CSS system colour`);
}
const unmapped = light.filter((token) => token.layer === 'themes' && token.type === 'color' && !forced.has(token.name));
if (unmapped.length)
  throw new Error(
    `tokens/forced-colors.json has no system colour for ${unmapped.map((token) => token.name).join(', ')}`,
  );
const forcedDeclared = withDependents([...forced.keys()], 'light');

const reducedSeed = light.filter((token) => token.type === 'duration').map((token) => token.name);
const reducedDeclared = withDependents(reducedSeed, 'light');

// CSS
const comment = (text) => `/* ${text.replace(/\*\//g, '* /')} */`;
const declare = (theme, names, override) =>
  names.map((name) => `  --pce-${name}: ${override?.(name) ?? byName[theme].get(name)?.css};`);
const block = (selector, lines) => `${selector} {\n${lines.join('\n')}\n}`;
const media = (query, css) => `@media ${query} {\n${css.replace(/^(?=.)/gm, '  ')}\n}`;
const LAYER_TITLES = {
  primitives: 'Primitives: the palette and scales',
  themes: 'Semantic, light theme',
  components: 'Components',
};

const rootLines = ['  color-scheme: light;'];
for (const layer of LAYERS) {
  rootLines.push('', `  ${comment(LAYER_TITLES[layer])}`);
  for (const token of light.filter((t) => t.layer === layer)) {
    rootLines.push(`  --pce-${token.name}: ${token.css};${token.description ? ` ${comment(token.description)}` : ''}`);
  }
}
const themeBlock = (selector, theme) =>
  block(selector, [`  color-scheme: ${COLOR_SCHEME[theme]};`, ...declare(theme, themedInOrder)]);

const css =
  [
    comment('@pc-errors/tokens: generated by scripts/build.mjs from the JSON in tokens/. Do not edit.'),
    comment(
      'Set data-pce-theme="light | dark | high-contrast | auto" on any element to theme its subtree; without it, light.',
    ),
    block(':root,\n[data-pce-theme="light"]', rootLines),
    themeBlock('[data-pce-theme="dark"]', 'dark'),
    themeBlock('[data-pce-theme="high-contrast"]', 'high-contrast'),
    comment('auto: light unless the system prefers dark.'),
    themeBlock('[data-pce-theme="auto"]', 'light'),
    media('(prefers-color-scheme: dark)', themeBlock('[data-pce-theme="auto"]', 'dark')),
    comment('Windows contrast themes and other forced palettes: system colours, whatever the theme.'),
    media(
      '(forced-colors: active)',
      block(
        ':root,\n[data-pce-theme]',
        declare('light', forcedDeclared, (name) => forced.get(name)),
      ),
    ),
    media(
      '(prefers-reduced-motion: reduce)',
      block(
        ':root,\n[data-pce-theme]',
        declare('light', reducedDeclared, (name) => (reducedSeed.includes(name) ? '0ms' : undefined)),
      ),
    ),
  ].join('\n\n') + '\n';

// JS + types
const names = light.map((token) => token.name);
const q = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const objectLiteral = (entries, indent = '  ') =>
  `{\n${entries.map(([key, value]) => `${indent}${q(key)}: ${value},`).join('\n')}\n${indent.slice(2)}}`;
const valuesOf = (theme) => names.map((name) => [name, q(byName[theme].get(name)?.value ?? '')]);

const js = `// Generated by scripts/build.mjs from the JSON in tokens/. Do not edit.
/** Every token as a CSS variable reference, for styles written in TypeScript: \`tokens['color-danger-surface']\`. */
export const tokens = Object.freeze(${objectLiteral(names.map((name) => [name, q(`var(--pce-${name})`)]))});

/** The values of the data-pce-theme attribute. */
export const themes = Object.freeze(['light', 'dark', 'high-contrast', 'auto']);

/** Each theme's resolved values (hex colours, dimensions...), for contrast checks, canvas drawing or e-mail. */
export const values = Object.freeze({
${THEMES.map((theme) => `  ${q(theme)}: Object.freeze(${objectLiteral(valuesOf(theme), '    ')}),`).join('\n')}
});
`;

const dts = `// Generated by scripts/build.mjs from the JSON in tokens/. Do not edit.
/** The name of a token: its path in kebab case, without the --pce- prefix. */
export type TokenName =
${names.map((name) => `  | ${q(name)}`).join('\n')};

/** The values of the data-pce-theme attribute. */
export type Theme = 'light' | 'dark' | 'high-contrast' | 'auto';
/** A theme with fixed values (auto follows the system between light and dark). */
export type ResolvedTheme = Exclude<Theme, 'auto'>;

/** Every token as a CSS variable reference, for styles written in TypeScript: \`tokens['color-danger-surface']\`. */
export declare const tokens: { readonly [Name in TokenName]: \`var(--pce-\${Name})\` };

/** The values of the data-pce-theme attribute. */
export declare const themes: readonly ['light', 'dark', 'high-contrast', 'auto'];

/** Each theme's resolved values (hex colours, dimensions...), for contrast checks, canvas drawing or e-mail. */
export declare const values: {
${THEMES.map(
  (theme) =>
    `  readonly ${q(theme)}: ${objectLiteral(
      valuesOf(theme).map(([name, value]) => [name, value]),
      '    ',
    )
      .replace(/^(\s+)'/gm, "$1readonly '")
      .replace(/,$/gm, ';')};`,
).join('\n')}
};
`;

fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
fs.writeFileSync(path.join(root, 'dist/tokens.css'), css);
fs.writeFileSync(path.join(root, 'dist/tokens.js'), js);
fs.writeFileSync(path.join(root, 'dist/tokens.d.ts'), dts);

const count = (layer) => light.filter((token) => token.layer === layer).length;
console.log(
  `@pc-errors/tokens: ${names.length} variables (${count('primitives')} primitive, ${count('themes')} semantic, ${count('components')} component), ` +
    `${themed.length} re-declared per theme, ${forcedDeclared.length} under forced-colors -> dist/tokens.css (${(Buffer.byteLength(css) / 1024).toFixed(1)} KiB), dist/tokens.js, dist/tokens.d.ts`,
);
