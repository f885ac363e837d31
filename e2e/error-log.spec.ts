// The Error log of a session: every failed call, searchable (the query kept in the URL), filtered by status with
// the count announced, each row opening its fix.
import { expect, test } from './fixtures';

const FAILED_CALLS = [
  ['forbidden', "The supplied role doesn't have the rights"],
  ['unauthorized', 'Partner Token missing in request context'],
  ['forbidden', "The supplied role doesn't have the rights"],
  ['service-unavailable', 'Service unavailable'],
] as const;

test('the Error log: filtered to 403, every row is a 403 and the announced count matches', async ({ demo, page }) => {
  await demo.open('customers');
  // Loaded first: a Reload during the first load joins that load rather than starting another.
  await expect(page.getByRole('table', { name: 'Customers' })).toBeVisible();
  for (const [scenario, title] of FAILED_CALLS) {
    // Each Reload is a new attempt whose failure replaces the last one's banner.
    await demo.setScenario(scenario);
    const answered = page.waitForResponse((response) => new URL(response.url()).pathname === '/v1/customers');
    await page.getByRole('button', { name: 'Reload customers' }).click();
    await answered;
    await expect(demo.alert()).toContainText(title);
  }
  await demo.setScenario('happy-path');
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Error log' }).click();

  const table = page.getByRole('table', { name: 'Errors' });
  await expect(table).toHaveAttribute('aria-rowcount', String(FAILED_CALLS.length + 1));
  await page.getByRole('searchbox', { name: 'Search' }).fill('900150');
  await expect(page).toHaveURL(/q=900150/);
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await page
    .getByRole('group', { name: 'HTTP status' })
    .getByRole('button', { name: /^403\b/ })
    .click();
  const forbidden = FAILED_CALLS.filter(([scenario]) => scenario === 'forbidden').length;
  await expect(demo.status(/^\d+ of \d+ rows$/)).toHaveText(`${forbidden} of ${FAILED_CALLS.length} rows`);
  const statusColumn = (await table.getByRole('columnheader').allTextContents()).findIndex((name) =>
    name.trim().startsWith('Status'),
  );
  expect(statusColumn).toBeGreaterThanOrEqual(0);
  const rows = table
    .getByRole('row')
    .filter({ has: page.getByRole('cell') })
    .and(page.locator('[aria-rowindex]'));
  await expect(rows).toHaveCount(forbidden);
  const statuses = await rows.evaluateAll(
    (elements, column) => elements.map((element) => element.children[column]?.textContent.trim()),
    statusColumn,
  );
  expect(statuses, 'every row is a 403').toEqual(Array.from({ length: forbidden }, () => '403'));
  await rows
    .first()
    .getByRole('button', { name: /Show the fix/ })
    .click();
  await expect(page.getByRole('heading', { name: 'How to fix it' }).first()).toBeVisible();
  await demo.expectNoAxeViolations();
});
