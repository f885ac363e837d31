// Builds dist/styles.css from src/styles.css, inlining its @imports. Every rule sits in `@layer pce`
// so that a consumer's own CSS wins without !important. Fails the build when component CSS
// - uses a literal colour, a variable that is not --pce-*, or a --pce-* variable @pc-errors/tokens does not define;
// - uses a CSS system colour (Canvas, Highlight…) outside `@media (forced-colors: active)`, the one place for them;
// - selects on a class or attribute that no component renders (a renamed class or data attribute in a .tsx
//   would otherwise leave its styles silently dead).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const entry = path.resolve('src/styles.css');
const css = fs
  .readFileSync(entry, 'utf8')
  .replace(/@import '([^']+)';/g, (_, file) => fs.readFileSync(path.join(path.dirname(entry), file), 'utf8').trim())
  .replace(/^\/\*[^]*?\*\/\n/, '');
const code = css.replace(/\/\*[^]*?\*\//g, '');

const problems = [];
if (/#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/i.test(code)) problems.push('a literal colour (use --pce-* variables)');
if (/var\(--(?!pce-)/.test(code)) problems.push('a variable that is not --pce-*');
const tokensCss = fs.readFileSync(createRequire(import.meta.url).resolve('@pc-errors/tokens/tokens.css'), 'utf8');
const defined = new Set(tokensCss.match(/--pce-[\w-]+(?=\s*:)/g));
const missing = [...new Set(code.match(/--pce-[\w-]+/g))].filter((name) => !defined.has(name));
if (missing.length) problems.push(`variables @pc-errors/tokens does not define: ${missing.join(', ')}`);

// System colours: only inside the forced-colors blocks, which are cut out before looking.
const SYSTEM_COLOR =
  /:[^;{}]*\b(AccentColor|AccentColorText|ActiveText|ButtonBorder|ButtonFace|ButtonText|Canvas|CanvasText|Field|FieldText|GrayText|Highlight|HighlightText|LinkText|Mark|MarkText|SelectedItem|SelectedItemText|VisitedText)\b/;
let outsideForced = code;
for (let start; (start = outsideForced.indexOf('@media (forced-colors: active)')) >= 0;) {
  let depth = 0;
  let end = outsideForced.indexOf('{', start);
  do depth += outsideForced[end] === '{' ? 1 : outsideForced[end] === '}' ? -1 : 0;
  while (depth > 0 && ++end < outsideForced.length);
  outsideForced = outsideForced.slice(0, start) + outsideForced.slice(end + 1);
}
const system = SYSTEM_COLOR.exec(outsideForced);
if (system) problems.push(`the system colour ${system[1]} outside @media (forced-colors: active)`);

// Classes and attributes in selectors, against the components' markup (tests and stories excluded).
const markup = fs
  .readdirSync('src', { recursive: true })
  .filter((file) => /\.tsx?$/.test(file) && !/\.(test|stories|browser\.test)\.tsx?$/.test(file))
  .map((file) => fs.readFileSync(path.join('src', file), 'utf8'))
  .join('\n');
// Set by others: Radix on its parts (data-highlighted on the highlighted menu item), the page (dir).
const SET_ELSEWHERE = new Set(['data-highlighted', 'dir']);
const selectors = [...code.matchAll(/([^{};]+)\{/g)]
  .map((match) => match[1].trim())
  .filter((prelude) => !prelude.startsWith('@'));
const classes = new Set(selectors.flatMap((selector) => selector.match(/(?<=\.)-?[_a-zA-Z][\w-]*/g) ?? []));
const attributes = new Set(
  selectors.flatMap((selector) => [...selector.matchAll(/\[([\w-]+)/g)].map((match) => match[1])),
);
const unrendered = [
  ...[...classes].filter((name) => !new RegExp(`['"\` ]${name}['"\` ]`).test(markup)).map((name) => `.${name}`),
  ...[...attributes]
    .filter((name) => !SET_ELSEWHERE.has(name) && !new RegExp(`\\b${name}=`).test(markup))
    .map((name) => `[${name}]`),
];
if (unrendered.length) problems.push(`selectors on what no component renders: ${unrendered.join(', ')}`);

if (problems.length) throw new Error(`component CSS has ${problems.join('; ')}`);

fs.mkdirSync('dist', { recursive: true });
fs.writeFileSync('dist/styles.css', css);
console.log(`dist/styles.css: ${css.length} characters, ${defined.size} tokens available`);
