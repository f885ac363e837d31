import { getEntry } from '@pc-errors/error-catalog';
import { describe, expect, it } from 'vitest';
import { createHandlers, PARTNER_CENTER_BASE_URL, scenarios, type ScenarioName } from '../src';
import { call, firstCustomer, json, subscriptionsOf, useSandbox } from './helpers';

// Every route, in every scenario and with unknown IDs: the answer is a success, a documented (code, status),
// or the fault the scenario deliberately adds. Never a 500 from an exception in a handler.
useSandbox();

interface Target {
  method: string;
  path: string;
  body?: unknown;
}
interface Ids {
  customer: string;
  subscription: string;
  order: string;
  cart: string;
  migration: string;
}

const targets = (ids: Ids): Record<string, Target> => ({
  'GET /customers': { method: 'GET', path: '/customers' },
  'GET /customers/:customerId': { method: 'GET', path: `/customers/${ids.customer}` },
  'GET /customers/:customerId/subscriptions': { method: 'GET', path: `/customers/${ids.customer}/subscriptions` },
  'GET /customers/:customerId/subscriptions/:subscriptionId': {
    method: 'GET',
    path: `/customers/${ids.customer}/subscriptions/${ids.subscription}`,
  },
  'PATCH /customers/:customerId/subscriptions/:subscriptionId': {
    method: 'PATCH',
    path: `/customers/${ids.customer}/subscriptions/${ids.subscription}`,
    body: { quantity: 30 },
  },
  'POST /customers/:customerId/carts': {
    method: 'POST',
    path: `/customers/${ids.customer}/carts`,
    body: {
      lineItems: [{ catalogItemId: 'CFQ7TTC0LH18:0001', quantity: 2, billingCycle: 'monthly', termDuration: 'P1M' }],
    },
  },
  'POST /customers/:customerId/carts/:cartId/checkout': {
    method: 'POST',
    path: `/customers/${ids.customer}/carts/${ids.cart}/checkout`,
  },
  'GET /customers/:customerId/orders': { method: 'GET', path: `/customers/${ids.customer}/orders` },
  'GET /customers/:customerId/orders/:orderId': {
    method: 'GET',
    path: `/customers/${ids.customer}/orders/${ids.order}`,
  },
  'PATCH /customers/:customerId/orders/:orderId': {
    method: 'PATCH',
    path: `/customers/${ids.customer}/orders/${ids.order}`,
    body: { billingCycle: 'monthly', lineItems: [{ lineItemNumber: 0, subscriptionId: ids.subscription }] },
  },
  'GET /customers/:customerId/transfers': { method: 'GET', path: `/customers/${ids.customer}/transfers` },
  'POST /customers/:customerId/transfers': {
    method: 'POST',
    path: `/customers/${ids.customer}/transfers`,
    body: { sourcePartnerDomain: 'x.onmicrosoft.com' },
  },
  'POST /customers/:customerId/migrations/newcommerce': {
    method: 'POST',
    path: `/customers/${ids.customer}/migrations/newcommerce`,
    body: { currentSubscriptionId: ids.subscription },
  },
  'GET /customers/:customerId/migrations/newcommerce/:migrationId': {
    method: 'GET',
    path: `/customers/${ids.customer}/migrations/newcommerce/${ids.migration}`,
  },
});

/** Real IDs: a customer's subscription (annual, so every write to it can succeed), its order, a fresh cart, a migration of another subscription. */
async function realIds(): Promise<Ids> {
  const customer = (await firstCustomer()).id;
  const [monthly, annual] = await subscriptionsOf(customer);
  const cart = await json<{ id: string }>(
    await call(`/customers/${customer}/carts`, {
      method: 'POST',
      body: { lineItems: [{ catalogItemId: 'CFQ7TTC0LH18:0001', quantity: 1 }] },
    }),
  );
  const migration = await json<{ id: string }>(
    await call(`/customers/${customer}/migrations/newcommerce`, {
      method: 'POST',
      body: { currentSubscriptionId: monthly!.id },
    }),
  );
  return { customer, subscription: annual!.id, order: annual!.orderId, cart: cart.id, migration: migration.id };
}
const unknownIds: Ids = {
  customer: 'no-customer',
  subscription: 'no-subscription',
  order: 'no-order',
  cart: 'no-cart',
  migration: 'no-migration',
};

