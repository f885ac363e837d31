import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  platform: 'neutral',
  sourcemap: true,
  clean: true,
  // One file per module, as the source has them: a portal's bundler takes only the modules it imports (ErrorBanner
  // without the tables), and a dynamic import stays a chunk of its own.
  unbundle: true,
  // Components are client components; the directive survives bundling for React Server Components users.
  banner: { js: "'use client';" },
});
