#!/usr/bin/env node
// @ts-check
// What a portal pays for the catalog, measured as a consumer meets it: Vite production builds of two apps that import
// the built package (dist/). `app.js` imports only readErrorResponse: its entry chunk (and any chunk it imports
// statically) is what loads up front, and the catalog comes as a lazy chunk on the first error. `everything.js`
// imports every export: the whole catalog in one bundle. The chunks go to first-load/dist/; `pnpm size` holds them to
// their budgets, and this prints them, gzipped.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('../first-load/', import.meta.url));
const outDir = `${root}dist`;
rmSync(outDir, { recursive: true, force: true });
for (const app of ['app', 'everything']) {
  await build({
    root,
    logLevel: 'warn',
    configFile: false,
    build: {
      outDir: `${outDir}/${app}`,
      target: 'es2022',
      rolldownOptions: {
        input: `${root}${app}.js`,
        output: { entryFileNames: '[name].js', chunkFileNames: '[name].js' },
      },
    },
  });
  for (const file of readdirSync(`${outDir}/${app}`).filter((name) => name.endsWith('.js'))) {
    const gzipped = gzipSync(readFileSync(`${outDir}/${app}/${file}`), { level: 9 }).length;
    console.log(`${app}/${file}`.padEnd(32), `${(gzipped / 1000).toFixed(2)} kB gzipped`);
  }
}
