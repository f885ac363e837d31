#!/usr/bin/env node
// End to end: the built demo portal, served locally with the sandbox in its service worker, driven in
// Debian's Chromium. Walks every page, triggers each kind of failure, checks what a user sees and
// what a screen reader gets, retries, copies details, uses the Inspector, and runs axe on every page
// in every theme. Screenshots go to e2e/out/.
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, expect } from './playwright.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tooling/chromium.mjs';
import { assert, createHarness } from './harness.mjs';
import { serveStatic } from './static-server.mjs';

const outDir = path.resolve('e2e/out');
fs.mkdirSync(outDir, { recursive: true });
const server = await serveStatic(path.resolve('apps/admin-demo/dist'));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const consoleErrors = [];
page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
page.on('pageerror', (error) => consoleErrors.push(error.message));
const { check, finish } = createHarness('e2e-demo');

const PAGES = [
  ['customers', 'Customers'],
  ['subscriptions', 'Subscriptions'],
  ['checkout', 'Cart checkout'],
  ['transfers', 'Transfers'],
  ['errors', 'Error log'],
  ['catalog', 'Error catalog'],
  ['inspector', 'Inspector'],
];

async function open(pagePath) {
  await page.goto(`${server.url}/#/${pagePath}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}
const setScenario = (name) => page.getByLabel('Sandbox scenario').selectOption(name);
const setTheme = (theme) => page.getByLabel('Theme').selectOption(theme);
const alert = () => page.getByRole('alert');

async function axeClean(label) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((violation) => `${violation.id} (${violation.nodes.length}): ${violation.nodes[0]?.target.join(' ')}`);
  assert(results.violations.length === 0, `${label}: ${summary.join('; ')}`);
  return results.passes.length;
}

await check('the demo starts with the sandbox answering in its service worker', async () => {
  await open('customers');
  await expect(page.getByRole('table', { name: 'Customers' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('status').filter({ hasText: 'customers loaded' })).toBeVisible();
});

for (const theme of ['light', 'dark', 'high-contrast']) {
  for (const [pagePath, title] of PAGES) {
    await check(`${title} [${theme}]: renders and has no axe violations`, async () => {
      await open(pagePath);
      await setTheme(theme);
      await expect(page.locator('html')).toHaveAttribute('data-pce-theme', theme);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await page.waitForLoadState('networkidle');
      await axeClean(`${title} ${theme}`);
      await page.screenshot({ path: path.join(outDir, `${pagePath}-${theme}.png`), fullPage: true });
    });
  }
}

await check('keyboard only: skip link, navigation, and focus on the new page heading', async () => {
  await open('customers');
  await setTheme('light');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.goto(`${server.url}/#/customers`);
  const link = page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Error catalog' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Error catalog' })).toBeFocused();
  await expect(link).toHaveAttribute('aria-current', 'page');
});

await check('validation (400): changing seats out of range shows the documented error and its fix', async () => {
  await open('subscriptions');
  await setScenario('validation');
  await page.getByRole('navigation', { name: 'Customers' }).getByRole('link').first().click();
  await page
    .getByRole('button', { name: /^Change seats/ })
    .first()
    .click();
  await expect(alert()).toBeVisible();
  const banner = page.getByRole('region').filter({ has: alert() });
  await expect(banner.getByRole('heading', { name: 'How to fix it' })).toBeVisible();
  assert((await alert().textContent()).startsWith('Error:'), 'the alert starts with its severity');
  await axeClean('validation banner');
  await page.screenshot({ path: path.join(outDir, 'failure-validation.png'), fullPage: true });
});

const failures = [
  ['unauthorized', 'unauthorized (401)', /Partner Token missing in request context/, { details: 'urn:cpsvc:cpid:' }],
  ['forbidden', 'forbidden (403)', /supplied role doesn't have the rights/],
  ['not-found', 'not found (404)', /not found/i],
  ['gateway-html', 'gateway HTML page (502)', /Bad gateway/, { description: /answered with an HTML page/ }],
  ['service-unavailable', 'empty 503', /Service unavailable/, { retry: true }],
  ['network-drop', 'network drop', /No response from Partner Center/, { retry: true }],
  ['slow', 'a slow answer the portal times out', /The request timed out/, { wait: 10_000 }],
];
for (const [scenario, name, title, options = {}] of failures) {
  await check(`${name}: an alert with the title, description and details a user needs`, async () => {
    await open('subscriptions');
    await setScenario(scenario);
    await page
      .getByRole('navigation', { name: 'Customers' })
      .getByRole('link')
      .first()
      .click({ timeout: 3000 })
      .catch(() => {});
    await page.goto(`${server.url}/#/customers`);
    await page.getByRole('button', { name: 'Reload customers' }).click();
    await expect(alert()).toContainText(title, { timeout: options.wait ?? 5000 });
    if (options.description) await expect(alert()).toContainText(options.description);
    if (options.retry !== undefined) await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(1);
    const banner = page.getByRole('region').filter({ has: alert() });
    await banner.getByRole('button', { name: 'Details', exact: true }).click();
    await expect(banner.getByText('Correlation ID').or(banner.getByText('Request ID')).first()).toBeVisible();
    if (options.details) await expect(banner).toContainText(options.details);
    await page.screenshot({ path: path.join(outDir, `failure-${scenario}.png`), fullPage: true });
  });
}

await check('409 in progress: Retry re-sends the same MS-RequestId and the order goes through', async () => {
  await open('checkout');
  await setScenario('conflict-in-progress');
  await page.getByRole('button', { name: 'Create cart and check out' }).click();
  await expect(alert()).toContainText(/is being processed|in progress/);
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /placed|created/ })
      .first(),
  ).toBeVisible();
});

