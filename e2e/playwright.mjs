// playwright-core drives the browser; the `expect` with auto-waiting web assertions comes from @playwright/test's core.
export { chromium } from 'playwright-core';
export { expect } from 'playwright/test';
