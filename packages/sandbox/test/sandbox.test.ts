import { networkError, readErrorResponse } from '@pc-errors/error-catalog';
import { describe, expect, it } from 'vitest';
import {
  createHandlers,
  PARTNER_CENTER_BASE_URL,
  scenarios,
  type Collection,
  type Customer,
  type Order,
  type ScenarioName,
  type Subscription,
} from '../src';
import { call, expectDocumented, failure, firstCustomer, json, subscriptionsOf, useSandbox } from './helpers';

const server = useSandbox();

describe('the happy path', () => {
  it('lists customers and their subscriptions, with trace headers', async () => {
    const response = await call('/customers', { requestId: 'req-1' });
    expect(response.headers.get('MS-RequestId')).toBe('req-1');
    expect(response.headers.get('MS-CorrelationId')).toMatch(/^[0-9a-f-]{36}$/);
    const customers = await json<Collection<Customer>>(response);
    expect(customers.totalCount).toBe(5);
    expect(customers.items[0]!.companyProfile.companyName).toBe('Contoso Pharmaceuticals');
    expect((await subscriptionsOf(customers.items[0]!.id)).length).toBeGreaterThanOrEqual(2);
  });

  it('is deterministic: a fresh sandbox answers with the same IDs', async () => {
    const first = (await firstCustomer()).id;
    server.resetHandlers(...createHandlers());
    expect((await firstCustomer()).id).toBe(first);
  });

  it('changes seats and a GET shows the new quantity', async () => {
    const customer = await firstCustomer();
    const [subscription] = await subscriptionsOf(customer.id);
    const path = `/customers/${customer.id}/subscriptions/${subscription!.id}`;
    const updated = await json<Subscription>(
      await call(path, { method: 'PATCH', body: { quantity: subscription!.quantity + 3 } }),
    );
    expect(updated.quantity).toBe(subscription!.quantity + 3);
    expect((await json<Subscription>(await call(path))).quantity).toBe(subscription!.quantity + 3);
  });

  it('suspends and reactivates a subscription', async () => {
    const customer = await firstCustomer();
    const [subscription] = await subscriptionsOf(customer.id);
    const path = `/customers/${customer.id}/subscriptions/${subscription!.id}`;
    expect(
      (await json<Subscription>(await call(path, { method: 'PATCH', body: { status: 'suspended' } }))).status,
    ).toBe('suspended');
    expect((await json<Subscription>(await call(path, { method: 'PATCH', body: { status: 'active' } }))).status).toBe(
      'active',
    );
  });

  it('creates a cart, checks it out, and the order and its subscription appear; a second checkout is the documented 800065', async () => {
    const customer = await firstCustomer();
    const before = await subscriptionsOf(customer.id);
    const cart = await json<{ id: string }>(
      await call(`/customers/${customer.id}/carts`, {
        method: 'POST',
        body: {
          lineItems: [
            {
              catalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K5BF',
              quantity: 3,
              billingCycle: 'monthly',
              termDuration: 'P1M',
            },
          ],
        },
      }),
    );
    const placed = await json<{ orders: Order[] }>(
      await call(`/customers/${customer.id}/carts/${cart.id}/checkout`, { method: 'POST', body: {} }),
    );
    const order = placed.orders[0]!;
    const orders = await json<Collection<{ id: string }>>(await call(`/customers/${customer.id}/orders`));
    expect(orders.items.map((item) => item.id)).toContain(order.id);
    expect((await json<Order>(await call(`/customers/${customer.id}/orders/${order.id}`))).lineItems).toEqual(
      order.lineItems,
    );
    const bought = (await subscriptionsOf(customer.id)).find(
      (subscription) => subscription.id === order.lineItems[0]!.subscriptionId,
    );
    expect(bought).toMatchObject({
      offerName: 'Microsoft 365 Business Basic',
      quantity: 3,
      orderId: order.id,
      status: 'active',
    });
    expect((await subscriptionsOf(customer.id)).length).toBe(before.length + 1);
    const again = await failure(
      await call(`/customers/${customer.id}/carts/${cart.id}/checkout`, { method: 'POST', body: {} }),
    );
    expectDocumented(again, 400, '800065');
    expect(again.description).toBe(`can't check out an already submitted cart ${cart.id}.`);
  });

  it('places one order per billing cycle of the cart', async () => {
    const customer = await firstCustomer();
    const cart = await json<{ id: string }>(
      await call(`/customers/${customer.id}/carts`, {
        method: 'POST',
        body: {
          lineItems: [
            {
              catalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K5BF',
              quantity: 3,
              billingCycle: 'monthly',
              termDuration: 'P1M',
            },
            {
              catalogItemId: 'CFQ7TTC0LDPB:0001:CFQ7TTC0KDPG',
              quantity: 2,
              billingCycle: 'annual',
              termDuration: 'P1Y',
            },
          ],
        },
      }),
    );
    const placed = await json<{ orders: Order[] }>(
      await call(`/customers/${customer.id}/carts/${cart.id}/checkout`, { method: 'POST' }),
    );
    expect(placed.orders.map((order) => [order.billingCycle, order.lineItems.length])).toEqual([
      ['monthly', 1],
      ['annual', 1],
    ]);
  });

  it('requests a transfer and lists it', async () => {
    const customer = await firstCustomer();
    const transfer = await json<{ id: string }>(
      await call(`/customers/${customer.id}/transfers`, {
        method: 'POST',
        body: { sourcePartnerDomain: 'fabrikam.onmicrosoft.com' },
      }),
    );
    const list = await json<Collection<{ id: string }>>(await call(`/customers/${customer.id}/transfers`));
    expect(list.items.map((item) => item.id)).toContain(transfer.id);
  });
});

