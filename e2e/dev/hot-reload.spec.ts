// An edit in packages/react/src reaches what `pnpm dev` is running, with no build and no reload by hand: the
// library's English "Search" label is changed on disk, the open page shows the new label, and the file is put back
// (and the page follows again). Once in the demo's Error catalog, once in the ErrorCatalogTable story.
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const MESSAGES = new URL('../../packages/react/src/i18n/messages.ts', import.meta.url);
const ORIGINAL = "search: 'Search',";

async function expectEditShown(page: Page) {
  const source = fs.readFileSync(MESSAGES, 'utf8');
  expect(source, `${MESSAGES.pathname} still has ${ORIGINAL}`).toContain(ORIGINAL);
  await expect(page.getByRole('searchbox', { name: 'Search', exact: true })).toBeVisible({ timeout: 60_000 });
  // Whether Vite swapped the module in place or reloaded the page, the label has to change on its own.
  await page.evaluate(() => Object.assign(window, { pceBeforeEdit: true }));
  const label = `Search (edited ${Date.now()})`;
  const started = Date.now();
  try {
    fs.writeFileSync(MESSAGES, source.replace(ORIGINAL, `search: '${label}',`));
    await expect(page.getByRole('searchbox', { name: label })).toBeVisible({ timeout: 30_000 });
    const inPlace = await page.evaluate(() => 'pceBeforeEdit' in window);
    const how = inPlace ? 'in place (HMR)' : 'by a page reload';
    test.info().annotations.push({ type: 'hot reload', description: `${Date.now() - started} ms, ${how}` });
    console.log(`${test.info().title}: the new label showed ${Date.now() - started} ms after the write, ${how}`);
  } finally {
    fs.writeFileSync(MESSAGES, source);
  }
  await expect(page.getByRole('searchbox', { name: 'Search', exact: true })).toBeVisible({ timeout: 30_000 });
}

test('an edit in packages/react/src shows in the running demo', async ({ page }) => {
  await page.goto('/#/catalog');
  await expectEditShown(page);
});

test('an edit in packages/react/src shows in the running Storybook', async ({ page }) => {
  const storybook = `http://127.0.0.1:${process.env.PCE_STORYBOOK_PORT ?? ''}`;
  await page.goto(`${storybook}/iframe.html?id=components-errorcatalogtable--every-documented-error&viewMode=story`);
  await expectEditShown(page);
});
