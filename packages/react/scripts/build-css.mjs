// Builds dist/styles.css from src/styles.css, inlining its @imports. Every rule sits in `@layer pce`
// so that a consumer's own CSS wins without !important. Fails the build when component CSS uses a
// literal colour, a variable that is not --pce-*, or a --pce-* variable that @pc-errors/tokens does not define.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const entry = path.resolve('src/styles.css');
const css = fs
  .readFileSync(entry, 'utf8')
  .replace(/@import '([^']+)';/g, (_, file) => fs.readFileSync(path.join(path.dirname(entry), file), 'utf8').trim())
  .replace(/^\/\*[^]*?\*\/\n/, '');

const problems = [];
if (/#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/i.test(css)) problems.push('a literal colour (use --pce-* variables)');
if (/var\(--(?!pce-)/.test(css)) problems.push('a variable that is not --pce-*');
const tokensCss = fs.readFileSync(createRequire(import.meta.url).resolve('@pc-errors/tokens/tokens.css'), 'utf8');
const defined = new Set(tokensCss.match(/--pce-[\w-]+(?=\s*:)/g));
const missing = [...new Set(css.match(/--pce-[\w-]+/g))].filter((name) => !defined.has(name));
if (missing.length) problems.push(`variables @pc-errors/tokens does not define: ${missing.join(', ')}`);
if (problems.length) throw new Error(`component CSS has ${problems.join('; ')}`);

fs.mkdirSync('dist', { recursive: true });
fs.writeFileSync('dist/styles.css', css);
console.log(`dist/styles.css: ${css.length} characters, ${defined.size} tokens available`);
