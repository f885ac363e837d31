import { diagnosticsText, toProblemDetails } from '@pc-errors/error-catalog';
import { createHandlers, type Collection, type Customer, type Subscription } from '@pc-errors/sandbox';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { API_BASE, callApi, type RequestSpec } from '../src/api/client';
import { isPartnerCenterRequestError } from '@pc-errors/error-catalog';

// The demo's own handlers, as its service worker runs them, answering in Node instead.
const server = setupServer();
const seen: { requestId: string | null; authorization: string | null }[] = [];
server.events.on('request:start', ({ request }) => {
  seen.push({ requestId: request.headers.get('MS-RequestId'), authorization: request.headers.get('Authorization') });
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  seen.length = 0;
  server.resetHandlers(...createHandlers({ baseUrl: API_BASE, retryAfterSeconds: 1, slowMs: 2_000 }));
});
afterAll(() => server.close());

const options = { scenario: 'happy-path', timeoutMs: 1_000 } as const;

async function firstSubscriptionPath() {
  const customers = await callApi<Collection<Customer>>({ method: 'GET', path: '/customers' }, options);
  const customerId = customers.data.items[0]!.id;
  const subscriptions = await callApi<Collection<Subscription>>(
    { method: 'GET', path: `/customers/${customerId}/subscriptions` },
    options,
  );
  return `/customers/${customerId}/subscriptions/${subscriptions.data.items[0]!.id}`;
}

/** The PartnerCenterError a failing call throws (and a test failure if it does not fail). */
async function failureOf(spec: RequestSpec, callOptions: Parameters<typeof callApi>[1] = options) {
  try {
    await callApi(spec, callOptions);
  } catch (thrown) {
    if (isPartnerCenterRequestError(thrown)) return thrown.error;
    throw thrown;
  }
  throw new Error(`${spec.method} ${spec.path} was expected to fail`);
}

describe('callApi: one Partner Center call as a portal makes it', () => {
  it('returns the data and the MS-RequestId it sent, with the token, a correlation ID and the contract version', async () => {
    const result = await callApi<Collection<Customer>>({ method: 'GET', path: '/customers' }, options);
    expect(result.data.totalCount).toBe(5);
    expect(seen).toEqual([{ requestId: result.requestId, authorization: 'Bearer demo-token-not-a-secret' }]);
  });

  it('throws a documented failure as a PartnerCenterRequestError with its catalog entry, and no trace of the token', async () => {
    const path = await firstSubscriptionPath();
    const error = await failureOf({ method: 'PATCH', path, body: { quantity: 0 } });
    expect(error).toMatchObject({ httpStatus: 400, code: '2002', source: 'PartnerFD', retryable: false, problems: [] });
    expect(error.entry?.id).toBe('400-2002');
    for (const text of [JSON.stringify(error), diagnosticsText(error), JSON.stringify(toProblemDetails(error))]) {
      expect(text).not.toMatch(/demo-token|Bearer/);
    }
  });

  it.each([
    ['unauthorized', 401, '800001'],
    ['forbidden', 403, '900150'],
  ] as const)('shows the documented %s error with its status and code', async (scenario, status, code) => {
    const error = await failureOf({ method: 'GET', path: '/customers' }, { ...options, scenario });
    expect(error.entry?.id).toBe(`${status}-${code}`);
  });

  it('gives up on a slow answer after its timeout, saying so', async () => {
    const error = await failureOf({ method: 'GET', path: '/customers' }, { scenario: 'slow', timeoutMs: 100 });
    expect(error).toMatchObject({ httpStatus: 0, title: 'The request timed out', retryable: true });
  });

  it('reads a gateway HTML page as a 502 with a clear description', async () => {
    const error = await failureOf({ method: 'GET', path: '/customers' }, { ...options, scenario: 'gateway-html' });
    expect(error.httpStatus).toBe(502);
    expect(error.description).toMatch(/HTML page/);
    expect(error.problems).toContainEqual({ code: 'body-html' });
  });

  it('falls back to the status for a failure the catalog does not document', async () => {
    server.use(
      http.get(`${API_BASE}/customers`, () =>
        HttpResponse.json({ code: 1002, description: 'Authorization Failed', source: 'PartnerFD' }, { status: 401 }),
      ),
    );
    const error = await failureOf({ method: 'GET', path: '/customers' });
    expect(error).toMatchObject({ code: '1002', description: 'Authorization Failed', category: 'authentication' });
    expect(error.entry).toBeUndefined();
  });
});

describe('MS-RequestId: the same one again only when the outcome is unknown', () => {
  const transfer = (customer: string): RequestSpec => ({
    method: 'POST',
    path: `/customers/${customer}/transfers`,
    body: { sourcePartnerDomain: 'fabrikam-partner.onmicrosoft.com', transferType: 'NewCommerce' },
  });

  it('re-sends a request that got no response with its MS-RequestId, and a new one once any response arrived', async () => {
    const customers = await callApi<Collection<Customer>>({ method: 'GET', path: '/customers' }, options);
    const spec = transfer(customers.data.items[0]!.id);
    seen.length = 0;
    const dropped = await failureOf(spec, { ...options, scenario: 'network-drop' });
    expect(dropped).toMatchObject({ httpStatus: 0, category: 'transient', retryable: true });
    const timedOut = await failureOf(spec, { scenario: 'slow', timeoutMs: 100 });
    // The timed-out attempt is still being handled: the repeat of its ID waits for, and gets, its answer.
    const answered = await callApi(spec, { ...options, timeoutMs: 5_000 });
    const next = await failureOf(spec, { ...options, scenario: 'forbidden' });
    const ids = seen.map((request) => request.requestId);
    // The drop and the timeout are one attempt, sent three times; the answer ends it.
    expect(ids.slice(0, 3)).toEqual([dropped.requestId, dropped.requestId, dropped.requestId]);
    expect(timedOut.requestId).toBe(dropped.requestId);
    expect(answered.requestId).toBe(dropped.requestId);
    expect(next.requestId).not.toBe(dropped.requestId);
    expect(new Set(ids).size).toBe(2);
  });

  it('re-sends a request Partner Center failed handling (502) with its MS-RequestId, a new one after a success', async () => {
    const spec: RequestSpec = { method: 'GET', path: '/customers' };
    seen.length = 0;
    const failed = await failureOf(spec, { ...options, scenario: 'gateway-html' });
    const answered = await callApi(spec, options);
    const next = await callApi(spec, options);
    expect(failed.httpStatus).toBe(502);
    expect(answered.requestId).toBe(failed.requestId);
    expect(next.requestId).not.toBe(failed.requestId);
    expect(seen.map((request) => request.requestId)).toEqual([failed.requestId, failed.requestId, next.requestId]);
  });

  it('after a throttled (429) answer, the next attempt is a new request', async () => {
    const path = await firstSubscriptionPath();
    seen.length = 0;
    const throttled = await failureOf(
      { method: 'PATCH', path, body: { quantity: 7 } },
      { ...options, scenario: 'throttled' },
    );
    expect(throttled).toMatchObject({ httpStatus: 429, retryable: true, retryAfterSeconds: 1 });
    const retried = await callApi<Subscription>({ method: 'PATCH', path, body: { quantity: 7 } }, options);
    expect(retried.data.quantity).toBe(7);
    expect(retried.requestId).not.toBe(throttled.requestId);
    expect(seen.map((request) => request.requestId)).toEqual([throttled.requestId, retried.requestId]);
  });
});
