import { workspaceSource } from '@pc-errors/tooling/vite';
import { reporters } from '@pc-errors/tooling/vitest';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [workspaceSource()],
  test: {
    name: 'error-catalog',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // The property tests parse 10,000 generated responses: CPU-bound, and slower on a shared machine. Speed is
    // measured by the benchmarks, not by a test's clock.
    testTimeout: 30_000,
    reporters,
  },
});
