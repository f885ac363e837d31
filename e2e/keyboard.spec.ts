// The portal with the keyboard alone: the skip link, every page through the navigation (focus on each new page's
// heading), and a form that fails, is retried, fails again and is dismissed.
import { expect, ID, PAGES, test } from './fixtures';

test('the skip link, from the Inspector: focus moves into main and the page stays', async ({ demo, page }) => {
  await demo.open('inspector');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Inspector' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/inspector$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Inspector' })).toBeVisible();
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  expect(
    await page.evaluate(() => Boolean(document.activeElement?.closest('main'))),
    'the next Tab stays in main',
  ).toBe(true);
});

test('keyboard only: every page through the navigation, then a form, a Retry and a Dismiss', async ({ demo, page }) => {
  const { alert, banner, status } = demo;
  await demo.open('customers');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Portal' });
  // Every other page, back to the first, then on to Transfers for the form.
  for (const [, title] of [...PAGES.slice(1), PAGES[0], PAGES[3]]) {
    const link = nav.getByRole('link', { name: title });
    await demo.tabTo(link);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
    await expect(link).toHaveAttribute('aria-current', 'page');
  }
  // Transfers: fill the form, fail, retry; fail again, dismiss. The scenario is picked by typing too.
  const pick = async (label: string) => {
    await demo.tabTo(page.getByLabel('Sandbox scenario'));
    await page.keyboard.type(label);
  };
  await demo.customerChosen();
  await demo.tabTo(page.getByLabel('Source partner domain'));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('litware.onmicrosoft.com');
  await pick('Network drop');
  await expect(page.getByLabel('Sandbox scenario')).toHaveValue('network-drop');
  await demo.tabTo(page.getByRole('button', { name: 'Request transfer' }));
  await page.keyboard.press('Enter');
  await expect(alert()).toContainText('No response from Partner Center');
  await pick('Happy path');
  await demo.tabTo(banner().getByRole('button', { name: 'Retry' }));
  await page.keyboard.press('Enter');
  await expect(status(new RegExp(`^Transfer ${ID} requested\\.$`))).toBeVisible();
  await demo.expectFocusInPage('Retry');
  await pick('Forbidden');
  await demo.tabTo(page.getByRole('button', { name: 'Request transfer' }));
  await page.keyboard.press('Enter');
  await expect(alert()).toContainText("The supplied role doesn't have the rights");
  await demo.tabTo(banner().getByRole('button', { name: 'Dismiss' }));
  await page.keyboard.press('Enter');
  await expect(alert()).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Transfers' })).toBeFocused();
});
