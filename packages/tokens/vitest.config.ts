import { workspaceSource } from '@pc-errors/tooling/vite';
import { reporters } from '@pc-errors/tooling/vitest';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [workspaceSource()],
  test: {
    name: 'tokens',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    reporters,
  },
});
