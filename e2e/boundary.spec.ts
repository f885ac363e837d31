// Loads on TanStack Query: a read that fails is rendered by the page's error boundary as an ErrorBanner in place of
// what it would have shown; Retry loads it again (focus moves to the load's status line), with a new MS-RequestId
// after a business failure and the same one when the outcome is unknown (a timeout, a 502); each failure reaches the
// error log once.
import { expect, test } from './fixtures';

test('a failed load: the boundary shows the 503 with its fix, and Retry brings the table back', async ({
  demo,
  page,
}) => {
  await demo.open('customers');
  await expect(page.getByRole('table', { name: 'Customers' })).toBeVisible();
  await demo.setScenario('service-unavailable');
  const failed = page.waitForResponse((response) => new URL(response.url()).pathname === '/v1/customers');
  await page.getByRole('button', { name: 'Reload customers' }).click();
  const requestId = await (await failed).request().headerValue('MS-RequestId');
  await expect(demo.alert()).toContainText('Service unavailable');
  await expect(page.getByRole('table', { name: 'Customers' }), 'the banner takes the table’s place').toHaveCount(0);
  await expect(demo.banner().getByRole('heading', { name: 'How to fix it' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: /Error log/ }),
  ).toHaveAccessibleName(/1 errors/);
  await demo.expectNoAxeViolations();

  await demo.setScenario('happy-path');
  const resent = page.waitForRequest((request) => new URL(request.url()).pathname === '/v1/customers');
  await demo.banner().getByRole('button', { name: 'Retry' }).click();
  expect(await (await resent).headerValue('MS-RequestId'), 'after an answer, a new request').not.toBe(requestId);
  await expect(page.getByRole('table', { name: 'Customers' })).toBeVisible();
  await expect(demo.status('5 customers loaded.')).toBeFocused();
  await expect(demo.alert()).toHaveCount(0);
});

test('a load that times out: Retry sends it again with the same MS-RequestId', async ({ demo, page }) => {
  await demo.subscriptionsOf('Contoso Pharmaceuticals');
  await demo.setScenario('slow');
  const isList = (request: { url(): string }) => new URL(request.url()).pathname.endsWith('/subscriptions');
  const sent = page.waitForRequest(isList);
  await page.getByRole('navigation', { name: 'Customers' }).getByRole('link', { name: 'Northwind Traders' }).click();
  const requestId = await (await sent).headerValue('MS-RequestId');
  await expect(demo.alert()).toContainText('The request timed out', { timeout: 10_000 });
  await demo.setScenario('happy-path');
  const resent = page.waitForRequest(isList);
  await demo.banner().getByRole('button', { name: 'Retry' }).click();
  expect(await (await resent).headerValue('MS-RequestId'), 'no answer: the same request again').toBe(requestId);
  await expect(page.getByRole('table', { name: 'Subscriptions of Northwind Traders' })).toBeVisible();
  await demo.expectFocusInPage('Retry');
});

test('a gateway page (502): Partner Center may have handled it, so Retry sends the same MS-RequestId', async ({
  demo,
  page,
}) => {
  await demo.open('customers');
  await expect(page.getByRole('table', { name: 'Customers' })).toBeVisible();
  await demo.setScenario('gateway-html');
  const isList = (request: { url(): string }) => new URL(request.url()).pathname === '/v1/customers';
  const sent = page.waitForRequest(isList);
  await page.getByRole('button', { name: 'Reload customers' }).click();
  const requestId = await (await sent).headerValue('MS-RequestId');
  await expect(demo.alert()).toContainText('502');
  await demo.setScenario('happy-path');
  const resent = page.waitForRequest(isList);
  await demo.banner().getByRole('button', { name: 'Retry' }).click();
  expect(await (await resent).headerValue('MS-RequestId'), 'an unknown outcome: the same request again').toBe(
    requestId,
  );
  await expect(page.getByRole('table', { name: 'Customers' })).toBeVisible();
});

test('suspending asks first: Cancel changes nothing, Suspend suspends', async ({ demo, page }) => {
  await demo.subscriptionsOf('Fabrikam Logistics');
  const suspend = demo.row('Microsoft 365 Business Basic').getByRole('button', { name: /^Suspend/ });
  await suspend.click();
  const dialog = page.getByRole('dialog', { name: 'Suspend Microsoft 365 Business Basic?' });
  await expect(dialog).toContainText('lose access');
  await demo.expectNoAxeViolations();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(suspend).toBeFocused();
  await expect(demo.row('Microsoft 365 Business Basic').getByRole('cell').first()).toHaveText('active');

  await suspend.click();
  await dialog.getByRole('button', { name: 'Suspend' }).click();
  await expect(demo.status('Microsoft 365 Business Basic suspended.')).toBeVisible();
  await expect(demo.row('Microsoft 365 Business Basic').getByRole('cell').first()).toHaveText('suspended');
  await expect(demo.row('Microsoft 365 Business Basic').getByRole('button', { name: /^Activate/ })).toBeVisible();
});
