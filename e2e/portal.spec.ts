// The portal doing its job with the sandbox healthy: it starts, and writes go through the documented endpoints
// (update-Order for the billing cycle, the New Commerce migration followed until it completes).
import { expect, ID, test } from './fixtures';

test('the demo starts with the sandbox answering in its service worker', async ({ demo, page }) => {
  await demo.open('customers');
  await expect(page.getByRole('table', { name: 'Customers' })).toBeVisible({ timeout: 15_000 });
  await expect(demo.status('5 customers loaded.')).toBeVisible();
});

test('Change billing cycle goes through update-Order and the table shows the new cycle', async ({ demo, page }) => {
  await demo.subscriptionsOf('Contoso Pharmaceuticals');
  await demo
    .row('Microsoft 365 E3')
    .getByLabel(/New billing cycle/)
    .selectOption('monthly');
  const patched = page.waitForRequest(
    (request) => request.method() === 'PATCH' && /\/orders\/[^/]+$/.test(request.url()),
  );
  await demo
    .row('Microsoft 365 E3')
    .getByRole('button', { name: /^Change billing cycle/ })
    .click();
  expect((await patched).postDataJSON(), 'the order is patched with the new cycle').toMatchObject({
    billingCycle: 'monthly',
  });
  await expect(demo.status('Billing cycle of Microsoft 365 E3 changed to monthly.')).toBeVisible();
  await expect(demo.row('Microsoft 365 E3').getByRole('cell').nth(2)).toHaveText(/^Monthly/);
});

test('Migrate to New Commerce: the migration is followed until it completes; a suspended one is refused', async ({
  demo,
}) => {
  await demo.subscriptionsOf('Wide World Importers');
  await demo
    .row('Microsoft 365 Business Basic')
    .getByRole('button', { name: /^Migrate to New Commerce/ })
    .click();
  await expect(
    demo.status(new RegExp(`^Migration ${ID} of Microsoft 365 Business Basic to New Commerce is processing\\.$`)),
  ).toBeVisible();
  await expect(
    demo.status(
      new RegExp(`^Migration of Microsoft 365 Business Basic to New Commerce completed\\. New subscription ${ID}\\.$`),
    ),
  ).toBeVisible({ timeout: 10_000 });
  await demo.subscriptionsOf('Tailspin Toys');
  await demo
    .row('Microsoft 365 E3')
    .getByRole('button', { name: /^Migrate to New Commerce/ })
    .click();
  await expect(demo.alert()).toContainText(
    new RegExp(`Subscription ${ID} can't be migrated to New Commerce because the status isn't active\\.`),
  );
});

test('the happy path: seats change, the table shows it, and the pressed button keeps focus', async ({ demo }) => {
  await demo.subscriptionsOf('Wide World Importers');
  const seats = demo.row('Microsoft 365 Business Basic').getByRole('cell').nth(1);
  const before = Number(/^\d+/.exec((await seats.textContent()) ?? '')?.[0]);
  expect(before).toBeGreaterThan(0);
  await demo
    .row('Microsoft 365 Business Basic')
    .getByLabel(/New seat count/)
    .fill(String(before + 1));
  const button = demo.row('Microsoft 365 Business Basic').getByRole('button', { name: /^Change seats/ });
  await button.click();
  await expect(demo.status(`Seats of Microsoft 365 Business Basic changed to ${before + 1}.`)).toBeVisible();
  await expect(seats).toHaveText(new RegExp(`^${before + 1}`));
  await expect(button).toBeFocused();
});
