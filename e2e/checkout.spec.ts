// Checkout as a partner meets it: a cart put together line by line, and a checkout that succeeds in part (201, with
// a line item the customer's market cannot buy and an order group over the customer's limit in the body). The
// outcome says what was ordered and what was not, and why; what was not reaches the error log.
import { expect, ID, test } from './fixtures';

test('a partial success: the summary said politely, what was not ordered and why, what was', async ({ demo, page }) => {
  await demo.open('checkout');
  await demo.customerChosen();
  await demo.addToCart('Microsoft 365 E3');
  await demo.addToCart('Microsoft 365 Business Basic');
  await demo.addToCart('Azure plan');
  await demo.addToCart('Microsoft 365 E3', 'Annual', '1 year');
  const cart = page.getByRole('table', { name: 'Cart' });
  await expect(cart.getByRole('row')).toHaveCount(5);

  // Removing a line moves focus to the next line's Remove button, not to the page.
  await cart.getByRole('button', { name: 'Remove Azure plan × 5, monthly billing, 1 month' }).click();
  await expect(cart.getByRole('row')).toHaveCount(4);
  await expect(cart.getByRole('button', { name: 'Remove Microsoft 365 E3 × 5, annual billing, 1 year' })).toBeFocused();

  await demo.setScenario('partial-checkout');
  const checkOut = page.getByRole('button', { name: 'Create cart and check out' });
  await checkOut.click();
  const outcome = page.getByRole('region', { name: 'Order result' });
  await expect(outcome.getByRole('status')).toHaveText('1 of 3 items ordered; 2 need attention.');
  await expect(demo.status(new RegExp(`^Order ${ID} placed\\.$`))).toBeVisible();

  const failed = outcome.getByRole('list', { name: 'Not ordered' });
  await expect(failed.getByRole('heading', { name: 'Microsoft 365 E3 × 5, monthly billing, 1 month' })).toBeVisible();
  await expect(failed).toContainText("Inventory isn't available for selected offer");
  await expect(failed.getByRole('heading', { name: 'Order group 1' })).toBeVisible();
  await expect(failed).toContainText('exceeded the remaining limit of 0 assets allowed per customer');
  await expect(failed).toContainText('Microsoft 365 E3 × 5, annual billing, 1 year');
  await expect(outcome.getByRole('list', { name: 'Ordered', exact: true })).toHaveText(
    'Microsoft 365 Business Basic × 5, monthly billing, 1 month',
  );
  await expect(demo.alert(), 'a partial success is an outcome, not an alert').toHaveCount(0);

  // The cart is ordered and empties; the button stays focused, and says it cannot be used.
  await expect(cart).toHaveCount(0);
  await expect(checkOut).toBeFocused();
  await expect(checkOut).toHaveAttribute('aria-disabled', 'true');
  await expect(
    page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: /Error log/ }),
  ).toHaveAccessibleName(/2 errors/);
  await demo.expectNoAxeViolations();
});

test('every item ordered: the outcome says so, and lists nothing as not ordered', async ({ demo, page }) => {
  await demo.open('checkout');
  await demo.customerChosen();
  await demo.addToCart('Microsoft 365 Business Basic');
  await demo.addToCart('Microsoft 365 E3', 'Annual', '1 year');
  await page.getByRole('button', { name: 'Create cart and check out' }).click();
  const outcome = page.getByRole('region', { name: 'Order result' });
  await expect(outcome.getByRole('status')).toHaveText('All 2 items ordered.');
  await expect(outcome.getByRole('list', { name: 'Not ordered' })).toHaveCount(0);
  await expect(outcome.getByRole('list', { name: 'Ordered', exact: true }).getByRole('listitem')).toHaveCount(2);
  await expect(demo.status(new RegExp(`^Order ${ID}, ${ID} placed\\.$`))).toBeVisible();
});
