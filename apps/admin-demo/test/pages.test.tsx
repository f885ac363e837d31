import '@testing-library/jest-dom/vitest';
import { teamsHighContrastTheme, webLightTheme } from '@fluentui/react-components';
import { createHandlers } from '@pc-errors/sandbox';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { API_BASE } from '../src/api/client';
import { SettingsProvider } from '../src/api/settings';
import { Portal, reportCaughtError } from '../src/Portal';

// The whole portal in jsdom, its calls answered by the sandbox in Node as the service worker answers them in a browser.
const server = setupServer();
const sent: string[] = [];
server.events.on('request:start', ({ request }) => sent.push(`${request.method} ${new URL(request.url).pathname}`));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  sent.length = 0;
  server.resetHandlers(...createHandlers({ baseUrl: API_BASE, retryAfterSeconds: 1, migrationMs: 300 }));
});
afterEach(cleanup);
afterAll(() => server.close());

function openPortal(hash: string) {
  window.location.hash = hash;
  render(
    <SettingsProvider timeoutMs={2_000}>
      <Portal />
    </SettingsProvider>,
    { onCaughtError: reportCaughtError },
  );
  return userEvent.setup();
}

// Banner names are matched with "Error: ?": jsdom's name computation drops the space a browser keeps after the hidden "Error:".

/** The banner's live region gets its words a frame after it appears, so that they are announced. */
async function expectAlert(text: string | RegExp) {
  await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(text));
}

async function openSubscriptionsOf(company: string) {
  const user = openPortal('#/subscriptions');
  await user.click(
    await within(screen.getByRole('navigation', { name: 'Customers' })).findByRole('link', { name: company }),
  );
  const table = await screen.findByRole('table', { name: `Subscriptions of ${company}` });
  const row = (offer: string) => within(table).getByRole('row', { name: new RegExp(`^${offer}`) });
  return { user, row };
}

