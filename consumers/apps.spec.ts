// The two apps as a partner's users meet them: served from their production builds, rendered in Chromium. The
// page (project/shared/ErrorsPage.tsx) shows an ErrorBanner, a FixSuggestion and an ErrorTable of errors read
// from real Responses; it must be styled by the tokens, work, and leave nothing in the console.
import { getEntry } from '@pc-errors/error-catalog';
import { expect, test, type Page } from '@playwright/test';
import { gzipKB, serve, type Server } from './project';

const APPS = [
  { name: 'Vite', folder: 'vite-app', command: 'vite', args: ['preview', '--host', '127.0.0.1', '--port', '0'] },
  { name: 'Next.js', folder: 'next-app', command: 'next', args: ['start', '-H', '127.0.0.1', '-p', '0'] },
] as const;

/** What the page says. The fix shown is the 409 800064's, read from the workspace's catalog, the one packed. */
const FIX_SUMMARY = getEntry('800064', 409)?.remediation.summary ?? '';
const BANNER_TITLE = "Partner isn't valid for offer";
const CODES = ['2006', '800064', '20003'];

/** The banner's live region (Next.js adds an empty alert of its own, its route announcer). */
const bannerAlert = (page: Page) => page.locator('[data-slot="error-banner"]').getByRole('alert');

/** Console errors and warnings, uncaught errors (React reports a failed hydration as one) and failed requests. */
function watch(page: Page) {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type()))
      messages.push(`${message.type()}: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => messages.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => messages.push(`request failed: ${request.url()}`));
  return messages;
}

/** What the browser downloads for the page, gzipped: its JavaScript and its CSS. */
function firstLoad(page: Page) {
  const sizes: Record<'script' | 'stylesheet', Promise<number>[]> = { script: [], stylesheet: [] };
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type === 'script' || type === 'stylesheet') sizes[type].push(response.body().then(gzipKB));
  });
  const sum = async (kBs: Promise<number>[]) => (await Promise.all(kBs)).reduce((total, kB) => total + kB, 0);
  return async () => ({ js: await sum(sizes.script), jsFiles: sizes.script.length, css: await sum(sizes.stylesheet) });
}

/** The banner's background, and the value its token resolves to, read in the page. */
const bannerColours = (page: Page) =>
  page.evaluate(() => {
    const banner = document.querySelector('[data-slot="error-banner"]');
    const probe = document.body.appendChild(document.createElement('div'));
    probe.style.background = 'var(--pce-banner-danger-surface)';
    const colours = {
      token: getComputedStyle(document.documentElement).getPropertyValue('--pce-banner-danger-surface').trim(),
      banner: banner ? getComputedStyle(banner).backgroundColor : 'no banner',
      expected: getComputedStyle(probe).backgroundColor,
    };
    probe.remove();
    return colours;
  });

for (const app of APPS) {
  test.describe(app.name, () => {
    let server: Server | undefined;
    test.beforeAll(async () => {
      server = await serve(app.command, [...app.args], app.folder);
    });
    test.afterAll(() => server?.stop());

    test('shows the banner, the fix and the error log, styled by the tokens, and works, with a clean console', async ({
      page,
    }) => {
      const messages = watch(page);
      const downloads = firstLoad(page);
      await page.goto(server?.url ?? '', { waitUntil: 'networkidle' });

      await expect(page.getByRole('heading', { level: 1, name: 'Subscriptions' })).toBeVisible();
      await expect(bannerAlert(page)).toContainText(BANNER_TITLE);
      await expect(page.getByRole('heading', { name: 'How to fix it' })).toBeVisible();
      await expect(page.getByText(FIX_SUMMARY)).toBeVisible();
      const table = page.getByRole('table', { name: 'Errors' });
      for (const code of CODES) await expect(table.getByRole('row').filter({ hasText: code })).toHaveCount(1);

      const colours = await bannerColours(page);
      expect(colours.token).not.toBe('');
      expect(colours.banner).toBe(colours.expected);
      expect(colours.banner).not.toBe('rgba(0, 0, 0, 0)');

      // Hydrated and interactive: the details disclosure (Radix), a sortable header (TanStack) and Dismiss respond.
      const details = page.getByRole('button', { name: 'Details', exact: true });
      await details.click();
      await expect(details).toHaveAttribute('aria-expanded', 'true');
      await table.getByRole('button', { name: /^Code/ }).click();
      await expect(table.getByRole('columnheader', { name: /^Code/ })).toHaveAttribute(
        'aria-sort',
        /ascending|descending/,
      );
      // Its handler comes from the app's own client component (project/shared/DismissibleBanner.tsx).
      await page.getByRole('button', { name: 'Dismiss' }).click();
      await expect(bannerAlert(page)).toHaveCount(0);

      const { js, jsFiles, css } = await downloads();
      console.log(
        `${app.name} app, first load (gzipped): JS ${js.toFixed(1)} kB in ${jsFiles} files, CSS ${css.toFixed(1)} kB`,
      );
      expect(messages).toEqual([]);
    });

    if (app.name === 'Next.js')
      test('renders the fix and the rows of the log on the server: there with JavaScript off', async ({ browser }) => {
        const context = await browser.newContext({ javaScriptEnabled: false });
        const page = await context.newPage();
        await page.goto(server?.url ?? '');
        await expect(page.getByText(FIX_SUMMARY)).toBeVisible();
        const table = page.getByRole('table', { name: 'Errors' });
        for (const code of CODES) await expect(table.getByRole('row').filter({ hasText: code })).toHaveCount(1);
        await context.close();
      });
  });
}
