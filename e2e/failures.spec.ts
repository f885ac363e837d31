// Each kind of failure on an action a user takes: the documented title and code, to the eye and to a screen reader
// (the banner's region is named by its title, status and code), the trace IDs in the details, and what the banner
// offers (Retry, with the same MS-RequestId only when no response arrived; Dismiss returning focus; Copy details
// into the Inspector).
import type { Request } from '@playwright/test';
import { Demo, escapeRegExp, expect, ID, test } from './fixtures';

test('validation (400): seats out of range show the documented 2002, its description and its fix', async ({
  demo,
  page,
}) => {
  await demo.subscriptionsOf('Contoso Pharmaceuticals');
  await demo
    .row('Microsoft 365 Business Basic')
    .getByLabel(/New seat count/)
    .fill('0');
  await demo
    .row('Microsoft 365 Business Basic')
    .getByRole('button', { name: /^Change seats/ })
    .click();
  const documented = "Subscription quantity isn't within minimum and maximum allowed quantity";
  await expect(demo.alert()).toHaveText(new RegExp(`^Error: ${escapeRegExp(documented)}`));
  await expect(
    page.getByRole('region', { name: new RegExp(`^Error: ${escapeRegExp(documented)} 400 .*2002`) }),
  ).toBeVisible();
  await expect(demo.banner().getByRole('heading', { name: 'How to fix it' })).toBeVisible();
  await demo.expectNoAxeViolations();
  await demo.screenshot('failure-validation');
});

interface Failure {
  scenario: string;
  name: string;
  setup: (demo: Demo) => Promise<void>;
  act: (demo: Demo) => Promise<void>;
  request: [method: string, pathname: RegExp];
  title: (request: Request) => string;
  meta: string;
  /** The answer carries MS-CorrelationId. */
  traced?: boolean;
  description?: string;
  details?: string;
  /** A gateway's HTML page: described, never rendered. */
  html?: boolean;
  /** What the page says once Retry went through with the service recovered. */
  retried?: string | RegExp;
  dismiss?: boolean;
  copyToInspector?: boolean;
  /** How long the failure takes to show (a timeout). */
  wait?: number;
}

const failures: Failure[] = [
  {
    scenario: 'unauthorized',
    name: 'unauthorized (401) choosing a customer',
    setup: async (demo) => {
      await demo.open('subscriptions');
      await expect(demo.page.getByRole('navigation', { name: 'Customers' }).getByRole('link').first()).toBeVisible();
    },
    act: (demo) =>
      demo.page
        .getByRole('navigation', { name: 'Customers' })
        .getByRole('link', { name: 'Contoso Pharmaceuticals' })
        .click(),
    request: ['GET', /\/subscriptions$/],
    title: () => 'Partner Token missing in request context',
    meta: '401 Unauthorized · Error code 800001',
    traced: true,
    details: 'urn:cpsvc:cpid:',
  },
  {
    scenario: 'forbidden',
    name: 'forbidden (403) requesting a transfer',
    setup: async (demo) => {
      await demo.open('transfers');
      await demo.customerChosen();
    },
    act: (demo) => demo.page.getByRole('button', { name: 'Request transfer' }).click(),
    request: ['POST', /\/transfers$/],
    title: () => "The supplied role doesn't have the rights to perform the requested operation",
    meta: '403 Forbidden · Error code 900150',
    traced: true,
    dismiss: true,
  },
  {
    scenario: 'not-found',
    name: 'not found (404) changing seats',
    setup: (demo) => demo.subscriptionsOf('Contoso Pharmaceuticals'),
    act: (demo) =>
      demo
        .row('Microsoft 365 Business Basic')
        .getByRole('button', { name: /^Change seats/ })
        .click(),
    request: ['PATCH', /\/subscriptions\/[^/]+$/],
    title: (request) => `Subscription with ID ${new URL(request.url()).pathname.split('/').pop() ?? ''} not found.`,
    meta: '404 NotFound · Error code 20003',
    traced: true,
    copyToInspector: true,
  },
  {
    scenario: 'gateway-html',
    name: 'gateway HTML page (502) starting a migration',
    setup: (demo) => demo.subscriptionsOf('Contoso Pharmaceuticals'),
    act: (demo) =>
      demo
        .row('Microsoft 365 E3')
        .getByRole('button', { name: /^Migrate to New Commerce/ })
        .click(),
    request: ['POST', /\/migrations\/newcommerce$/],
    title: () => 'Bad gateway',
    meta: '502',
    description:
      'HTTP 502 Bad gateway: the service answered with an HTML page ("502 Bad Gateway") instead of an error response.',
    html: true,
  },
  {
    scenario: 'service-unavailable',
    name: 'empty 503 suspending a subscription',
    setup: (demo) => demo.subscriptionsOf('Northwind Traders'),
    // Suspending is confirmed in a dialog first.
    act: async (demo) => {
      await demo
        .row('Microsoft 365 Business Basic')
        .getByRole('button', { name: /^Suspend/ })
        .click();
      await demo.page
        .getByRole('dialog', { name: 'Suspend Microsoft 365 Business Basic?' })
        .getByRole('button', { name: 'Suspend' })
        .click();
    },
    request: ['PATCH', /\/subscriptions\/[^/]+$/],
    title: () => 'Service unavailable',
    meta: '503',
    retried: 'Microsoft 365 Business Basic suspended.',
  },
  {
    scenario: 'network-drop',
    name: 'network drop creating a cart',
    setup: async (demo) => {
      await demo.open('checkout');
      await demo.customerChosen();
      await demo.addToCart();
    },
    act: (demo) => demo.page.getByRole('button', { name: 'Create cart and check out' }).click(),
    request: ['POST', /\/carts$/],
    title: () => 'No response from Partner Center',
    meta: 'No response',
    // Retry re-sends the cart and goes on to the checkout: the order is placed.
    retried: new RegExp(`^Order ${ID} placed\\.$`),
  },
  {
    scenario: 'slow',
    name: 'a slow answer the portal times out, reloading customers',
    setup: async (demo) => {
      await demo.open('customers');
      await expect(demo.page.getByRole('table', { name: 'Customers' })).toBeVisible();
    },
    act: (demo) => demo.page.getByRole('button', { name: 'Reload customers' }).click(),
    request: ['GET', /\/customers$/],
    title: () => 'The request timed out',
    meta: 'No response',
    wait: 10_000,
  },
];