describe('Subscriptions', () => {
  it('changes the billing cycle through update-Order; the row and the pressed button stay', async () => {
    const { user, row } = await openSubscriptionsOf('Contoso Pharmaceuticals');
    expect(within(row('Microsoft 365 E3')).getAllByRole('cell')[2]).toHaveTextContent(/^Annual/);
    await user.selectOptions(
      within(row('Microsoft 365 E3')).getByLabelText('New billing cycle for Microsoft 365 E3'),
      'monthly',
    );
    const button = within(row('Microsoft 365 E3')).getByRole('button', {
      name: 'Change billing cycle of Microsoft 365 E3',
    });
    await user.click(button);
    expect(await screen.findByText('Billing cycle of Microsoft 365 E3 changed to monthly.')).toHaveAttribute(
      'role',
      'status',
    );
    const billingCycle = () => within(row('Microsoft 365 E3')).getAllByRole('cell')[2];
    await waitFor(() => expect(billingCycle()).toHaveTextContent(/^Monthly/));
    expect(button).toBeInTheDocument();
    expect(button).toHaveFocus();
    const writes = sent.filter((request) => !request.startsWith('GET /v1/customers/') || request.includes('/orders/'));
    expect(writes.map((request) => request.replace(/[0-9a-f-]{36}/g, 'ID'))).toEqual([
      'GET /v1/customers',
      'GET /v1/customers/ID/orders/ID',
      'PATCH /v1/customers/ID/orders/ID',
    ]);
  });

  it('changes seats; the table is kept while it reloads, and focus stays on the pressed button', async () => {
    const { user, row } = await openSubscriptionsOf('Contoso Pharmaceuticals');
    const seats = () => within(row('Microsoft 365 Business Basic')).getAllByRole('cell')[1];
    expect(seats()).toHaveTextContent(/^5/);
    await user.clear(
      within(row('Microsoft 365 Business Basic')).getByLabelText('New seat count for Microsoft 365 Business Basic'),
    );
    await user.type(
      within(row('Microsoft 365 Business Basic')).getByLabelText('New seat count for Microsoft 365 Business Basic'),
      '12',
    );
    const button = within(row('Microsoft 365 Business Basic')).getByRole('button', {
      name: 'Change seats of Microsoft 365 Business Basic',
    });
    await user.click(button);
    await screen.findByText('Seats of Microsoft 365 Business Basic changed to 12.');
    await waitFor(() => expect(seats()).toHaveTextContent(/^12/));
    expect(button).toHaveFocus();
    expect(screen.getByRole('table', { name: 'Subscriptions of Contoso Pharmaceuticals' })).toBeInTheDocument();
  });

  it('shows the documented 6001 when a monthly term would be billed annually, and Dismiss returns focus to the page heading', async () => {
    const { user, row } = await openSubscriptionsOf('Contoso Pharmaceuticals');
    await user.selectOptions(within(row('Microsoft 365 Business Basic')).getByLabelText(/New billing cycle/), 'annual');
    await user.click(within(row('Microsoft 365 Business Basic')).getByRole('button', { name: /Change billing cycle/ }));
    await expectAlert(
      "The billing cycle couldn't be changed because one of the order's Offer IDs doesn't support the billing term",
    );
    expect(
      screen.getByRole('region', { name: /^Error: ?The billing cycle couldn't be changed.* 400 BadRequest.*6001/ }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Subscriptions' })).toHaveFocus();
  });

  it('migrates a subscription to New Commerce and follows it until it completes', async () => {
    const { user, row } = await openSubscriptionsOf('Contoso Pharmaceuticals');
    await user.click(
      within(row('Microsoft 365 Business Basic')).getByRole('button', {
        name: 'Migrate to New Commerce Microsoft 365 Business Basic',
      }),
    );
    expect(
      await screen.findByText(
        /^Migration [0-9a-f-]{36} of Microsoft 365 Business Basic to New Commerce is processing\.$/,
      ),
    ).toHaveAttribute('role', 'status');
    expect(
      await screen.findByText(
        /^Migration of Microsoft 365 Business Basic to New Commerce completed\. New subscription [0-9a-f-]{36}\.$/,
        {},
        { timeout: 4_000 },
      ),
    ).toBeInTheDocument();
    expect(sent.filter((request) => /^GET .*\/migrations\/newcommerce\//.test(request)).length).toBeGreaterThanOrEqual(
      1,
    );
  });

  it('stops following a migration when a read fails, logs it once, and Retry follows it to the end', async () => {
    const { user, row } = await openSubscriptionsOf('Contoso Pharmaceuticals');
    await user.click(within(row('Microsoft 365 E3')).getByRole('button', { name: /^Migrate to New Commerce/ }));
    await screen.findByText(/^Migration [0-9a-f-]{36} of Microsoft 365 E3 to New Commerce is processing\.$/);
    await user.selectOptions(screen.getByLabelText('Sandbox scenario'), 'service-unavailable');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Service unavailable'), { timeout: 3_000 });
    const polls = () => sent.filter((request) => /^GET .*\/migrations\/newcommerce\//.test(request)).length;
    const failedPolls = polls();
    await new Promise((resolve) => setTimeout(resolve, 2_200));
    expect(polls(), 'no polling while the read has failed').toBe(failedPolls);
    expect(screen.getByRole('link', { name: /Error log/ })).toHaveAccessibleName(/, 1 errors$/);
    await user.selectOptions(screen.getByLabelText('Sandbox scenario'), 'happy-path');
    const retry = screen.getByRole('button', { name: 'Retry' });
    await waitFor(() => expect(retry).not.toHaveAttribute('aria-disabled', 'true'), { timeout: 3_000 });
    await user.click(retry);
    expect(
      await screen.findByText(
        /^Migration of Microsoft 365 E3 to New Commerce completed\. New subscription [0-9a-f-]{36}\.$/,
      ),
    ).toBeInTheDocument();
  });

  it('shows why a suspended subscription cannot migrate (900215)', async () => {
    const { user, row } = await openSubscriptionsOf('Tailspin Toys');
    await user.click(within(row('Microsoft 365 E3')).getByRole('button', { name: /^Migrate to New Commerce/ }));
    await expectAlert(/Subscription [0-9a-f-]{36} can't be migrated to New Commerce because the status isn't active\./);
  });
});

describe('Cart checkout', () => {
  it('after a dropped cart creation, Retry creates the cart and goes on to place the order; focus moves to the status line', async () => {
    const user = openPortal('#/checkout');
    await screen.findByRole('option', { name: 'Contoso Pharmaceuticals' });
    await user.click(screen.getByRole('button', { name: 'Add to cart' }));
    await user.selectOptions(screen.getByLabelText('Sandbox scenario'), 'network-drop');
    await user.click(screen.getByRole('button', { name: 'Create cart and check out' }));
    await expectAlert('No response from Partner Center');
    await user.selectOptions(screen.getByLabelText('Sandbox scenario'), 'happy-path');
    // Retry waits out Retry-After (1 s here).
    const retry = screen.getByRole('button', { name: 'Retry' });
    await waitFor(() => expect(retry).not.toHaveAttribute('aria-disabled', 'true'), { timeout: 3_000 });
    await user.click(retry);
    expect(await screen.findByText(/^Order [0-9a-f-]{36} placed\.$/)).toHaveAttribute('role', 'status');
    expect(screen.getByText(/^Cart [0-9a-f-]{36} created\.$/)).toHaveFocus();
    expect(
      sent.filter((request) => request.startsWith('POST')).map((request) => request.replace(/[0-9a-f-]{36}/g, 'ID')),
    ).toEqual([
      'POST /v1/customers/ID/carts',
      'POST /v1/customers/ID/carts',
      'POST /v1/customers/ID/carts/ID/checkout',
    ]);
  });

  it('refuses annual billing of a one-month term with the documented 900270', async () => {
    const user = openPortal('#/checkout');
    await screen.findByRole('option', { name: 'Contoso Pharmaceuticals' });
    await user.selectOptions(screen.getByLabelText('Billing cycle'), 'annual');
    await user.click(screen.getByRole('button', { name: 'Add to cart' }));
    await user.click(screen.getByRole('button', { name: 'Create cart and check out' }));
    await expectAlert("The billing cycle can't be longer than the term.");
  });

  it('shows a partial success: what was ordered, and each item or order group that was not, and why', async () => {
    const user = openPortal('#/checkout');
    await screen.findByRole('option', { name: 'Contoso Pharmaceuticals' });
    const addLine = async (product: string, billing: string, term: string) => {
      await user.selectOptions(screen.getByLabelText('Product'), product);
      await user.selectOptions(screen.getByLabelText('Term'), term);
      await user.selectOptions(screen.getByLabelText('Billing cycle'), billing);
      await user.click(screen.getByRole('button', { name: 'Add to cart' }));
    };
    await addLine('Microsoft 365 E3', 'Monthly', '1 month');
    await addLine('Microsoft 365 Business Basic', 'Monthly', '1 month');
    await addLine('Microsoft 365 E3', 'Annual', '1 year');
    expect(within(screen.getByRole('table', { name: 'Cart' })).getAllByRole('row')).toHaveLength(4);
    await user.selectOptions(screen.getByLabelText('Sandbox scenario'), 'partial-checkout');
    await user.click(screen.getByRole('button', { name: 'Create cart and check out' }));
    const outcome = await screen.findByRole('region', { name: 'Order result' });
    // The summary is said a frame after the outcome appears, so that it is announced.
    await waitFor(() =>
      expect(within(outcome).getByRole('status')).toHaveTextContent('1 of 3 items ordered; 2 need attention.'),
    );
    const failed = within(outcome).getByRole('list', { name: 'Not ordered' });
    expect(
      within(failed).getByRole('heading', { name: 'Microsoft 365 E3 × 5, monthly billing, 1 month' }),
    ).toBeVisible();
    expect(within(failed).getByRole('heading', { name: 'Order group 1' })).toBeVisible();
    expect(failed).toHaveTextContent(/Inventory/);
    expect(failed).toHaveTextContent(/limit/);
    expect(within(outcome).getByRole('list', { name: 'Ordered' })).toHaveTextContent(
      'Microsoft 365 Business Basic × 5, monthly billing, 1 month',
    );
    expect(screen.getByText(/^Order [0-9a-f-]{36} placed\.$/)).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('table', { name: 'Cart' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Error log/ })).toHaveAccessibleName(/2 errors/);
  });
});

describe('Skip link', () => {
  it('moves focus into the main content and stays on the page', async () => {
    const user = openPortal('#/inspector');
    await user.click(screen.getByRole('link', { name: 'Skip to content' }));
    expect(screen.getByRole('main')).toHaveFocus();
    expect(window.location.hash).toBe('#/inspector');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Inspector');
  });
});

describe('Inspector', () => {
  it('renders its example, a documented 409 800060, with the problem details in a named region', async () => {
    const user = openPortal('#/inspector');
    await user.click(screen.getByRole('button', { name: 'Paste an example' }));
    expect(
      await screen.findByRole('region', { name: /^Error: ?Your order is in progress.*409 Conflict.*800060/ }),
    ).toBeInTheDocument();
    const details = JSON.parse(
      screen.getByRole('region', { name: 'Problem details (RFC 9457)' }).textContent,
    ) as Record<string, unknown>;
    expect(details).toMatchObject({ status: 409, code: '800060', retryAfterSeconds: 30 });
  });
});

describe('The shell', () => {
  it('switches Fluent UI and our tokens to the chosen theme together', async () => {
    const user = openPortal('#/customers');
    await screen.findByRole('table', { name: 'Customers' });
    // FluentProvider declares its theme's variables in a style rule for its element; fluent.css reads them there.
    const providerRules = () =>
      [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    expect(providerRules()).toContain(`--colorBrandForegroundLink: ${webLightTheme.colorBrandForegroundLink}`);
    await user.selectOptions(screen.getByLabelText('Theme'), 'high-contrast');
    expect(document.documentElement).toHaveAttribute('data-pce-theme', 'high-contrast');
    expect(providerRules()).toContain(`--colorBrandForegroundLink: ${teamsHighContrastTheme.colorBrandForegroundLink}`);
    expect(screen.getByRole('navigation', { name: 'Portal' }).querySelector('[aria-current="page"]')).toHaveTextContent(
      'Customers',
    );
  });

  it('renders a failed first load with the error boundary, and Retry loads the page', async () => {
    const user = openPortal('#/transfers');
    await screen.findByRole('table', { name: 'Transfers' });
    await user.selectOptions(screen.getByLabelText('Sandbox scenario'), 'service-unavailable');
    await user.selectOptions(screen.getByLabelText('Customer'), screen.getByRole('option', { name: 'Tailspin Toys' }));
    await expectAlert('Service unavailable');
    expect(screen.queryByRole('table', { name: 'Transfers' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Error log/ })).toHaveAccessibleName(/1 errors/);
    await user.selectOptions(screen.getByLabelText('Sandbox scenario'), 'happy-path');
    // Retry waits out Retry-After (1 s here).
    const retry = screen.getByRole('button', { name: 'Retry' });
    await waitFor(() => expect(retry).not.toHaveAttribute('aria-disabled', 'true'), { timeout: 3_000 });
    await user.click(retry);
    expect(await screen.findByRole('table', { name: 'Transfers' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText(/transfers of this customer\.$/)).toHaveFocus();
  });
});
