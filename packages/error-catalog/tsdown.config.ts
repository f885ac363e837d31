import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  platform: 'neutral',
  sourcemap: true,
  clean: true,
  // One file per module, as the source has them: a consumer's bundler then takes only the modules a portal imports,
  // and `readErrorResponse`'s dynamic import of the catalog stays a chunk of its own, loaded on the first error.
  unbundle: true,
  // The catalog is mostly text; minifying keeps every entry's remediation inside the 34 KB gzip budget.
  minify: true,
});
