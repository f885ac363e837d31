#!/usr/bin/env node
// End to end: the built demo portal (apps/admin-demo/dist, built beforehand: `pnpm --filter admin-demo build`),
// served locally with the sandbox in its service worker, driven in Debian's Chromium. Puts every page in a
// meaningful state and runs axe on it in every theme, triggers each kind of failure on a real action and checks
// what a user sees and what a screen reader gets, retries, dismisses, copies details into the Inspector, and
// walks the portal with the keyboard alone. Screenshots go to e2e/out/.
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
const context = await browser.newContext({
  permissions: ['clipboard-read', 'clipboard-write'],
  viewport: { width: 1280, height: 900 },
});
const page = await context.newPage();
const consoleErrors = [];
// The sandbox's answers to /v1 fail on purpose, and the browser logs each one; any other failed resource is a defect.
page.on('console', (message) => {
  if (message.type() !== 'error') return;
  const failedApiCall =
    /Failed to load resource/.test(message.text()) &&
    new URL(message.location().url || 'about:blank', 'http://x').pathname.startsWith('/v1/');
  if (!failedApiCall) consoleErrors.push(`${message.text()} ${message.location().url ?? ''}`.trim());
});
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
const ID = '[0-9a-f-]{36}';
const escapeRe = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const setScenario = (name) => page.getByLabel('Sandbox scenario').selectOption(name);
const setTheme = (theme) => page.getByLabel('Theme').selectOption(theme);
const alert = () => page.getByRole('alert');
const status = (text) => page.getByRole('status').filter({ hasText: text });
/** The ErrorBanner that holds the alert: a region named by its title and its status and code. */
const banner = () => page.getByRole('region').filter({ has: alert() });

/** Opens a page afresh (its state new, the session's error log kept), with the sandbox healthy while the page loads. */
async function open(pagePath) {
  if (page.url() !== 'about:blank') await setScenario('happy-path');
  if (new URL(page.url()).hash.startsWith(`#/${pagePath}`))
    await page.goto(`${server.url}/#/${pagePath === 'inspector' ? 'catalog' : 'inspector'}`);
  await page.goto(`${server.url}/#/${pagePath}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await setScenario('happy-path');
}

async function axeClean(label) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id} (${violation.nodes.length}): ${violation.nodes[0]?.target.join(' ')}`,
  );
  assert(results.violations.length === 0, `${label}: ${summary.join('; ')}`);
  return results.passes.length;
}

async function expectFocusInPage(what) {
  const focused = await page.evaluate(() => document.activeElement?.tagName ?? 'none');
  assert(focused !== 'BODY' && focused !== 'none', `after ${what}, focus is on ${focused}`);
}