for (const failure of failures) {
  test(`${failure.name}: the documented title and code, to the eye and to a screen reader, and the trace IDs`, async ({
    demo,
    page,
  }) => {
    const { alert, banner, status } = demo;
    await failure.setup(demo);
    await demo.setScenario(failure.scenario);
    const [method, pathname] = failure.request;
    const matches = (request: Request) => request.method() === method && pathname.test(new URL(request.url()).pathname);
    const sent = page.waitForRequest(matches);
    await failure.act(demo);
    const request = await sent;
    const requestId = await request.headerValue('MS-RequestId');
    const title = failure.title(request);

    await expect(alert()).toHaveCount(1, { timeout: failure.wait ?? 5000 });
    await expect(alert()).toContainText(title);
    // The banner's name is its title and its status and code (aria-labelledby), as a screen reader lists regions.
    await expect(page.getByRole('region', { name: `Error: ${title} ${failure.meta}` })).toBeVisible();
    if (failure.description) await expect(alert()).toContainText(failure.description);

    await banner().getByRole('button', { name: 'Details', exact: true }).click();
    expect(requestId).toBeTruthy();
    await expect(
      banner()
        .getByRole('definition')
        .filter({ hasText: requestId ?? '' }),
    ).toHaveText(requestId ?? '');
    const correlationId = await (await request.response())?.headerValue('MS-CorrelationId');
    expect(Boolean(correlationId), `MS-CorrelationId in the answer: ${correlationId}`).toBe(Boolean(failure.traced));
    if (correlationId)
      await expect(banner().getByRole('definition').filter({ hasText: correlationId })).toHaveText(correlationId);
    if (failure.details) await expect(banner()).toContainText(failure.details);

    if (failure.html) {
      // The gateway's page is described, never rendered: none of its markup reaches the portal, as elements or text.
      await expect(page.locator('main :is(center, hr, title, html, body)')).toHaveCount(0);
      await expect(page.locator('main h1'), 'the gateway heading is not rendered').toHaveCount(1);
      await expect(page.getByText(/<(!DOCTYPE|html|center|h1)/i)).toHaveCount(0);
    }
    await demo.screenshot(`failure-${failure.scenario}`);

    if (failure.retried) {
      await demo.setScenario('happy-path'); // the service recovers
      const retry = banner().getByRole('button', { name: 'Retry' });
      await expect(retry).toBeEnabled({ timeout: 10_000 });
      const resent = page.waitForRequest(matches);
      await retry.click();
      // Partner Center's headers page: the same MS-RequestId after a timeout or a lost answer, a new one after any
      // response.
      const resentId = await (await resent).headerValue('MS-RequestId');
      if (failure.meta === 'No response') expect(resentId, 'no response: the same MS-RequestId').toBe(requestId);
      else expect(resentId, 'a response arrived: a new MS-RequestId').not.toBe(requestId);
      await expect(status(failure.retried)).toBeVisible();
      await expect(alert()).toHaveCount(0);
      await demo.expectFocusInPage('Retry');
    }
    if (failure.dismiss) {
      await banner().getByRole('button', { name: 'Dismiss' }).click();
      await expect(alert()).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      await demo.expectFocusInPage('Dismiss');
    }
    if (failure.copyToInspector) {
      await banner().getByRole('button', { name: 'Copy details' }).click();
      await expect(status('Details copied to the clipboard.')).toBeVisible();
      const ticket = await page.evaluate(() => navigator.clipboard.readText());
      expect(ticket).toContain(`Correlation ID: ${correlationId ?? ''}`);
      expect(ticket, 'the ticket never carries the token').not.toContain('demo-token');
      await demo.open('inspector');
      await page.getByLabel('Raw HTTP response').fill(ticket);
      const pasted = page.getByRole('region', { name: `Error: ${title} ${failure.meta}` });
      await expect(pasted.getByRole('heading', { name: `Error: ${title}` })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Problem details (RFC 9457)' })).toContainText(
        `"correlationId": "${correlationId ?? ''}"`,
      );
    }
  });
}
