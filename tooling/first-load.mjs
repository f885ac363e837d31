// @ts-check
// What a portal pays up front, measured as a consumer meets it: a Vite production build of each small app in a
// package's first-load/ folder, importing the built package (dist/). Vite keeps every dynamic import as a chunk of its
// own; an app's entry chunk and the chunks it imports statically are what loads before the first error is shown. Their
// names go to first-load/dist/<app>/initial.json for the package's size-limit budgets (`pnpm size`); every chunk is
// printed, gzipped, marked as loaded up front or on demand.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/**
 * @param {{ root: string, apps: string[], external?: string[] }} options `root` is the first-load/ folder (with a
 *   trailing slash), `apps` the names of its entry files without `.js`, `external` what the app's host provides.
 */
export async function buildFirstLoad({ root, apps, external = [] }) {
  const outDir = `${root}dist`;
  rmSync(outDir, { recursive: true, force: true });
  for (const app of apps) {
    const appDir = `${outDir}/${app}`;
    await build({
      root,
      logLevel: 'warn',
      configFile: false,
      build: {
        outDir: appDir,
        target: 'es2022',
        manifest: true,
        rolldownOptions: {
          input: `${root}${app}.js`,
          external,
          output: { entryFileNames: '[name].js', chunkFileNames: '[name].js' },
          // Radix's and TanStack's "use client" means nothing in a client bundle.
          onwarn(warning, next) {
            if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') next(warning);
          },
        },
      },
    });

    /** @type {Record<string, { file: string, isEntry?: boolean, imports?: string[] }>} */
    const manifest = JSON.parse(readFileSync(`${appDir}/.vite/manifest.json`, 'utf8'));
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
    writeFileSync(`${appDir}/initial.json`, JSON.stringify([...initial], null, 2));

    for (const { file } of Object.values(manifest)) {
      const kB = (gzipSync(readFileSync(`${appDir}/${file}`), { level: 9 }).length / 1000).toFixed(2);
      console.log(`${app}: ${initial.has(file) ? 'first load' : 'on demand '}  ${file.padEnd(36)} ${kB} kB gzipped`);
    }
  }
}
