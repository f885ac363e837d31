// The demo portal's production build (apps/admin-demo/dist, built by `turbo run build`), served by `vite preview`
// on a free port, with the sandbox answering in the page's service worker; every test in its own page, so its own
// sandbox state and error log. The pages are checked in each theme; the journeys once.
import { chromiumLaunchOptions } from '@pc-errors/tooling/chromium';
import { defineConfig } from '@playwright/test';
import type { DemoOptions } from './fixtures';

const THEMES = ['light', 'dark', 'high-contrast'] as const;

export default defineConfig<DemoOptions>({
  testDir: '.',
  outputDir: '.test-results/artifacts',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 60_000,
  reporter: [
    ['list'],
    ['json', { outputFile: '.test-results/playwright.json' }],
    ['@pc-errors/tooling/playwright-reporter'],
  ],
  use: {
    // Set once the server is up (webServer.wait below); workers load this file after that.
    baseURL: process.env.PCE_DEMO_URL,
    launchOptions: chromiumLaunchOptions,
    viewport: { width: 1280, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'pnpm --filter admin-demo exec vite preview --host 127.0.0.1 --port 0 --strictPort',
    // Port 0: the system picks a free port, and vite prints it (`\S*?` skips colour codes before the URL).
    wait: { stdout: /Local:\s+\S*?(?<pce_demo_url>http:\/\/127\.0\.0\.1:\d+)/ },
    timeout: 30_000,
  },
  projects: [
    ...THEMES.map((theme) => ({ name: theme, testMatch: 'pages.spec.ts', use: { theme } })),
    { name: 'journeys', testIgnore: ['pages.spec.ts', 'dev/**'] },
  ],
});