/** Presses Tab (or Shift+Tab, whichever way the target lies) until the target has focus. */
async function tabTo(target, max = 40) {
  const before = await target.evaluate((element) =>
    Boolean(element.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
  for (let presses = 0; presses < max; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(before ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${max} presses of ${before ? 'Shift+Tab' : 'Tab'} did not reach ${target}`);
}

async function subscriptionsOf(company) {
  await open('subscriptions');
  await page.getByRole('navigation', { name: 'Customers' }).getByRole('link', { name: company }).click();
  await expect(page.getByRole('table', { name: `Subscriptions of ${company}` })).toBeVisible();
}
const row = (offer) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: offer, exact: true }) });
const customerChosen = () => expect(page.getByLabel('Customer', { exact: true })).toHaveValue(new RegExp(ID));

await check('the demo starts with the sandbox answering in its service worker', async () => {
  await open('customers');
  await expect(page.getByRole('table', { name: 'Customers' })).toBeVisible({ timeout: 15_000 });
  await expect(status('5 customers loaded.')).toBeVisible();
});

// Each page in the state a user works in: data on screen, a result, and a banner where the page has one.
const STATES = {
  customers: () => expect(page.getByRole('table', { name: 'Customers' })).toBeVisible(),
  subscriptions: async () => {
    await page.getByRole('navigation', { name: 'Customers' }).getByRole('link', { name: 'Fabrikam Logistics' }).click();
    await expect(page.getByRole('table', { name: 'Subscriptions of Fabrikam Logistics' })).toBeVisible();
    await row('Microsoft 365 Business Basic')
      .getByLabel(/New billing cycle/)
      .selectOption('annual');
    await row('Microsoft 365 Business Basic')
      .getByRole('button', { name: /^Change billing cycle/ })
      .click();
    await expect(alert()).toContainText("doesn't support the billing term");
  },
  checkout: async () => {
    await customerChosen();
    await setScenario('conflict-in-progress');
    await page.getByRole('button', { name: 'Create cart and check out' }).click();
    await expect(status(new RegExp(`^Cart ${ID} created\\.$`))).toBeVisible();
    await expect(alert()).toContainText('is being processed by another request');
  },
  transfers: async () => {
    await customerChosen();
    const submit = page.getByRole('button', { name: 'Request transfer' });
    await submit.click();
    await expect(alert().or(status(/requested\.$/))).toBeVisible();
    // The customer's first transfer goes through; the next one names it as still in progress.
    if ((await alert().count()) === 0) await submit.click();
    await expect(alert()).toContainText(new RegExp(`original transfer ${ID} is in progress`));
    await expect(page.getByRole('table', { name: 'Transfers' }).getByRole('row')).not.toHaveCount(1);
  },
  errors: async () => {
    const table = page.getByRole('table', { name: 'Errors' });
    assert(Number(await table.getAttribute('aria-rowcount')) > 1, 'the log has entries');
    await page
      .getByRole('button', { name: /^Show the fix/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { name: 'How to fix it' }).first()).toBeVisible();
  },
  catalog: async () => {
    await page.getByRole('searchbox', { name: 'Search' }).fill('800060');
    await page.getByRole('button', { name: /Show the fix for 800060/ }).click();
    await expect(page.getByRole('heading', { name: 'How to fix it' })).toBeVisible();
  },
  inspector: async () => {
    await page.getByRole('button', { name: 'Paste an example' }).click();
    await expect(page.getByRole('region', { name: 'Problem details (RFC 9457)' })).toBeVisible();
  },
};
const axeTotals = {};
for (const theme of ['light', 'dark', 'high-contrast']) {
  axeTotals[theme] = { pages: 0, passes: 0 };
  for (const [pagePath, title] of PAGES) {
    await check(`${title} [${theme}], in use: no axe violations`, async () => {
      await open(pagePath);
      await setTheme(theme);
      await expect(page.locator('html')).toHaveAttribute('data-pce-theme', theme);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await STATES[pagePath]();
      await page.waitForLoadState('networkidle');
      axeTotals[theme].passes += await axeClean(`${title} ${theme}`);
      axeTotals[theme].pages += 1;
      await page.screenshot({ path: path.join(outDir, `${pagePath}-${theme}.png`), fullPage: true });
    });
  }
}
await setTheme('light');

await check('validation (400): seats out of range show the documented 2002, its description and its fix', async () => {
  await subscriptionsOf('Contoso Pharmaceuticals');
  await row('Microsoft 365 Business Basic')
    .getByLabel(/New seat count/)
    .fill('0');
  await row('Microsoft 365 Business Basic')
    .getByRole('button', { name: /^Change seats/ })
    .click();
  const documented = "Subscription quantity isn't within minimum and maximum allowed quantity";
  await expect(alert()).toHaveText(new RegExp(`^Error: ${escapeRe(documented)}`));
  await expect(
    page.getByRole('region', { name: new RegExp(`^Error: ${escapeRe(documented)} 400 .*2002`) }),
  ).toBeVisible();
  await expect(banner().getByRole('heading', { name: 'How to fix it' })).toBeVisible();
  await axeClean('validation banner');
  await page.screenshot({ path: path.join(outDir, 'failure-validation.png'), fullPage: true });
});

// Each kind of failure on an action a user takes. `traced`: the answer carries MS-CorrelationId.
const failures = [
  {
    scenario: 'unauthorized',
    name: 'unauthorized (401) choosing a customer',
    setup: () =>
      open('subscriptions').then(() =>
        expect(page.getByRole('navigation', { name: 'Customers' }).getByRole('link').first()).toBeVisible(),
      ),
    act: () =>
      page
        .getByRole('navigation', { name: 'Customers' })
        .getByRole('link', { name: 'Contoso Pharmaceuticals' })
        .click(),
    request: ['GET', /\/subscriptions$/],
    title: () => 'Partner Token missing in request context',
    meta: '401 Unauthorized · Error code 800001',
    traced: true,
    details: 'urn:cpsvc:cpid:',
  },
  {
    scenario: 'forbidden',
    name: 'forbidden (403) requesting a transfer',
    setup: () => open('transfers').then(customerChosen),
    act: () => page.getByRole('button', { name: 'Request transfer' }).click(),
    request: ['POST', /\/transfers$/],
    title: () => "The supplied role doesn't have the rights to perform the requested operation",
    meta: '403 Forbidden · Error code 900150',
    traced: true,
    dismiss: true,
  },
  {
    scenario: 'not-found',
    name: 'not found (404) changing seats',
    setup: () => subscriptionsOf('Contoso Pharmaceuticals'),
    act: () =>
      row('Microsoft 365 Business Basic')
        .getByRole('button', { name: /^Change seats/ })
        .click(),
    request: ['PATCH', /\/subscriptions\/[^/]+$/],
    title: (request) => `Subscription with ID ${new URL(request.url()).pathname.split('/').pop()} not found.`,
    meta: '404 NotFound · Error code 20003',
    traced: true,
    copyToInspector: true,
  },
  {
    scenario: 'gateway-html',
    name: 'gateway HTML page (502) starting a migration',
    setup: () => subscriptionsOf('Contoso Pharmaceuticals'),
    act: () =>
      row('Microsoft 365 E3')
        .getByRole('button', { name: /^Migrate to New Commerce/ })
        .click(),
    request: ['POST', /\/migrations\/newcommerce$/],
    title: () => 'Bad gateway',
    meta: '502',
    description:
      'HTTP 502 Bad gateway: the service answered with an HTML page ("502 Bad Gateway") instead of an error response.',
    html: true,
  },
  {
    scenario: 'service-unavailable',
    name: 'empty 503 suspending a subscription',
    setup: () => subscriptionsOf('Northwind Traders'),
    act: () =>
      row('Microsoft 365 Business Basic')
        .getByRole('button', { name: /^Suspend/ })
        .click(),
    request: ['PATCH', /\/subscriptions\/[^/]+$/],
    title: () => 'Service unavailable',
    meta: '503',
    retried: 'Microsoft 365 Business Basic suspended.',
  },
  {
    scenario: 'network-drop',
    name: 'network drop creating a cart',
    setup: () => open('checkout').then(customerChosen),
    act: () => page.getByRole('button', { name: 'Create cart and check out' }).click(),
    request: ['POST', /\/carts$/],
    title: () => 'No response from Partner Center',
    meta: 'No response',
    // Retry re-sends the cart and goes on to the checkout: the order is placed.
    retried: new RegExp(`^Order ${ID} placed\\.$`),
  },
  {
    scenario: 'slow',
    name: 'a slow answer the portal times out, reloading customers',
    setup: () => open('customers').then(() => expect(page.getByRole('table', { name: 'Customers' })).toBeVisible()),
    act: () => page.getByRole('button', { name: 'Reload customers' }).click(),
    request: ['GET', /\/customers$/],
    title: () => 'The request timed out',
    meta: 'No response',
    wait: 10_000,
  },
];
for (const failure of failures) {
  await check(
    `${failure.name}: the documented title and code, to the eye and to a screen reader, and the trace IDs`,
    async () => {
      await failure.setup();
      await setScenario(failure.scenario);
      const [method, pathname] = failure.request;
      const matches = (request) => request.method() === method && pathname.test(new URL(request.url()).pathname);
      const sent = page.waitForRequest(matches);
      await failure.act();
      const request = await sent;
      const requestId = await request.headerValue('MS-RequestId');
      const title = failure.title(request);

      await expect(alert()).toHaveCount(1, { timeout: failure.wait ?? 5000 });
      await expect(alert()).toContainText(title);
      // The banner's name is its title and its status and code (aria-labelledby), as a screen reader lists regions.
      await expect(page.getByRole('region', { name: `Error: ${title} ${failure.meta}` })).toBeVisible();
      if (failure.description) await expect(alert()).toContainText(failure.description);

      await banner().getByRole('button', { name: 'Details', exact: true }).click();
      await expect(banner().getByRole('definition').filter({ hasText: requestId })).toHaveText(requestId);
      const correlationId = await (await request.response())?.headerValue('MS-CorrelationId');
      assert(Boolean(correlationId) === Boolean(failure.traced), `MS-CorrelationId in the answer: ${correlationId}`);
      if (correlationId)
        await expect(banner().getByRole('definition').filter({ hasText: correlationId })).toHaveText(correlationId);
      if (failure.details) await expect(banner()).toContainText(failure.details);

      if (failure.html) {
        // The gateway's page is described, never rendered: none of its markup reaches the portal, as elements or as text.
        assert(
          (await page.locator('main :is(center, hr, title, html, body)').count()) === 0,
          'no element of the gateway page is in the portal',
        );
        assert((await page.locator('main h1').count()) === 1, 'the gateway heading is not rendered');
        await expect(page.getByText(/<(!DOCTYPE|html|center|h1)/i)).toHaveCount(0);
      }
      await page.screenshot({ path: path.join(outDir, `failure-${failure.scenario}.png`), fullPage: true });

      if (failure.retried) {
        await setScenario('happy-path'); // the service recovers
        const retry = banner().getByRole('button', { name: 'Retry' });
        await expect(retry).toBeEnabled({ timeout: 10_000 });
        const resent = page.waitForRequest(matches);
        await retry.click();
        assert(
          (await (await resent).headerValue('MS-RequestId')) === requestId,
          'Retry re-sends the same MS-RequestId',
        );
        await expect(status(failure.retried)).toBeVisible();
        await expect(alert()).toHaveCount(0);
        await expectFocusInPage('Retry');
      }
      if (failure.dismiss) {
        await banner().getByRole('button', { name: 'Dismiss' }).click();
        await expect(alert()).toHaveCount(0);
        await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
        await expectFocusInPage('Dismiss');
      }
      if (failure.copyToInspector) {
        await banner().getByRole('button', { name: 'Copy details' }).click();
        await expect(status('Details copied to the clipboard.')).toBeVisible();
        const ticket = await page.evaluate(() => navigator.clipboard.readText());
        assert(
          ticket.includes(`Correlation ID: ${correlationId}`) && !ticket.includes('demo-token'),
          `the ticket: ${ticket.slice(0, 200)}`,
        );
        await open('inspector');
        await page.getByLabel('Raw HTTP response').fill(ticket);
        const pasted = page.getByRole('region', { name: `Error: ${title} ${failure.meta}` });
        await expect(pasted.getByRole('heading', { name: `Error: ${title}` })).toBeVisible();
        await expect(page.getByRole('region', { name: 'Problem details (RFC 9457)' })).toContainText(
          `"correlationId": "${correlationId}"`,
        );
      }
    },
  );
}

await check(
  '409 in progress: the cart named in the alert, and Retry with the same MS-RequestId places the order',
  async () => {
    await open('checkout');
    await customerChosen();
    await setScenario('conflict-in-progress');
    const created = page.waitForResponse((response) => /\/carts$/.test(new URL(response.url()).pathname));
    const isCheckout = (request) => request.method() === 'POST' && /\/checkout$/.test(request.url());
    const checkedOut = page.waitForRequest(isCheckout);
    await page.getByRole('button', { name: 'Create cart and check out' }).click();
    const cart = await (await created).json();
    await expect(alert()).toContainText(`Cart ${cart.id} is being processed by another request`);
    const requestId = await (await checkedOut).headerValue('MS-RequestId');
    const resent = page.waitForRequest(isCheckout);
    await banner().getByRole('button', { name: 'Retry' }).click();
    assert(
      (await (await resent).headerValue('MS-RequestId')) === requestId,
      'Retry re-sends the checkout with its MS-RequestId',
    );
    await expect(status(new RegExp(`^Order ${ID} placed\\.$`))).toBeVisible();
    await expect(alert()).toHaveCount(0);
  },
);

await check('429 with countdown: Retry waits for Retry-After, then succeeds and says so', async () => {
  await open('customers');
  await expect(page.getByRole('table', { name: 'Customers' })).toBeVisible();
  await setScenario('throttled');
  await page.getByRole('button', { name: 'Reload customers' }).click();
  const retry = page.getByRole('button', { name: 'Retry' });
  await expect(retry).toBeDisabled();
  await expect(page.getByText(/Retry available in \d+ s/)).toBeVisible();
  const description = await retry.evaluate(
    (button) => document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent,
  );
  assert(/Retry available in \d+ s/.test(description ?? ''), 'the countdown describes the Retry button');
  const live = await page
    .getByText(/Retry available in/)
    .evaluate((node) => Boolean(node.closest('[role="alert"],[role="status"],[aria-live]')));
  assert(!live, 'the countdown is not in a live region');
  await expect(retry).toBeEnabled({ timeout: 10_000 });
  await expect(page.getByText('You can retry now.')).toBeVisible();
  await retry.click();
  await expect(status('5 customers loaded.')).toBeVisible();
  await expect(alert()).toHaveCount(0);
  await expectFocusInPage('Retry');
});

await check('Change billing cycle goes through update-Order and the table shows the new cycle', async () => {
  await subscriptionsOf('Contoso Pharmaceuticals');
  await row('Microsoft 365 E3')
    .getByLabel(/New billing cycle/)
    .selectOption('monthly');
  const patched = page.waitForRequest(
    (request) => request.method() === 'PATCH' && /\/orders\/[^/]+$/.test(request.url()),
  );
  await row('Microsoft 365 E3')
    .getByRole('button', { name: /^Change billing cycle/ })
    .click();
  assert((await patched).postDataJSON().billingCycle === 'monthly', 'the order is patched with the new cycle');
  await expect(status('Billing cycle of Microsoft 365 E3 changed to monthly.')).toBeVisible();
  await expect(row('Microsoft 365 E3').getByRole('cell').nth(2)).toHaveText(/^Monthly/);
});

await check(
  'Migrate to New Commerce: the migration is followed until it completes; a suspended one is refused',
  async () => {
    // Contoso has bought more Business Basic by now; Wide World Importers has one of each.
    await subscriptionsOf('Wide World Importers');
    await row('Microsoft 365 Business Basic')
      .getByRole('button', { name: /^Migrate to New Commerce/ })
      .click();
    await expect(
      status(new RegExp(`^Migration ${ID} of Microsoft 365 Business Basic to New Commerce is processing\\.$`)),
    ).toBeVisible();
    await expect(
      status(
        new RegExp(
          `^Migration of Microsoft 365 Business Basic to New Commerce completed\\. New subscription ${ID}\\.$`,
        ),
      ),
    ).toBeVisible({
      timeout: 10_000,
    });
    await subscriptionsOf('Tailspin Toys');
    await row('Microsoft 365 E3')
      .getByRole('button', { name: /^Migrate to New Commerce/ })
      .click();
    await expect(alert()).toContainText(
      new RegExp(`Subscription ${ID} can't be migrated to New Commerce because the status isn't active\\.`),
    );
  },
);

await check('the happy path: seats change, the table shows it, and the pressed button keeps focus', async () => {
  await subscriptionsOf('Wide World Importers');
  const seats = row('Microsoft 365 Business Basic').getByRole('cell').nth(1);
  const before = Number((await seats.textContent()).match(/^\d+/)[0]);
  await row('Microsoft 365 Business Basic')
    .getByLabel(/New seat count/)
    .fill(String(before + 1));
  const button = row('Microsoft 365 Business Basic').getByRole('button', { name: /^Change seats/ });
  await button.click();
  await expect(status(`Seats of Microsoft 365 Business Basic changed to ${before + 1}.`)).toBeVisible();
  await expect(seats).toHaveText(new RegExp(`^${before + 1}`));
  await expect(button).toBeFocused();
});

await check('the Error log: filtered to 403, every row is a 403 and the announced count matches', async () => {
  await open('errors');
  const table = page.getByRole('table', { name: 'Errors' });
  const total = Number(await table.getAttribute('aria-rowcount')) - 1;
  assert(total >= failures.length + 3, `the log has ${total} errors`);
  await page.getByRole('searchbox', { name: 'Search' }).fill('900150');
  await expect(page).toHaveURL(/q=900150/);
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await page
    .getByRole('group', { name: 'HTTP status' })
    .getByRole('button', { name: /^403\b/ })
    .click();
  const announced = await status(/^\d+ of \d+ rows$/).textContent({ timeout: 5000 });
  const [, shown, of] = /^(\d+) of (\d+) rows$/.exec(announced);
  assert(Number(of) === total, `the announcement counts all ${total} errors: ${announced}`);
  const statusColumn = (await table.getByRole('columnheader').allTextContents()).findIndex((name) =>
    name.trim().startsWith('Status'),
  );
  const rows = table
    .getByRole('row')
    .filter({ has: page.getByRole('cell') })
    .and(page.locator('[aria-rowindex]'));
  await expect(rows).toHaveCount(Number(shown));
  const statuses = await rows.evaluateAll(
    (elements, column) => elements.map((element) => element.children[column]?.textContent?.trim()),
    statusColumn,
  );
  assert(
    statuses.length > 0 && statuses.every((value) => value === '403'),
    `every row is a 403: ${statuses.join(', ')}`,
  );
  await rows
    .first()
    .getByRole('button', { name: /Show the fix/ })
    .click();
  await expect(page.getByRole('heading', { name: 'How to fix it' }).first()).toBeVisible();
  await axeClean('error log, filtered and expanded');
});

await check(
  'the Inspector renders a pasted raw response as banner, fix and problem details, dropping Authorization',
  async () => {
    await open('inspector');
    await page.getByRole('button', { name: 'Paste an example' }).click();
    await expect(
      page.getByRole('region', { name: /^Error: Your order is in progress.* 409 Conflict · Error code 800060$/ }),
    ).toBeVisible();
    const json = await page.getByRole('region', { name: 'Problem details (RFC 9457)' }).textContent();
    const problem = JSON.parse(json);
    assert(
      problem.status === 409 && problem.retryAfterSeconds === 30 && problem.code === '800060',
      `problem details: ${json.slice(0, 200)}`,
    );
    assert(!json.includes('this-header-is-dropped'), 'Authorization never reaches the output');
    await page
      .getByLabel('Raw HTTP response')
      .fill(
        'HTTP/1.1 400 Bad Request\n\n{"code":"600049","description":"<b>bold</b> Organization registration ID information is missing","source":"PartnerFD"}',
      );
    await expect(page.getByRole('region', { name: /How to fix it/ }).first()).toContainText(
      'organizationRegistrationNumber',
    );
    await expect(status('<b>bold</b> Organization registration ID information is missing')).toBeVisible();
    assert((await page.locator('main b').count()) === 0, 'the pasted HTML stays text');
    await axeClean('inspector with a result');
  },
);

await check('the skip link, from the Inspector: focus moves into main and the page stays', async () => {
  await open('inspector');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Inspector' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/inspector$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Inspector' })).toBeVisible();
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  assert(await page.evaluate(() => Boolean(document.activeElement?.closest('main'))), 'the next Tab stays in main');
});

await check('keyboard only: every page through the navigation, then a form, a Retry and a Dismiss', async () => {
  await open('customers');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Portal' });
  for (const [, title] of [...PAGES.slice(1), PAGES[0], PAGES[3]]) {
    const link = nav.getByRole('link', { name: title });
    await tabTo(link);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
    await expect(link).toHaveAttribute('aria-current', 'page');
  }
  // Transfers, reached by keyboard: fill the form, fail, retry; fail again, dismiss. The scenario is picked by typing too.
  const pick = async (label) => {
    await tabTo(page.getByLabel('Sandbox scenario'));
    await page.keyboard.type(label);
  };
  await customerChosen();
  await tabTo(page.getByLabel('Source partner domain'));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('litware.onmicrosoft.com');
  await pick('Network drop');
  await expect(page.getByLabel('Sandbox scenario')).toHaveValue('network-drop');
  await tabTo(page.getByRole('button', { name: 'Request transfer' }));
  await page.keyboard.press('Enter');
  await expect(alert()).toContainText('No response from Partner Center');
  await pick('Happy path');
  await tabTo(banner().getByRole('button', { name: 'Retry' }));
  await page.keyboard.press('Enter');
  await expect(status(new RegExp(`^Transfer ${ID} requested\\.$`))).toBeVisible();
  await expectFocusInPage('Retry');
  await pick('Forbidden');
  await tabTo(page.getByRole('button', { name: 'Request transfer' }));
  await page.keyboard.press('Enter');
  await expect(alert()).toContainText("The supplied role doesn't have the rights");
  await tabTo(banner().getByRole('button', { name: 'Dismiss' }));
  await page.keyboard.press('Enter');
  await expect(alert()).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Transfers' })).toBeFocused();
});

await check('no console errors on the way', async () => {
  assert(consoleErrors.length === 0, consoleErrors.join('\n'));
});

await browser.close();
await server.close();
for (const [theme, { pages, passes }] of Object.entries(axeTotals))
  console.log(`axe [${theme}]: ${pages} of ${PAGES.length} pages clean, ${passes} rule passes`);
console.log(`\nScreenshots: ${outDir}`);
process.exit(finish() ? 1 : 0);
