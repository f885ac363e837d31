// Retrying what the service said may work later: a new MS-RequestId once a response arrived (the service's
// idempotency key is reset after any answer), and a Retry that waits out Retry-After with a countdown that
// describes the button without being announced.
import { expect, ID, test } from './fixtures';

test('409 in progress: the cart named in the alert, and Retry, a new request, places the order', async ({
  demo,
  page,
}) => {
  await demo.open('checkout');
  await demo.customerChosen();
  await demo.addToCart();
  await demo.setScenario('conflict-in-progress');
  const created = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('/carts'));
  const isCheckout = (request: { method(): string; url(): string }) =>
    request.method() === 'POST' && request.url().endsWith('/checkout');
  const checkedOut = page.waitForRequest(isCheckout);
  await page.getByRole('button', { name: 'Create cart and check out' }).click();
  const cart = (await (await created).json()) as { id: string };
  await expect(demo.alert()).toContainText(`Cart ${cart.id} is being processed by another request`);
  const requestId = await (await checkedOut).headerValue('MS-RequestId');
  expect(requestId).toBeTruthy();
  await demo.setScenario('happy-path'); // the order in progress has completed
  const resent = page.waitForRequest(isCheckout);
  await demo.banner().getByRole('button', { name: 'Retry' }).click();
  expect(
    await (await resent).headerValue('MS-RequestId'),
    'the 409 was an answer: the retry is a new request',
  ).not.toBe(requestId);
  await expect(demo.status(new RegExp(`^Order ${ID} placed\\.$`))).toBeVisible();
  await expect(demo.alert()).toHaveCount(0);
});

test('429 with countdown: Retry waits for Retry-After, then succeeds and says so', async ({ demo, page }) => {
  await demo.open('customers');
  await expect(page.getByRole('table', { name: 'Customers' })).toBeVisible();
  await demo.setScenario('throttled');
  await page.getByRole('button', { name: 'Reload customers' }).click();
  const retry = page.getByRole('button', { name: 'Retry' });
  await expect(retry).toBeDisabled();
  await expect(page.getByText(/Retry available in \d+ s/)).toBeVisible();
  await expect(retry, 'the countdown describes the Retry button').toHaveAccessibleDescription(
    /Retry available in \d+ s/,
  );
  const live = await page
    .getByText(/Retry available in/)
    .evaluate((node) => Boolean(node.closest('[role="alert"],[role="status"],[aria-live]')));
  expect(live, 'the countdown is not in a live region').toBe(false);
  await expect(retry).toBeEnabled({ timeout: 10_000 });
  await expect(page.getByText('You can retry now.')).toBeVisible();
  await demo.setScenario('happy-path'); // the throttling window has passed
  await retry.click();
  await expect(demo.status('5 customers loaded.')).toBeVisible();
  await expect(demo.alert()).toHaveCount(0);
  await demo.expectFocusInPage('Retry');
});
