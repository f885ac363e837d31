import react from '@vitejs/plugin-react';
import { workspaceSource } from '@pc-errors/tooling/vite';
import { chromiumBrowser, reporters, testTimeout } from '@pc-errors/tooling/vitest';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react(), workspaceSource()],
  // Found only when a browser test imports it (hydration): bundled up front, or Vite reloads the page mid-run.
  optimizeDeps: { include: ['react-dom/server'] },
  test: {
    globals: true,
    reporters,
    testTimeout,
    projects: [
      {
        extends: true,
        test: {
          name: 'react',
          environment: 'jsdom',
          setupFiles: ['./test/setup.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
          exclude: ['**/*.browser.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'react-browser',
          include: ['src/**/*.browser.test.{ts,tsx}', 'test/**/*.browser.test.{ts,tsx}'],
          browser: chromiumBrowser({
            commands: {
              /** Windows contrast themes and the like, as Chromium emulates them:
               * `await commands.forcedColors(true)`. */
              forcedColors: async ({ page }, active: boolean) =>
                page.emulateMedia({ forcedColors: active ? 'active' : 'none' }),
            },
          }),
        },
      },
    ],
  },
});