/** What a client sees: the status, and for an error the (code, status) the catalog must document. */
async function outcome(target: Target, scenario: ScenarioName, body = target.body): Promise<string> {
  const response = await call(target.path, { method: target.method, body, scenario }).catch((error: unknown) => error);
  if (!(response instanceof Response)) return `rejected: ${String(response)}`;
  if (response.ok) return 'ok';
  if (response.status === 502 && response.headers.get('Content-Type') === 'text/html') return 'gateway page';
  if (response.status === 503 && (await response.clone().text()) === '' && response.headers.get('Retry-After'))
    return 'empty 503';
  const answer = (await response.json().catch(() => ({}))) as { code?: string; description?: string; source?: string };
  if (response.status === 429) {
    const { statusCode, message } = answer as { statusCode?: number; message?: string };
    const wait = /^Rate limit is exceeded\. Try again in \d+ seconds\.$/.test(message ?? '') && statusCode === 429;
    if (wait) return response.headers.get('Retry-After') ? 'throttled' : 'throttled, wait in the text';
  }
  const documented =
    getEntry(answer.code ?? '', response.status) !== undefined && answer.description && answer.source === 'PartnerFD';
  return documented
    ? `documented ${response.status}`
    : `undocumented ${response.status} ${JSON.stringify(answer).slice(0, 200)}`;
}

const allowed: Record<ScenarioName, RegExp> = {
  'happy-path': /^(ok|documented 4\d\d)$/,
  validation: /^(ok|documented 400)$/,
  unauthorized: /^documented 401$/,
  forbidden: /^documented 403$/,
  'not-found': /^documented 404$/,
  'conflict-in-progress': /^(ok|documented (400|409))$/,
  throttled: /^throttled$/,
  'throttled-no-retry-after': /^throttled, wait in the text$/,
  'partial-checkout': /^(ok|documented 4\d\d)$/,
  'sign-in-expired': /^documented 401$/,
  'gateway-html': /^gateway page$/,
  'service-unavailable': /^empty 503$/,
  'network-drop': /^rejected: TypeError/,
  slow: /^(ok|documented 4\d\d)$/,
};

describe('every route answers as documented', () => {
  it('the table below covers every handler of the sandbox', () => {
    const routes = createHandlers()
      .map((handler) => `${String(handler.info.method)} ${String(handler.info.path)}`)
      .filter((route) => route.includes(PARTNER_CENTER_BASE_URL))
      .map((route) => route.replace(PARTNER_CENTER_BASE_URL, ''));
    expect(Object.keys(targets(unknownIds)).sort()).toEqual(routes.sort());
  });

  it.each(scenarios.map((scenario) => scenario.name))('in the %s scenario', async (scenario) => {
    const found = Object.entries(targets(await realIds()));
    const outcomes = await Promise.all(
      found.map(async ([route, target]) => [route, await outcome(target, scenario)] as const),
    );
    for (const [route, seen] of outcomes) expect(seen, route).toMatch(allowed[scenario]);
  });

  it('with an unknown ID in each place, and with no body, an empty one or a wrong one', async () => {
    const ids = await realIds();
    const oneUnknown = (Object.keys(ids) as (keyof Ids)[]).map((key) => ({ ...ids, [key]: unknownIds[key] }));
    const variants: [Target, unknown][] = [
      ...[unknownIds, ...oneUnknown].flatMap((some) =>
        Object.values(targets(some)).map((target): [Target, unknown] => [target, target.body]),
      ),
      ...Object.values(targets(ids)).flatMap((target): [Target, unknown][] => [
        [target, undefined],
        [target, {}],
        [target, { lineItems: [null], billingCycle: 7, quantity: 'x', currentSubscriptionId: 42 }],
      ]),
    ];
    for (const [target, body] of variants)
      expect(
        await outcome(target, 'happy-path', body),
        `${target.method} ${target.path} ${JSON.stringify(body)}`,
      ).toMatch(/^(ok|documented 4\d\d)$/);
  });
});
