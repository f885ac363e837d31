#!/usr/bin/env node
// dist/styles.css: src/styles.css with its @imports bundled by Lightning CSS. What the CSS may contain (only
// --pce-* variables, no literal colours, every rule in `@layer pce`) is Stylelint's job (`pnpm lint`); that every
// variable exists and every selector is rendered is tested in test/tokens.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from 'lightningcss';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { code, warnings } = bundle({ filename: path.join(root, 'src/styles.css'), errorRecovery: false });
if (warnings.length) throw new Error(warnings.map((warning) => warning.message).join('\n'));
fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
fs.writeFileSync(path.join(root, 'dist/styles.css'), code);
console.log(`dist/styles.css: ${code.length} bytes, bundled by Lightning CSS`);
