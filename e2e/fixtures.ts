// What every end-to-end test shares: the demo's controls and landmarks by role and name, axe, and a check that
// nothing but the sandbox's deliberate failures reached the browser console.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test as base, type Locator, type Page } from '@playwright/test';

/** Where full-page screenshots are kept for people to look at (each is attached to its test's report too). */
const SCREENSHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'out');

export type Theme = 'light' | 'dark' | 'high-contrast';
export interface DemoOptions {
  /** The theme a project's tests are checked in. */
  theme: Theme;
}

/** The portal's pages: path (after `#/`) and the heading each opens with. */
export const PAGES = [
  ['customers', 'Customers'],
  ['subscriptions', 'Subscriptions'],
  ['checkout', 'Cart checkout'],
  ['transfers', 'Transfers'],
  ['errors', 'Error log'],
  ['catalog', 'Error catalog'],
  ['inspector', 'Inspector'],
] as const;
export type PagePath = (typeof PAGES)[number][0];

/** A GUID, as the sandbox makes them. */
export const ID = '[0-9a-f-]{36}';
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class Demo {
  constructor(readonly page: Page) {}

  setScenario = (name: string) => this.page.getByLabel('Sandbox scenario').selectOption(name);
  setTheme = (theme: Theme) => this.page.getByLabel('Theme').selectOption(theme);
  alert = () => this.page.getByRole('alert');
  status = (text: string | RegExp) => this.page.getByRole('status').filter({ hasText: text });
  /** The ErrorBanner that holds the alert: a region named by its title and its status and code. */
  banner = () => this.page.getByRole('region').filter({ has: this.alert() });
  /** A subscription's row, by the offer in its row header. */
  row = (offer: string) =>
    this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: offer, exact: true }) });
  customerChosen = () => expect(this.page.getByLabel('Customer', { exact: true })).toHaveValue(new RegExp(ID));

  /**
   * Opens a page afresh (its state new, the session's error log and sandbox kept), with the sandbox healthy while
   * the page loads. The first call loads the portal; later ones change the route without reloading it.
   */
  async open(path: PagePath) {
    const loaded = this.page.url() !== 'about:blank';
    if (loaded) await this.setScenario('happy-path');
    if (loaded && new URL(this.page.url()).hash.startsWith(`#/${path}`))
      await this.page.goto(`/#/${path === 'inspector' ? 'catalog' : 'inspector'}`);
    await this.page.goto(`/#/${path}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
    await this.setScenario('happy-path');
  }

  /** Opens the subscriptions of one customer. */
  async subscriptionsOf(company: string) {
    await this.open('subscriptions');
    await this.page.getByRole('navigation', { name: 'Customers' }).getByRole('link', { name: company }).click();
    await expect(this.page.getByRole('table', { name: `Subscriptions of ${company}` })).toBeVisible();
  }

  /** Adds a line to the checkout page's cart (quantity as the form has it) and waits for its row. */
  async addToCart(product = 'Microsoft 365 Business Basic', billingCycle = 'Monthly', term = '1 month') {
    await this.page.getByLabel('Product').selectOption({ label: product });
    await this.page.getByLabel('Term').selectOption({ label: term });
    await this.page.getByLabel('Billing cycle').selectOption({ label: billingCycle });
    const rows = this.page.getByRole('table', { name: 'Cart' }).getByRole('row');
    const before = await rows.count();
    await this.page.getByRole('button', { name: 'Add to cart' }).click();
    await expect(rows).toHaveCount(before === 0 ? 2 : before + 1);
  }

  /** Runs axe over the whole page and fails on any violation, naming each; returns how many rules passed. */
  async expectNoAxeViolations() {
    const results = await new AxeBuilder({ page: this.page }).analyze();
    const violations = results.violations.map(
      (violation) => `${violation.id} (${violation.nodes.length}): ${violation.nodes[0]?.target.join(' ') ?? ''}`,
    );
    expect(violations, 'axe violations').toEqual([]);
    return results.passes.length;
  }

  /** A full-page screenshot in e2e/out/, attached to the test's report. */
  async screenshot(name: string) {
    const file = path.join(SCREENSHOTS, `${name}.png`);
    await this.page.screenshot({ path: file, fullPage: true });
    await base.info().attach(name, { path: file, contentType: 'image/png' });
  }

  /** Fails unless focus is on an element of the page (not lost to <body>). */
  async expectFocusInPage(after: string) {
    const focused = await this.page.evaluate(() => document.activeElement?.tagName ?? 'none');
    expect(focused, `after ${after}, focus is on ${focused}`).not.toMatch(/^(BODY|none)$/);
  }

  /** Presses Tab (or Shift+Tab, whichever way the target lies) until the target has focus. */
  async tabTo(target: Locator, max = 40) {
    const before = await target.evaluate((element) =>
      Boolean(
        element.compareDocumentPosition(document.activeElement ?? document.body) & Node.DOCUMENT_POSITION_FOLLOWING,
      ),
    );
    for (let presses = 0; presses < max; presses += 1) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press(before ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`${max} presses of ${before ? 'Shift+Tab' : 'Tab'} did not reach ${target.toString()}`);
  }
}

export const test = base.extend<DemoOptions & { demo: Demo; consoleErrors: string[] }>({
  theme: ['light', { option: true }],
  // Every test ends with no console error but the failed /v1 calls the sandbox answers on purpose (the browser
  // logs each one); any other failed resource or uncaught error is a defect.
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const failedApiCall =
          message.text().includes('Failed to load resource') &&
          new URL(message.location().url || 'about:blank', 'http://x').pathname.startsWith('/v1/');
        if (!failedApiCall) errors.push(`${message.text()} ${message.location().url}`.trim());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
  demo: async ({ page }, use) => {
    await use(new Demo(page));
  },
});
export { expect };
