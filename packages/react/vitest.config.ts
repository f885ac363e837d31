import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tooling/chromium.mjs';

export default defineConfig({
  plugins: [react()],
  // Found only when a browser test imports it (hydration): bundled up front, or Vite reloads the page mid-run.
  optimizeDeps: { include: ['react-dom/server'] },
  test: {
    globals: true,
    reporters: ['default', '../../tooling/plain-summary-reporter.ts'],
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
          browser: {
            enabled: true,
            headless: true,
            instances: [{ browser: 'chromium' }],
            provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
            commands: {
              /** Windows contrast themes and the like, as Chromium emulates them: `await commands.forcedColors(true)`. */
              forcedColors: async ({ page }, active: boolean) =>
                page.emulateMedia({ forcedColors: active ? 'active' : 'none' }),
            },
          },
        },
      },
    ],
  },
});
