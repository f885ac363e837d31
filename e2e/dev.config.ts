// The dev loop itself, checked on demand (`pnpm check:dev`, not part of `npm test`: it edits a source file while
// it runs): `pnpm dev` starts, and an edit in packages/react/src reaches the running demo and Storybook without a
// build.
import net from 'node:net';
import { chromiumLaunchOptions } from '@pc-errors/tooling/chromium';
import { defineConfig } from '@playwright/test';

/** A port nothing listens on now (Storybook takes no port 0). */
function freePort() {
  return new Promise<number>((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
// Kept in the environment, which the workers inherit (they load this file again).
process.env.PCE_STORYBOOK_PORT ??= String(await freePort());

export default defineConfig({
  testDir: 'dev',
  outputDir: '.test-results/dev-artifacts',
  workers: 1,
  retries: 0,
  timeout: 120_000,
  reporter: [['list'], ['@pc-errors/tooling/playwright-reporter']],
  use: {
    baseURL: process.env.PCE_DEV_URL,
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'pnpm dev',
    cwd: '..',
    // A free port for the demo (0) and for Storybook; the demo's URL is read from turbo's prefixed output.
    env: { DEMO_PORT: '0', STORYBOOK_PORT: process.env.PCE_STORYBOOK_PORT },
    wait: { stdout: /admin-demo:dev:.*Local:\s+\S*?(?<pce_dev_url>http:\/\/127\.0\.0\.1:\d+)/ },
    timeout: 120_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
