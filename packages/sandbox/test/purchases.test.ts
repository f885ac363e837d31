// Purchases that partly fail, the token endpoint, and MS-RequestId as an idempotency key.
import { parseCartErrors, parseCheckoutResult, parseErrorResponse, readErrorResponse } from '@pc-errors/error-catalog';
import { describe, expect, it } from 'vitest';
import { IDENTITY_BASE_URL, type Cart, type CartCheckoutResult, type Customer, type ScenarioName } from '../src';
import { call, customers, json, subscriptionsOf, useSandbox } from './helpers';

useSandbox({ slowMs: 200 });

const line = (catalogItemId: string, billingCycle: 'monthly' | 'annual', quantity = 2) => ({
  catalogItemId,
  quantity,
  billingCycle,
  termDuration: billingCycle === 'annual' ? 'P1Y' : 'P1M',
});
const TEAMS = 'CFQ7TTC0LHSF:0001:CFQ7TTC0K5DM';
const BASIC = 'CFQ7TTC0LH18:0001:CFQ7TTC0K5BF';
const E3 = 'CFQ7TTC0LDPB:0001:CFQ7TTC0KDPG';

async function customerIn(country: string): Promise<Customer> {
  return (await customers()).find((customer) => customer.billingProfile.defaultAddress.country === country)!;
}
async function createCart(customer: Customer, lineItems: unknown[], scenario?: ScenarioName) {
  const response = await call(`/customers/${customer.id}/carts`, { method: 'POST', body: { lineItems }, scenario });
  expect(response.status).toBe(201);
  return { response, cart: (await response.clone().json()) as Cart };
}
const checkout = (customer: Customer, cart: Cart, scenario?: ScenarioName) =>
  call(`/customers/${customer.id}/carts/${cart.id}/checkout`, { method: 'POST', scenario });

describe('a cart whose line items partly fail', () => {
  it("keeps an item the customer's market cannot buy in the cart, with its error, and orders the rest", async () => {
    const customer = await customerIn('IN');
    const { response, cart } = await createCart(customer, [line(BASIC, 'monthly'), line(TEAMS, 'monthly')]);
    expect(cart.lineItems.map((item) => [item.orderGroup, item.error?.errorCode])).toEqual([
      ['0', undefined],
      ['0', 10003],
    ]);
    const [failed, ...rest] = parseCartErrors(cart, { status: response.status, headers: response.headers });
    expect(rest).toEqual([]);
    expect(failed).toMatchObject({ lineItem: { lineItemId: 1, orderGroupId: '0' }, code: '10003', httpStatus: 201 });
    expect(failed?.description).toBe("Inventory isn't available for the selected offer in the customer's market (IN).");
    expect(failed?.correlationId).toBe(response.headers.get('MS-CorrelationId'));

    const result = await json<CartCheckoutResult>(await checkout(customer, cart));
    expect(result.orderErrors).toEqual([]);
    expect(result.orders.map((order) => order.lineItems.map((item) => item.offerId))).toEqual([['CFQ7TTC0LH18:0001']]);
  });

  it('sells the same item to a customer in another market', async () => {
    const { cart } = await createCart(await customerIn('US'), [line(TEAMS, 'monthly')]);
    expect(cart.lineItems[0]?.error).toBeUndefined();
  });

  it('partial-checkout: the first item has no inventory, one order group exceeds a limit, the others are ordered', async () => {
    const customer = await customerIn('US');
    const before = (await subscriptionsOf(customer.id)).length;
    const { cart } = await createCart(
      customer,
      [line(BASIC, 'monthly'), line(E3, 'annual', 3), line(BASIC, 'monthly', 4), line(E3, 'annual', 1)],
      'partial-checkout',
    );
    expect(cart.lineItems.map((item) => [item.orderGroup, item.error?.errorCode])).toEqual([
      ['0', 10003],
      ['1', undefined],
      ['0', undefined],
      ['1', undefined],
    ]);
    const response = await checkout(customer, cart, 'partial-checkout');
    expect(response.status).toBe(201);
    const result = (await response.clone().json()) as CartCheckoutResult;
    expect(result.orders.map((order) => [order.billingCycle, order.lineItems.map((item) => item.quantity)])).toEqual([
      ['monthly', [4]],
    ]);
    expect(result.orderErrors).toEqual([
      {
        orderGroupId: '1',
        code: 800089,
        description:
          'For the current term, the requested number of 4 asset(s) exceeded the remaining limit of 0 assets allowed per customer.',
      },
    ]);
    expect((await subscriptionsOf(customer.id)).length).toBe(before + 1);

    const [limit] = parseCheckoutResult(result, { status: 201, headers: response.headers });
    expect(limit).toMatchObject({ lineItem: { orderGroupId: '1' }, category: 'limit', httpStatus: 201 });
    expect(limit?.entry?.id).toBe('403-800089');
    const summary = await readErrorResponse(response);
    expect(summary.title).toBe('1 of 2 order groups failed');
  });

  it('a group of only failed items fails with their error', async () => {
    const customer = await customerIn('IN');
    const { cart } = await createCart(customer, [line(TEAMS, 'monthly'), line(E3, 'annual')]);
    const result = await json<CartCheckoutResult>(await checkout(customer, cart));
    expect(result.orderErrors.map((error) => [error.orderGroupId, error.code])).toEqual([['0', 10003]]);
    expect(result.orders.map((order) => order.billingCycle)).toEqual(['annual']);
  });
});

