#!/usr/bin/env node
// Prints the README's two tables as Markdown: the semantic tokens with their value in each theme (from the
// JSON and dist/tokens.js), and the contrast of every pair test/contrast.test.ts checks (it runs that test
// and reads the ratio each case records, so the pairs are declared in one place). Run after the build:
//   node scripts/readme-tables.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startVitest } from 'vitest/node';
import { values } from '../dist/tokens.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const THEMES = ['light', 'dark', 'high-contrast'];

// Semantic tokens: names and descriptions from the light theme, values from each theme.
const semantic = [];
(function walk(node, trail) {
  for (const [key, child] of Object.entries(node)) {
    if (key.startsWith('$') || typeof child !== 'object') continue;
    if ('$value' in child) semantic.push({ name: [...trail, key].join('-'), description: child.$description ?? '' });
    else walk(child, [...trail, key]);
  }
})(JSON.parse(fs.readFileSync(path.join(root, 'tokens/themes/light.json'), 'utf8')), []);

const lines = ['| variable | light | dark | high-contrast | use |', '|---|---|---|---|---|'];
for (const { name, description } of semantic) {
  lines.push(`| \`--pce-${name}\` | ${THEMES.map((theme) => `\`${values[theme][name]}\``).join(' | ')} | ${description.replace(/\|/g, '\\|')} |`);
}

// Contrast: run the contrast test quietly and collect what each case recorded.
const results = [];
const vitest = await startVitest('test', ['test/contrast.test.ts'], {
  root,
  watch: false,
  reporters: [{ onTestCaseResult: (testCase) => testCase.meta().contrast && results.push({ ...testCase.meta().contrast, state: testCase.result().state }) }],
});
await vitest.close();
if (!results.length || results.some((result) => result.state !== 'passed')) {
  console.error('the contrast test did not pass: run `pnpm test` first');
  process.exit(1);
}

const pairs = [...new Map(results.map((result) => [`${result.kind} ${result.pair}`, result])).values()];
const cell = (kind, pair, theme) => {
  const result = results.find((candidate) => candidate.kind === kind && candidate.pair === pair && candidate.theme === theme);
  return result ? result.ratio.toFixed(2) : '';
};
lines.push('', '| pair (foreground on background) | kind | light | dark | high-contrast |', '|---|---|---|---|---|');
for (const { kind, pair } of pairs) lines.push(`| ${pair} | ${kind} | ${THEMES.map((theme) => cell(kind, pair, theme)).join(' | ')} |`);

const minimum = (theme, kind) => Math.min(...results.filter((r) => r.theme === theme && r.kind === kind).map((r) => r.ratio));
const required = (theme, kind) => results.find((r) => r.theme === theme && r.kind === kind)?.minimum;
lines.push('', '| lowest ratio | light | dark | high-contrast |', '|---|---|---|---|');
for (const kind of ['text', 'ui']) {
  lines.push(
    `| ${kind === 'text' ? 'text' : 'UI parts'} | ${THEMES.map((theme) => `${minimum(theme, kind).toFixed(2)} (needs ${required(theme, kind)})`).join(' | ')} |`,
  );
}
console.log(lines.join('\n'));
