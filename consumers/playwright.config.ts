// The consumer check: the packed packages installed with npm into a fresh project in the OS temp folder, then a
// Vite app and a Next.js App Router app type-checked, built, served and rendered in Debian's Chromium. The
// `install` project makes and builds the project (each step a test); `apps` serves and renders it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumLaunchOptions } from '@pc-errors/tooling/chromium';
import { defineConfig } from '@playwright/test';

// Made once by the runner's process; its workers inherit the variable.
process.env.PCE_CONSUMER_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'pc-errors-consumer-'));

export default defineConfig({
  testDir: '.',
  outputDir: '.test-results/artifacts',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 1,
  reporter: [
    ['list'],
    ['json', { outputFile: '.test-results/playwright.json' }],
    ['@pc-errors/tooling/playwright-reporter'],
  ],
  globalTeardown: './teardown.ts',
  use: { launchOptions: chromiumLaunchOptions, trace: 'retain-on-failure' },
  projects: [
    // npm install and the builds take a minute or more on a busy machine with a cold npm cache.
    { name: 'install', testMatch: 'install.spec.ts', timeout: 300_000 },
    { name: 'apps', testMatch: 'apps.spec.ts', dependencies: ['install'], timeout: 60_000 },
  ],
});
