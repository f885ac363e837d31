// The Inspector: a raw response pasted by a support engineer, rendered as banner, fix and RFC 9457 problem details,
// with secrets dropped and the service's text kept as text.
import { expect, test } from './fixtures';

test('the Inspector renders a pasted raw response as banner, fix and problem details, dropping Authorization', async ({
  demo,
  page,
}) => {
  await demo.open('inspector');
  await page.getByRole('button', { name: 'Paste an example' }).click();
  await expect(
    page.getByRole('region', { name: /^Error: Your order is in progress.* 409 Conflict · Error code 800060$/ }),
  ).toBeVisible();
  const json = (await page.getByRole('region', { name: 'Problem details (RFC 9457)' }).textContent()) ?? '';
  expect(JSON.parse(json)).toMatchObject({ status: 409, retryAfterSeconds: 30, code: '800060' });
  expect(json, 'Authorization never reaches the output').not.toContain('this-header-is-dropped');
  await page.getByLabel('Raw HTTP response').fill(
    `HTTP/1.1 400 Bad Request\n\n${JSON.stringify({
      code: '600049',
      description: '<b>bold</b> Organization registration ID information is missing',
      source: 'PartnerFD',
    })}`,
  );
  await expect(page.getByRole('region', { name: /How to fix it/ }).first()).toContainText(
    'organizationRegistrationNumber',
  );
  await expect(demo.status('<b>bold</b> Organization registration ID information is missing')).toBeVisible();
  await expect(page.locator('main b'), 'the pasted HTML stays text').toHaveCount(0);
  await demo.expectNoAxeViolations();
});
