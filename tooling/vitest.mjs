// What every Vitest configuration of the repository shares: its reporters and the Chromium of browser mode.
import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from './chromium.mjs';

/** Where a Vitest run leaves its machine-readable report (Vitest's own JSON reporter), relative to its root. */
export const VITEST_REPORT = '.test-results/vitest.json';

/**
 * Vitest's default output, the plain closing line, and Vitest's JSON report that `npm test` sums up.
 * @type {import('vitest/node').TestUserConfig['reporters']}
 */
export const reporters = ['default', '@pc-errors/tooling/vitest-reporter', ['json', { outputFile: VITEST_REPORT }]];

/** Per test: jsdom renders of whole pages and big tables, and what loads on first need, take more than Vitest's 5 s on a
 * busy two-core CI machine. Speed is measured by `pnpm bench`, not by a test's clock. */
export const testTimeout = 20_000;

/**
 * Browser mode in headless Debian Chromium, driven by Playwright.
 * @param {Omit<import('vitest/node').BrowserConfigOptions, 'provider' | 'instances'>} [options] more browser options
 * @returns {import('vitest/node').BrowserConfigOptions}
 * @example
 * test: { browser: chromiumBrowser({ commands: { forcedColors } }) }
 */
export function chromiumBrowser(options = {}) {
  return {
    enabled: true,
    headless: true,
    instances: [{ browser: 'chromium' }],
    provider: playwright({ launchOptions: chromiumLaunchOptions }),
    ...options,
  };
}
