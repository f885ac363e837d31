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
