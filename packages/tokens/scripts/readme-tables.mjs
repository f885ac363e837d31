#!/usr/bin/env node
// Prints the README's tables as Markdown: the semantic tokens with their value in each theme (from the JSON and
// dist/tokens.js), the component tokens, the contrast of every semantic pair test/contrast.test.ts checks (it
// runs that test and reads the ratio each case records), and the Fluent bridge with its lowest ratios (fluent.test.ts).
// Run after the build; with --write it replaces the marked sections of README.md instead of printing:
//   node scripts/readme-tables.mjs [--write]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-theme';
import { startVitest } from 'vitest/node';
import { values } from '../dist/tokens.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const THEMES = /** @type {const} */ (['light', 'dark', 'high-contrast']);
/** @typedef {import('../dist/tokens.js').TokenName} TokenName */
/** @typedef {{ theme: string, pair: string, kind: string, ratio: number, minimum: number, state: string }} Result */

// Semantic tokens: names and descriptions from the light theme, values from each theme.
/** @type {{ name: TokenName, description: string }[]} */
const semantic = [];
(
  /** @param {Record<string, any>} node @param {string[]} trail */ function walk(node, trail) {
    for (const [key, child] of Object.entries(node)) {
      if (key.startsWith('$') || typeof child !== 'object') continue;
      if ('$value' in child)
        semantic.push({
          name: /** @type {TokenName} */ ([...trail, key].join('-')),
          description: child.$description ?? '',
        });
      else walk(child, [...trail, key]);
    }
  }
)(JSON.parse(fs.readFileSync(path.join(root, 'tokens/themes/light.json'), 'utf8')), []);

