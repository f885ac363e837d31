import { reporters } from '@pc-errors/tooling/vitest';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'packages',
    environment: 'node',
    include: ['packages.test.ts'],
    reporters,
    // publint unpacks and attw type-checks a whole tarball; a busy machine takes seconds for each.
    testTimeout: 60_000,
  },
});
