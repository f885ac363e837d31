import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  platform: 'neutral',
  sourcemap: true,
  clean: true,
  // Components are client components; the directive survives bundling for React Server Components users.
  banner: { js: "'use client';" },
});