const semanticLines = ['| variable | light | dark | high-contrast | use |', '|---|---|---|---|---|'];
for (const { name, description } of semantic) {
  semanticLines.push(
    `| \`--pce-${name}\` | ${THEMES.map((theme) => `\`${values[theme][name]}\``).join(' | ')} | ` +
      `${description.replace(/\|/g, '\\|')} |`,
  );
}

// Component tokens: one row per component, in the order of the JSON files.
const componentLines = ['| component | tokens (`--pce-<component>-…`) |', '|---|---|'];
for (const file of fs.readdirSync(path.join(root, 'tokens/components')).sort()) {
  const json = JSON.parse(fs.readFileSync(path.join(root, 'tokens/components', file), 'utf8'));
  for (const [component, tokens] of Object.entries(/** @type {Record<string, object>} */ (json))) {
    const names = Object.keys(tokens).filter((key) => !key.startsWith('$'));
    componentLines.push(`| \`${component}\` | ${names.map((key) => `\`${key}\``).join(', ')} |`);
  }
}

// Contrast: run the contrast test quietly and collect what each case recorded.
/** @type {Result[]} */
const results = [];
/** @type {{ theme: string, text: number, ui: number, highContrast: boolean, state: string }[]} */
const fluentResults = [];
/** @type {import('vitest/node').Reporter} */
const collector = {
  onTestCaseResult(testCase) {
    const { contrast, fluentContrast } = testCase.meta();
    if (contrast) results.push({ ...contrast, state: testCase.result().state });
    if (fluentContrast) fluentResults.push({ ...fluentContrast, state: testCase.result().state });
  },
};
const vitest = await startVitest('test', ['test/contrast.test.ts', 'test/fluent.test.ts'], {
  root,
  watch: false,
  reporters: [collector],
});
await vitest.close();
if ([results, fluentResults].some((list) => !list.length || list.some((result) => result.state !== 'passed'))) {
  console.error('the contrast tests did not pass: run `pnpm test` first');
  process.exit(1);
}

const pairs = [...new Map(results.map((result) => [`${result.kind} ${result.pair}`, result])).values()];
/** @param {string} kind @param {string} pair @param {string} theme */
const cell = (kind, pair, theme) => {
  const result = results.find(
    (candidate) => candidate.kind === kind && candidate.pair === pair && candidate.theme === theme,
  );
  return result ? result.ratio.toFixed(2) : '';
};
const contrastLines = [
  '| pair (foreground on background) | kind | light | dark | high-contrast |',
  '|---|---|---|---|---|',
];
for (const { kind, pair } of pairs)
  contrastLines.push(`| ${pair} | ${kind} | ${THEMES.map((theme) => cell(kind, pair, theme)).join(' | ')} |`);

/** @param {string} theme @param {string} kind */
const minimum = (theme, kind) =>
  Math.min(...results.filter((r) => r.theme === theme && r.kind === kind).map((r) => r.ratio));
/** @param {string} theme @param {string} kind */
const required = (theme, kind) => results.find((r) => r.theme === theme && r.kind === kind)?.minimum;
contrastLines.push('', '| lowest ratio | light | dark | high-contrast |', '|---|---|---|---|');
for (const kind of ['text', 'ui']) {
  contrastLines.push(
    `| ${kind === 'text' ? 'text' : 'UI parts'} | ` +
      `${THEMES.map((theme) => `${minimum(theme, kind).toFixed(2)} (needs ${required(theme, kind)})`).join(' | ')} |`,
  );
}
// The Fluent bridge: each mapped token, the Fluent variable it reads and that variable in each Fluent theme.
const FLUENT_THEMES = { webLightTheme, webDarkTheme, teamsHighContrastTheme };
/** @type {Map<string, string>} */
const fluentMapping = new Map();
(
  /** @param {Record<string, unknown>} node @param {string[]} trail */ function walk(node, trail) {
    for (const [key, child] of Object.entries(node)) {
      if (key.startsWith('$')) continue;
      if (typeof child === 'string') fluentMapping.set([...trail, key].join('-'), child);
      else walk(/** @type {Record<string, unknown>} */ (child), [...trail, key]);
    }
  }
)(JSON.parse(fs.readFileSync(path.join(root, 'tokens/fluent.json'), 'utf8')), []);
const fluentLines = [
  `| variable | Fluent variable | ${Object.keys(FLUENT_THEMES).join(' | ')} |`,
  '|---|---|---|---|---|',
  ...[...fluentMapping]
    .filter(([name]) => name.startsWith('color-'))
    .map(
      ([name, variable]) =>
        `| \`--pce-${name}\` | \`--${variable}\` | ` +
        `${Object.values(FLUENT_THEMES)
          .map(
            (theme) => `\`${String(/** @type {Record<string, unknown>} */ (theme)[variable]).replace(/\|/g, '\\|')}\``,
          )
          .join(' | ')} |`,
    ),
  '',
  `Also: ${[...fluentMapping]
    .filter(([name]) => !name.startsWith('color-'))
    .map(([name, variable]) => `\`--pce-${name}\` → \`--${variable}\``)
    .join(', ')}.`,
  '',
  '| lowest ratio | webLightTheme | webDarkTheme | teamsHighContrastTheme |',
  '|---|---|---|---|',
  .../** @type {const} */ (['text', 'ui']).map(
    (kind) =>
      `| ${kind === 'text' ? 'text' : 'UI parts'} | ${Object.keys(FLUENT_THEMES)
        .map((theme) => {
          const result = fluentResults.find((candidate) => candidate.theme === theme);
          const needs = result?.highContrast ? { text: 7, ui: 4.5 }[kind] : { text: 4.5, ui: 3 }[kind];
          return `${result?.[kind].toFixed(2) ?? ''} (needs ${needs})`;
        })
        .join(' | ')} |`,
  ),
];

const sections = { semantic: semanticLines, components: componentLines, contrast: contrastLines, fluent: fluentLines };
if (process.argv.includes('--write')) {
  const readmePath = path.join(root, 'README.md');
  let readme = fs.readFileSync(readmePath, 'utf8');
  for (const [name, lines] of Object.entries(sections)) {
    const start = `<!-- readme-tables:${name} -->`;
    const end = '<!-- /readme-tables -->';
    const from = readme.indexOf(start);
    const to = readme.indexOf(end, from);
    if (from < 0 || to < 0) throw new Error(`README.md has no ${start} … ${end} section`);
    readme = `${readme.slice(0, from + start.length)}\n${lines.join('\n')}\n${readme.slice(to)}`;
  }
  fs.writeFileSync(readmePath, readme);
  console.log(`README.md: ${Object.keys(sections).join(', ')} tables written`);
} else {
  console.log(
    Object.values(sections)
      .map((lines) => lines.join('\n'))
      .join('\n\n'),
  );
}
