// The two apps as a partner's users meet them: served from their production builds, rendered in Chromium. The
// page (project/portal/ErrorsPage.tsx) shows an ErrorBanner with its lazily loaded fix, a FixSuggestion and an
// ErrorTable of errors read from real Responses; it must be styled by the tokens, work, and leave nothing in the
// console. The Next.js page is rendered on the server: its HTML alone shows the errors, and hydration keeps it.
import { remediationOf } from '@pc-errors/error-catalog';
import { expect, test, type Page } from '@playwright/test';
import { gzipKB, serve, type Server } from './project';
import { readFailures } from './project/portal/responses';

const APPS = [
  { name: 'Vite', folder: 'vite-app', command: 'vite', args: ['preview', '--host', '127.0.0.1', '--port', '0'] },
  { name: 'Next.js', folder: 'next-app', command: 'next', args: ['start', '-H', '127.0.0.1', '-p', '0'] },
] as const;

// What the page says, read with the workspace's catalog (the one packed) from the responses the page reads.
const errors = await readFailures();
const [throttled, previous] = errors;
if (!throttled || !previous) throw new Error('the page reads at least two failures');
/** The banner's fix, loaded in a chunk of its own once the page runs, and the fix shown for the failure before. */
const BANNER_FIX = remediationOf(throttled).summary;
const FIX_SUMMARY = remediationOf(previous).summary;
const CODES = errors.flatMap((error) => error.code ?? []);

/** The banner: a region named by its title (the latest failure, throttled: 429 with no Partner Center code). */
const bannerOf = (page: Page) => page.getByRole('region', { name: new RegExp(throttled.title) });
/** The page's fix, the one outside the banner. */
const pageFix = (page: Page) => page.locator('main > [data-slot="fix-suggestion"]');
const errorLog = (page: Page) => page.getByRole('table', { name: 'Errors' });

/** What the banner and the log show wherever they are rendered: the server's HTML alone, or the running page. */
const expectErrorsShown = async (page: Page) => {
  const banner = bannerOf(page);
  await expect(banner.getByRole('heading', { level: 2 })).toHaveText(`Error: ${throttled.title}`);
  await expect(banner.getByText(throttled.description)).toBeVisible();
  await expect(banner.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(banner.getByRole('link', { name: 'See all errors' })).toHaveAttribute('href', '#error-log');
  await expect(pageFix(page).getByText(FIX_SUMMARY)).toBeVisible();
  const table = errorLog(page);
  await expect(table.getByRole('row')).toHaveCount(errors.length + 1);
  for (const code of CODES) await expect(table.getByRole('row').filter({ hasText: code })).toHaveCount(1);
};

declare global {
  interface Window {
    /** The first banner and table the page showed (recorded by keepFirstNodes). */
    firstNodes?: Partial<Record<'banner' | 'table', Element>>;
  }
}

/**
 * Records the first banner and table the page shows, from the first byte of HTML on: the server's, in the Next.js
 * app. If hydration fails, React renders the page again in the browser and they are replaced.
 */
const keepFirstNodes = (page: Page) =>
  page.addInitScript(() => {
    const first: Partial<Record<'banner' | 'table', Element>> = (window.firstNodes = {});
    new MutationObserver(() => {
      first.banner ??= document.querySelector('[data-slot="error-banner"]') ?? undefined;
      first.table ??= document.querySelector('table') ?? undefined;
    }).observe(document, { childList: true, subtree: true });
  });

const stillFirstNodes = (page: Page) =>
  page.evaluate(() => ({
    banner:
      Boolean(window.firstNodes?.banner) &&
      window.firstNodes?.banner === document.querySelector('[data-slot="error-banner"]'),
    table: Boolean(window.firstNodes?.table) && window.firstNodes?.table === document.querySelector('table'),
  }));

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

    test('shows the banner with its fix, the fix and the error log, styled by the tokens, working, with a clean console', async ({
      page,
    }) => {
      const messages = watch(page);
      const downloads = firstLoad(page);
      await keepFirstNodes(page);
      await page.goto(server?.url ?? '', { waitUntil: 'networkidle' });

      await expect(page.getByRole('heading', { level: 1, name: 'Subscriptions' })).toBeVisible();
      await expectErrorsShown(page);
      const banner = bannerOf(page);
      // Loaded after the banner is painted, in the chunk of what a banner needs later.
      await expect(banner.getByRole('heading', { name: 'How to fix it' })).toBeVisible();
      await expect(banner.getByText(BANNER_FIX)).toBeVisible();
      // Retry-After: Retry waits, and says for how long.
      await expect(banner.getByRole('button', { name: 'Retry' })).toHaveAttribute('aria-disabled', 'true');
      await expect(banner.getByText(/^Retry available in \d+ s$/)).toBeVisible();

      const colours = await bannerColours(page);
      expect(colours.token).not.toBe('');
      expect(colours.banner).toBe(colours.expected);
      expect(colours.banner).not.toBe('rgba(0, 0, 0, 0)');

      // Interactive: the details disclosure, a sortable header (TanStack) and Dismiss respond.
      const details = banner.getByRole('button', { name: 'Details', exact: true });
      await details.click();
      await expect(details).toHaveAttribute('aria-expanded', 'true');
      const table = errorLog(page);
      await table.getByRole('button', { name: /^Code/ }).click();
      await expect(table.getByRole('columnheader', { name: /^Code/ })).toHaveAttribute(
        'aria-sort',
        /ascending|descending/,
      );
      // The nodes the page first showed are the ones that respond: the Next.js server's HTML was hydrated, not
      // thrown away and rendered again.
      expect(await stillFirstNodes(page)).toEqual({ banner: true, table: true });
      // Its handler comes from the app's own client component (project/portal/PortalBanner.tsx).
      await banner.getByRole('button', { name: 'Dismiss' }).click();
      await expect(page.locator('[data-slot="error-banner"]')).toHaveCount(0);

      const { js, jsFiles, css } = await downloads();
      console.log(
        `${app.name} app, first load (gzipped): JS ${js.toFixed(1)} kB in ${jsFiles} files, CSS ${css.toFixed(1)} kB`,
      );
      // React reports a hydration mismatch and any recoverable error here too (a console error or an uncaught one).
      expect(messages).toEqual([]);
    });

    if (app.name === 'Next.js')
      test('renders the banner, the fix and the rows of the log on the server: there with JavaScript off', async ({
        browser,
      }) => {
        const context = await browser.newContext({ javaScriptEnabled: false });
        const page = await context.newPage();
        await page.goto(server?.url ?? '');
        await expectErrorsShown(page);
        await context.close();
      });
  });
}
