// Every page of the portal in the state a user works in (data on screen, a result, a banner where the page has
// one), in the project's theme: no axe violation, and a full-page screenshot (attached, and in e2e/out/).
import { Demo, expect, ID, PAGES, test, type PagePath } from './fixtures';

/** Fills the log with a few failed calls, as a session of real use would. */
async function logSomeErrors(demo: Demo) {
  await demo.open('customers');
  // Loaded first: a Reload during the first load joins that load rather than starting another.
  await expect(demo.page.getByRole('table', { name: 'Customers' })).toBeVisible();
  for (const [scenario, title] of [
    ['forbidden', "The supplied role doesn't have the rights"],
    ['unauthorized', 'Partner Token missing in request context'],
  ] as const) {
    await demo.setScenario(scenario);
    await demo.page.getByRole('button', { name: 'Reload customers' }).click();
    await expect(demo.alert()).toContainText(title);
  }
  await demo.setScenario('happy-path');
  await demo.page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Error log' }).click();
}

const STATES: Record<PagePath, (demo: Demo) => Promise<void>> = {
  customers: (demo) => expect(demo.page.getByRole('table', { name: 'Customers' })).toBeVisible(),
  subscriptions: async (demo) => {
    const { page, row, alert } = demo;
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
  // A partial success: one item the market cannot buy, one order group over the customer's limit, one ordered.
  checkout: async (demo) => {
    await demo.customerChosen();
    await demo.addToCart('Microsoft 365 E3');
    await demo.addToCart('Microsoft 365 Business Basic');
    await demo.addToCart('Microsoft 365 E3', 'Annual', '1 year');
    await demo.setScenario('partial-checkout');
    await demo.page.getByRole('button', { name: 'Create cart and check out' }).click();
    await expect(demo.status('1 of 3 items ordered; 2 need attention.')).toBeVisible();
  },
  transfers: async (demo) => {
    const { page, alert, status } = demo;
    await demo.customerChosen();
    const submit = page.getByRole('button', { name: 'Request transfer' });
    // The customer's first transfer goes through; the next one names it as still in progress.
    await submit.click();
    await expect(status(/requested\.$/)).toBeVisible();
    await submit.click();
    await expect(alert()).toContainText(new RegExp(`original transfer ${ID} is in progress`));
    await expect(page.getByRole('table', { name: 'Transfers' }).getByRole('row')).not.toHaveCount(1);
  },
  errors: async (demo) => {
    await expect(demo.page.getByRole('table', { name: 'Errors' })).toHaveAttribute('aria-rowcount', '3');
    await demo.page
      .getByRole('button', { name: /^Show the fix/ })
      .first()
      .click();
    await expect(demo.page.getByRole('heading', { name: 'How to fix it' }).first()).toBeVisible();
  },
  catalog: async (demo) => {
    await demo.page.getByRole('searchbox', { name: 'Search' }).fill('800060');
    await demo.page.getByRole('button', { name: /Show the fix for 800060/ }).click();
    await expect(demo.page.getByRole('heading', { name: 'How to fix it' })).toBeVisible();
  },
  inspector: async (demo) => {
    await demo.page.getByRole('button', { name: 'Paste an example' }).click();
    await expect(demo.page.getByRole('region', { name: 'Problem details (RFC 9457)' })).toBeVisible();
  },
};

for (const [pagePath, title] of PAGES) {
  test(`${title}, in use: no axe violations`, async ({ demo, page, theme }, testInfo) => {
    if (pagePath === 'errors') await logSomeErrors(demo);
    else await demo.open(pagePath);
    await demo.setTheme(theme);
    await expect(page.locator('html')).toHaveAttribute('data-pce-theme', theme);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await STATES[pagePath](demo);
    await page.waitForLoadState('networkidle');
    const passes = await demo.expectNoAxeViolations();
    testInfo.annotations.push({ type: 'axe', description: `${passes} rules passed` });
    await demo.screenshot(`${pagePath}-${theme}`);
  });
}
