// Size budgets, checked by `pnpm size` (after scripts/first-load.mjs has built the first-load page). A file, not
// package.json, because the first load's chunks are read from that build's manifest.
import { readFileSync } from 'node:fs';

/** The chunks a portal loads before it shows its first error, as scripts/first-load.mjs found them. */
function firstLoadChunks() {
  const manifest = new URL('./first-load/dist/app/initial.json', import.meta.url);
  try {
    return JSON.parse(readFileSync(manifest, 'utf8')).map((file) => `first-load/dist/app/${file}`);
  } catch {
    throw new Error(
      'first-load/dist/app/initial.json is missing: run `pnpm size`, which builds the first-load page first.',
    );
  }
}

export default [
  {
    name: '@pc-errors/react, everything (own code; peers and dependencies excluded)',
    path: 'dist/index.js',
    import: '*',
    ignore: [
      'react',
      'react-dom',
      'react/jsx-runtime',
      'radix-ui',
      '@tanstack/react-table',
      '@tanstack/react-virtual',
      '@pc-errors/error-catalog',
    ],
    limit: '20 KB',
    gzip: true,
  },
  {
    name: 'ErrorBanner + readErrorResponse, first load (React excluded): the chunks a Vite build of a page that renders ErrorBanner from readErrorResponse loads before the first error is shown',
    path: firstLoadChunks(),
    // The chunks as built, each gzipped as a server sends it: no second bundler.
    disablePlugins: ['@size-limit/esbuild'],
    // 12 KiB (12,288 bytes); 12,040 bytes measured after the parser's second hardening round.
    limit: '12 KiB',
    gzip: true,
  },
];