await check('429 with countdown: Retry waits for Retry-After, then succeeds with the same request', async () => {
  await open('customers');
  await setScenario('throttled');
  await page.getByRole('button', { name: 'Reload customers' }).click();
  const retry = page.getByRole('button', { name: 'Retry' });
  await expect(retry).toBeDisabled();
  await expect(page.getByText(/Retry available in \d+ s/)).toBeVisible();
  const description = await retry.evaluate((button) => document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent);
  assert(/Retry available in \d+ s/.test(description ?? ''), 'the countdown describes the Retry button');
  const live = await page.getByText(/Retry available in/).evaluate((node) => Boolean(node.closest('[role="alert"],[role="status"],[aria-live]')));
  assert(!live, 'the countdown is not in a live region');
  await expect(retry).toBeEnabled({ timeout: 10_000 });
  await expect(page.getByText('You can retry now.')).toBeVisible();
  await retry.click();
  await expect(page.getByRole('table', { name: 'Customers' })).toBeVisible();
  await expect(alert()).toHaveCount(0);
});

await check('Copy details puts the diagnostics on the clipboard and says so politely', async () => {
  await open('customers');
  await setScenario('forbidden');
  await page.getByRole('button', { name: 'Reload customers' }).click();
  await page.getByRole('button', { name: 'Copy details' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Details copied to the clipboard.' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert(copied.includes('HTTP status: 403') && copied.includes('Correlation ID:'), `clipboard holds the diagnostics: ${copied.slice(0, 120)}`);
  assert(!copied.includes('demo-token'), 'the bearer token never reaches the diagnostics');
});

await check('the Error log lists every failure of the session and filters them', async () => {
  await open('errors');
  const table = page.getByRole('table', { name: 'Errors' });
  const count = Number(await table.getAttribute('aria-rowcount')) - 1;
  assert(count >= failures.length + 3, `the log has ${count} errors`);
  await page.getByRole('searchbox', { name: 'Search' }).fill('403');
  await expect(page.getByRole('status').filter({ hasText: /of \d+ rows/ })).toBeVisible();
  await expect(page).toHaveURL(/q=403/);
  await page
    .getByRole('row')
    .filter({ hasText: '403' })
    .first()
    .getByRole('button', { name: /Show the fix/ })
    .click();
  await expect(page.getByRole('region', { name: 'How to fix it' })).toBeVisible();
  await axeClean('error log, expanded');
});

await check('the Inspector renders a pasted raw response as banner, fix and problem details, dropping Authorization', async () => {
  await open('inspector');
  await page.getByRole('button', { name: 'Paste an example' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Too many requests' }).first()).toBeVisible();
  const json = await page.getByLabel('Problem details JSON').textContent();
  const problem = JSON.parse(json);
  assert(problem.status === 429 && problem.retryAfterSeconds === 30 && problem.code === '800060', `problem details: ${json.slice(0, 200)}`);
  assert(!json.includes('this-header-is-dropped'), 'Authorization never reaches the output');
  await page
    .getByLabel('Raw HTTP response')
    .fill('HTTP/1.1 400 Bad Request\n\n{"code":"600049","description":"<b>bold</b> Organization registration ID information is missing","source":"PartnerFD"}');
  await expect(page.getByRole('region', { name: /How to fix it/ }).first()).toContainText('organizationRegistrationNumber');
  await expect(page.locator('.pce-banner__description', { hasText: '<b>bold</b> Organization registration ID information is missing' })).toBeVisible();
  assert((await page.locator('main b').count()) === 0, 'the pasted HTML stays text');
  await axeClean('inspector with a result');
});

await check('the Error catalog finds an entry and shows its fix', async () => {
  await open('catalog');
  await page.getByRole('searchbox', { name: 'Search' }).fill('600051');
  await page.getByRole('button', { name: /Show the fix for 600051/ }).click();
  await expect(page.getByRole('region', { name: 'How to fix it' })).toContainText('billingProfile.defaultAddress.phoneNumber');
});

await check('the happy path: seats change and the table shows it', async () => {
  await open('subscriptions');
  await setScenario('happy-path');
  await page.getByRole('navigation', { name: 'Customers' }).getByRole('link').first().click();
  const seats = page.getByRole('spinbutton').first();
  const before = Number(await seats.inputValue());
  await seats.fill(String(before + 1));
  await page
    .getByRole('button', { name: /^Change seats/ })
    .first()
    .click();
  await expect(page.getByRole('status').filter({ hasText: /changed to/ })).toBeVisible();
  await expect(page.getByRole('spinbutton').first()).toHaveValue(String(before + 1));
});

await check('no console errors on the way', async () => {
  const unexpected = consoleErrors.filter((text) => !/Failed to load resource|status of [45]\d\d/.test(text));
  assert(unexpected.length === 0, unexpected.join('\n'));
});

await browser.close();
await server.close();
console.log(`\nScreenshots: ${outDir}`);
process.exit(finish() ? 1 : 0);