describe('the documented rules, in every scenario', () => {
  async function patchFirst(body: unknown, customerIndex = 0, subscriptionIndex = 0) {
    const customers = (await json<Collection<Customer>>(await call('/customers'))).items;
    const customer = customers[customerIndex]!;
    const subscription = (await subscriptionsOf(customer.id))[subscriptionIndex]!;
    return {
      subscription,
      response: await call(`/customers/${customer.id}/subscriptions/${subscription.id}`, { method: 'PATCH', body }),
    };
  }

  it.each([
    ['a quantity of 0', { quantity: 0 }, '2002'],
    ['a quantity of 301', { quantity: 301 }, '2002'],
    ['a billing-cycle change (use update-Order)', { billingCycle: 'annual' }, '2054'],
    ['an unknown status', { status: 'paused' }, '800002'],
  ])('rejects %s with the documented 400', async (_name, body, code) => {
    expectDocumented(await failure((await patchFirst(body)).response), 400, code);
  });

  it('does not decrease seats of an annual subscription (800090)', async () => {
    const { subscription, response } = await patchFirst({ quantity: 1 }, 0, 1);
    expect(subscription.billingCycle).toBe('annual');
    expectDocumented(await failure(response), 400, '800090');
  });

  it('does not change seats of a suspended subscription (800091)', async () => {
    const { subscription, response } = await patchFirst({ quantity: 9 }, 3, 1);
    expect(subscription.status).toBe('suspended');
    expectDocumented(await failure(response), 400, '800091');
  });

  it('answers unknown IDs with the documented 404s, placeholders filled', async () => {
    const customer = await firstCustomer();
    const error = await failure(await call(`/customers/${customer.id}/subscriptions/nope-1`));
    expectDocumented(error, 404, '20003');
    expect(error.description).toBe('Subscription with ID nope-1 not found.');
    expectDocumented(await failure(await call(`/customers/${customer.id}/orders/nope`)), 404, '20000');
    expectDocumented(await failure(await call('/customers/nope/subscriptions')), 404, '60003');
  });

  it.each([
    ['an empty cart', [], ['800002']],
    ['an unknown offer', [{ catalogItemId: 'NOPE', quantity: 1 }], ['800004']],
    [
      '0 seats on the second line item',
      [
        { catalogItemId: 'CFQ7TTC0LH18:0001', quantity: 1 },
        { catalogItemId: 'CFQ7TTC0LH18:0001', quantity: 0 },
      ],
      ['900275', "The requested quantity for line item 1 isn't within the allowed quantity for this offer."],
    ],
    [
      'an unknown billing cycle',
      [{ catalogItemId: 'CFQ7TTC0LH18:0001', quantity: 1, billingCycle: 'weekly' }],
      ['900269'],
    ],
    ['an unknown term', [{ catalogItemId: 'CFQ7TTC0LH18:0001', quantity: 1, termDuration: 'P2W' }], ['800121']],
    [
      'annual billing of a monthly term',
      [{ catalogItemId: 'CFQ7TTC0LH18:0001', quantity: 1, billingCycle: 'annual', termDuration: 'P1M' }],
      ['900270'],
    ],
  ])('rejects a cart with %s', async (_name, lineItems, [code, description]) => {
    const customer = await firstCustomer();
    const error = await failure(await call(`/customers/${customer.id}/carts`, { method: 'POST', body: { lineItems } }));
    expectDocumented(error, 400, code!);
    if (description) expect(error.description).toBe(description);
  });

  it('allows one transfer in progress per customer: a second names the first (900101)', async () => {
    const customer = await firstCustomer();
    const path = `/customers/${customer.id}/transfers`;
    const first = await json<{ id: string }>(
      await call(path, { method: 'POST', body: { sourcePartnerDomain: 'a.onmicrosoft.com' } }),
    );
    const second = await failure(
      await call(path, { method: 'POST', body: { sourcePartnerDomain: 'b.onmicrosoft.com' } }),
    );
    expectDocumented(second, 409, '900101');
    expect(second.description).toBe(`This transfer isn't allowed as original transfer ${first.id} is in progress`);
  });

  it('requires the source partner of a transfer (900136)', async () => {
    const customer = await firstCustomer();
    expectDocumented(
      await failure(
        await call(`/customers/${customer.id}/transfers`, { method: 'POST', body: { transferType: 'NewCommerce' } }),
      ),
      400,
      '900136',
    );
  });

  it('answers a call without a bearer token with 401 and the realm', async () => {
    const error = await failure(await call('/customers', { token: null }));
    expectDocumented(error, 401, '800001');
    expect(error.authenticateRealm).toMatch(/^urn:cpsvc:cpid:[0-9a-f-]{36}$/);
  });
});

