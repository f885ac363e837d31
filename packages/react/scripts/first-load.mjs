#!/usr/bin/env node
// @ts-check
// What a portal pays up front for ErrorBanner, measured as a consumer meets it: a Vite production build of a page that
// renders ErrorBanner from readErrorResponse (first-load/app.js), importing the built packages (dist/), React left
// out. Vite keeps every dynamic import as a chunk of its own; the entry chunk and the chunks it imports statically
// are what loads before the first error is shown. Their names go to first-load/dist/initial.json, which
// .size-limit.js holds to the budget (`pnpm size`); this prints every chunk, gzipped.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('../first-load/', import.meta.url));
const outDir = `${root}dist`;
rmSync(outDir, { recursive: true, force: true });
await build({
  root,
  logLevel: 'warn',
  configFile: false,
  build: {
    outDir,
    target: 'es2022',
    manifest: true,
    rolldownOptions: {
      input: `${root}app.js`,
      external: ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'],
      output: { entryFileNames: '[name].js', chunkFileNames: '[name].js' },
      // Radix's and TanStack's "use client" means nothing in a client bundle.
      onwarn(warning, next) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') next(warning);
      },
    },
  },
});

/** @type {Record<string, { file: string, isEntry?: boolean, imports?: string[], dynamicImports?: string[] }>} */
const manifest = JSON.parse(readFileSync(`${outDir}/.vite/manifest.json`, 'utf8'));
const initial = new Set();
const visit = (/** @type {string} */ key) => {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  chunk.imports?.forEach(visit);
};
Object.keys(manifest)
  .filter((key) => manifest[key]?.isEntry)
  .forEach(visit);
writeFileSync(`${outDir}/initial.json`, JSON.stringify([...initial], null, 2));

const kB = (/** @type {string} */ file) =>
  (gzipSync(readFileSync(`${outDir}/${file}`), { level: 9 }).length / 1000).toFixed(2);
for (const { file } of Object.values(manifest))
  console.log(`${initial.has(file) ? 'first load' : 'on demand '}  ${file.padEnd(36)} ${kB(file)} kB gzipped`);
