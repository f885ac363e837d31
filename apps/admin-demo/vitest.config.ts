import react from '@vitejs/plugin-react';
import { workspaceSource } from '@pc-errors/tooling/vite';
import { reporters, testTimeout } from '@pc-errors/tooling/vitest';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react(), workspaceSource()],
  test: {
    name: 'admin-demo',
    // jsdom gives fetch a page origin, so the demo's relative `/v1` calls resolve as they do in the browser.
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    reporters,
    testTimeout,
  },
});