describe('the identity platform token endpoint', () => {
  const token = (form: Record<string, string>, scenario?: ScenarioName) =>
    fetch(`${IDENTITY_BASE_URL}/contoso.onmicrosoft.com/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...(scenario && { 'x-pce-scenario': scenario }) },
      body: new URLSearchParams(form),
    });

  it('issues a token', async () => {
    const response = await token({ grant_type: 'client_credentials', client_id: 'app', client_secret: 's' });
    expect(await response.json()).toMatchObject({ token_type: 'Bearer', expires_in: 3599 });
  });

  it.each([
    [
      'an expired refresh token',
      { grant_type: 'refresh_token', refresh_token: 'expired' },
      undefined,
      400,
      'AADSTS700082',
    ],
    [
      'a wrong client secret',
      { grant_type: 'client_credentials', client_secret: 'wrong' },
      undefined,
      401,
      'AADSTS7000215',
    ],
    [
      'any request in sign-in-expired',
      { grant_type: 'refresh_token' },
      'sign-in-expired' as const,
      400,
      'AADSTS700082',
    ],
  ])(
    'answers %s with an OAuth error the parser reads as authentication',
    async (_name, form, scenario, status, code) => {
      const error = await readErrorResponse(await token(form, scenario));
      expect(error).toMatchObject({ httpStatus: status, code, category: 'authentication' });
      expect(error.entry?.code).toBe(code);
      expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(error.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    },
  );

  it('sign-in-expired: Partner Center calls get 401 with the realm', async () => {
    const error = await readErrorResponse(await call('/customers', { scenario: 'sign-in-expired' }));
    expect(error).toMatchObject({ httpStatus: 401, code: '800001', category: 'authentication' });
    expect(error.authenticateRealm).toMatch(/^urn:cpsvc:cpid:/);
  });
});

describe('MS-RequestId as an idempotency key', () => {
  it('a retry after a timeout, with the same MS-RequestId, gets the first answer and buys nothing twice', async () => {
    const customer = await customerIn('US');
    const { cart } = await createCart(customer, [line(BASIC, 'monthly')]);
    const path = `/customers/${customer.id}/carts/${cart.id}/checkout`;
    const timedOut = await fetch(`https://api.partnercenter.microsoft.com/v1${path}`, {
      method: 'POST',
      headers: { Authorization: 'Bearer t', 'MS-RequestId': 'checkout-1', 'x-pce-scenario': 'slow' },
      signal: AbortSignal.timeout(20),
    }).catch((cause: unknown) => cause);
    expect(timedOut).toBeInstanceOf(Error);
    const retried = await json<CartCheckoutResult>(await call(path, { method: 'POST', requestId: 'checkout-1' }));
    const again = await json<CartCheckoutResult>(await call(path, { method: 'POST', requestId: 'checkout-1' }));
    expect(again.orders[0]?.id).toBe(retried.orders[0]?.id);
    const orders = await json<{ items: { id: string }[] }>(await call(`/customers/${customer.id}/orders`));
    expect(orders.items.filter((order) => order.id === retried.orders[0]?.id)).toHaveLength(1);
    const fresh = parseErrorResponse({ status: 400, body: await (await checkout(customer, cart)).json() });
    expect(fresh.code, 'a new MS-RequestId is a new call: the cart is already ordered').toBe('800065');
  });
});