describe('scenarios', () => {
  it('offers a labelled, described scenario for each kind of failure', () => {
    expect(scenarios.map((scenario) => scenario.name)).toEqual([
      'happy-path',
      'validation',
      'unauthorized',
      'forbidden',
      'not-found',
      'conflict-in-progress',
      'throttled',
      'throttled-no-retry-after',
      'partial-checkout',
      'sign-in-expired',
      'gateway-html',
      'service-unavailable',
      'network-drop',
      'slow',
    ]);
    for (const scenario of scenarios) expect(scenario.label && scenario.description).toBeTruthy();
  });

  it('is picked by ?scenario= as well as by the header', async () => {
    const response = await fetch(`${PARTNER_CENTER_BASE_URL}/customers?scenario=forbidden`, {
      headers: { Authorization: 'Bearer t' },
    });
    expectDocumented(await failure(response), 403, '900150');
  });

  it('falls back to the default scenario of the sandbox', async () => {
    server.resetHandlers(...createHandlers({ scenario: 'forbidden' }));
    expect((await call('/customers')).status).toBe(403);
  });

  const writes: [string, string, (customer: string, subscription: Subscription) => Promise<[string, unknown]>][] = [
    [
      'PATCH subscription',
      'PATCH',
      async (customer, subscription) => [`/customers/${customer}/subscriptions/${subscription.id}`, { quantity: 40 }],
    ],
    [
      'POST cart',
      'POST',
      async (customer) => [
        `/customers/${customer}/carts`,
        { lineItems: [{ catalogItemId: 'CFQ7TTC0LH18:0001', quantity: 1 }] },
      ],
    ],
    [
      'POST checkout',
      'POST',
      async (customer) => {
        const cart = await json<{ id: string }>(
          await call(`/customers/${customer}/carts`, {
            method: 'POST',
            body: { lineItems: [{ catalogItemId: 'CFQ7TTC0LH18:0001', quantity: 1 }] },
          }),
        );
        return [`/customers/${customer}/carts/${cart.id}/checkout`, undefined];
      },
    ],
    [
      'PATCH order',
      'PATCH',
      async (customer, subscription) => [
        `/customers/${customer}/orders/${subscription.orderId}`,
        { billingCycle: 'monthly', lineItems: [{ lineItemNumber: 0, subscriptionId: subscription.id }] },
      ],
    ],
    [
      'POST transfer',
      'POST',
      async (customer) => [`/customers/${customer}/transfers`, { sourcePartnerDomain: 'x.onmicrosoft.com' }],
    ],
    [
      'POST migration',
      'POST',
      async (customer, subscription) => [
        `/customers/${customer}/migrations/newcommerce`,
        { currentSubscriptionId: subscription.id },
      ],
    ],
  ];
  // What each write answers; a placeholder value comes from the request ({cart}, {subscription}) or from the answer itself ({transfer}).
  const expected: Record<string, Partial<Record<ScenarioName, [number, string, string?]>>> = {
    'PATCH subscription': { validation: [400, '2002'], 'conflict-in-progress': [409, '900278'] },
    'POST cart': {
      validation: [
        400,
        '900275',
        "The requested quantity for line item 0 isn't within the allowed quantity for this offer.",
      ],
    },
    'POST checkout': {
      validation: [400, '4018'],
      'conflict-in-progress': [409, '800064', 'Cart {cart} is being processed by another request'],
    },
    'PATCH order': { validation: [400, '6001'], 'conflict-in-progress': [409, '800014'] },
    'POST transfer': {
      validation: [400, '900136'],
      'conflict-in-progress': [
        409,
        '900101',
        "This transfer isn't allowed as original transfer {transfer} is in progress",
      ],
    },
    'POST migration': {
      validation: [
        400,
        '900218',
        "Subscription {subscription} can't be migrated to New Commerce because it has promotions applied to it.",
      ],
      'conflict-in-progress': [409, '900278'],
    },
  };

  describe.each(writes)('%s', (name, method, target) => {
    async function send(scenario: ScenarioName, requestId: string = crypto.randomUUID()) {
      const customer = await firstCustomer();
      const subscription = (await subscriptionsOf(customer.id))[1]!;
      const [path, body] = await target(customer.id, subscription);
      return { subscription, path, response: await call(path, { method, body, scenario, requestId }) };
    }

    it.each(['validation', 'conflict-in-progress'] as const)(
      'answers the documented error in the %s scenario, naming what the request named',
      async (scenario) => {
        const want = expected[name]![scenario];
        const { subscription, path, response } = await send(scenario);
        if (!want) {
          expect(response.ok, `${name} has no documented ${scenario} error, so it goes through`).toBe(true);
          return;
        }
        const [status, code, description] = want;
        const error = await failure(response);
        expectDocumented(error, status, code);
        if (!description) return;
        const transfer = /transfer ([0-9a-f-]{36})/.exec(error.description)?.[1] ?? '';
        const cart = /carts\/([^/]+)\/checkout/.exec(path)?.[1] ?? '';
        expect(error.description).toBe(
          description
            .replace('{subscription}', subscription.id)
            .replace('{cart}', cart)
            .replace('{transfer}', transfer),
        );
        if (name === 'POST transfer') {
          const retried = await json<{ id: string }>(
            await call(path, {
              method,
              body: { sourcePartnerDomain: 'x.onmicrosoft.com' },
              scenario,
              requestId: error.requestId,
            }),
          );
          expect(retried.id, 'the transfer the 409 named is the one the retry completes').toBe(transfer);
        }
      },
    );

    if (expected[name]!['conflict-in-progress'])
      it('in progress: the retry, with a new MS-RequestId as after any answer, succeeds; the next write is refused again', async () => {
        const customer = await firstCustomer();
        const [path, body] = await target(customer.id, (await subscriptionsOf(customer.id))[1]!);
        const send = (requestId: string) => call(path, { method, body, scenario: 'conflict-in-progress', requestId });
        expect((await send('first-1')).status).toBe(409);
        expect((await send('retry-2')).ok).toBe(true);
        expect((await send('next-3')).status).toBe(409);
      });

    it.each([
      ['unauthorized', 401, '800001'],
      ['forbidden', 403, '900150'],
    ] as const)('answers the %s scenario with the documented %i', async (scenario, status, code) => {
      expectDocumented(await failure((await send(scenario)).response), status, code);
    });
  });

  it.each([
    ['/customers', '1000'],
    ['/customers/x/subscriptions/sub-9', '20003'],
    ['/customers/x/orders', '20000'],
    ['/customers/x/transfers', '900100'],
  ])('not-found: GET %s answers the documented 404 %s', async (path, code) => {
    expectDocumented(await failure(await call(path, { scenario: 'not-found' })), 404, code);
  });

  it('reads succeed in the validation and conflict scenarios', async () => {
    expect((await call('/customers', { scenario: 'validation' })).ok).toBe(true);
    expect((await call('/customers', { scenario: 'conflict-in-progress' })).ok).toBe(true);
  });

  it('throttled: 429 with Retry-After, per client; a call after the wait succeeds, whatever its MS-RequestId', async () => {
    const first = await failure(await call('/customers', { scenario: 'throttled' }));
    expect(first).toMatchObject({ httpStatus: 429, retryAfterSeconds: 1, retryAfterSource: 'header', retryable: true });
    expect(first.description).toBe('Rate limit is exceeded. Try again in 1 seconds.');
    expect((await call('/customers', { scenario: 'throttled' })).status).toBe(429);
    expect((await call('/customers', { scenario: 'throttled', token: 'another-client' })).status).toBe(429);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await call('/customers', { scenario: 'throttled' })).ok).toBe(true);
  });

  it('throttled-no-retry-after: the wait is only in the text, and the parser reads it from there', async () => {
    const response = await call('/customers', { scenario: 'throttled-no-retry-after' });
    expect(response.headers.get('Retry-After')).toBeNull();
    const error = await failure(response);
    expect(error).toMatchObject({ httpStatus: 429, retryAfterSeconds: 1, retryAfterSource: 'body', category: 'limit' });
  });

  it('gateway-html: a 502 HTML page, read as a clear error', async () => {
    const response = await call('/customers', { scenario: 'gateway-html' });
    expect(response.headers.get('Content-Type')).toBe('text/html');
    const error = await readErrorResponse(response);
    expect(error.httpStatus).toBe(502);
    expect(error.description).toContain('HTML page ("502 Bad Gateway")');
    expect(error.retryable).toBe(true);
  });

  it('service-unavailable: an empty 503 with Retry-After', async () => {
    const response = await call('/customers', { scenario: 'service-unavailable' });
    expect(await response.clone().text()).toBe('');
    const error = await readErrorResponse(response);
    expect(error).toMatchObject({ httpStatus: 503, retryAfterSeconds: 1, retryable: true });
    expect(error.problems).toEqual([{ code: 'body-empty' }]);
  });

  it('network-drop: fetch rejects, and networkError models it', async () => {
    const cause = await call('/customers', { scenario: 'network-drop' }).catch((error: unknown) => error);
    expect(cause).toBeInstanceOf(TypeError);
    expect(networkError(cause)).toMatchObject({ httpStatus: 0, category: 'transient', retryable: true });
  });

  it('slow: answers later than a client that times out waits', async () => {
    const started = Date.now();
    const cause = await fetch(`${PARTNER_CENTER_BASE_URL}/customers`, {
      headers: { Authorization: 'Bearer t', 'x-pce-scenario': 'slow' },
      signal: AbortSignal.timeout(50),
    }).catch((error: unknown) => error);
    expect(networkError(cause).title).toBe('The request timed out');
    expect(Date.now() - started).toBeLessThan(300);
    expect((await call('/customers', { scenario: 'slow' })).ok).toBe(true);
  });
});
