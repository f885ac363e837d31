import { diagnosticsText, toProblemDetails } from '@pc-errors/error-catalog';
import { createHandlers, type Collection, type Customer, type Subscription } from '@pc-errors/sandbox';
import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { API_BASE, callApi } from '../src/api/client';
import { SettingsProvider, useSettings } from '../src/api/settings';
import { useCall } from '../src/api/useCall';

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
  if (!customers.ok) throw new Error(customers.error.description);
  const customerId = customers.data.items[0]!.id;
  const subscriptions = await callApi<Collection<Subscription>>(
    { method: 'GET', path: `/customers/${customerId}/subscriptions` },
    options,
  );
  if (!subscriptions.ok) throw new Error(subscriptions.error.description);
  return `/customers/${customerId}/subscriptions/${subscriptions.data.items[0]!.id}`;
}

describe('callApi: one Partner Center call as a portal makes it', () => {
  it('returns the data and the MS-RequestId it sent', async () => {
    const result = await callApi<Collection<Customer>>(
      { method: 'GET', path: '/customers', requestId: 'req-42' },
      options,
    );
    expect(result).toMatchObject({ ok: true, requestId: 'req-42', data: { totalCount: 5 } });
    expect(seen).toEqual([{ requestId: 'req-42', authorization: 'Bearer demo-token-not-a-secret' }]);
  });

  it('reads a documented failure into its catalog entry, with no trace of the bearer token', async () => {
    const path = await firstSubscriptionPath();
    const result = await callApi({ method: 'PATCH', path, body: { quantity: 0 } }, options);
    if (result.ok) throw new Error('a quantity of 0 must fail');
    expect(result.error).toMatchObject({
      httpStatus: 400,
      code: '2002',
      source: 'PartnerFD',
      retryable: false,
      problems: [],
    });
    expect(result.error.entry?.id).toBe('400-2002');
    for (const text of [
      JSON.stringify(result.error),
      diagnosticsText(result.error),
      JSON.stringify(toProblemDetails(result.error)),
    ]) {
      expect(text).not.toMatch(/demo-token|Bearer/);
    }
  });

  it.each([
    ['unauthorized', 401, '800001'],
    ['forbidden', 403, '900150'],
  ] as const)('shows the documented %s error with its status and code', async (scenario, status, code) => {
    const result = await callApi({ method: 'GET', path: '/customers' }, { ...options, scenario });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.entry?.id).toBe(`${status}-${code}`);
  });

  it('turns a dropped connection into a retryable network error that keeps the MS-RequestId', async () => {
    const result = await callApi(
      { method: 'GET', path: '/customers', requestId: 'req-drop' },
      { ...options, scenario: 'network-drop' },
    );
    if (result.ok) throw new Error('a dropped connection must fail');
    expect(result.error).toMatchObject({
      httpStatus: 0,
      category: 'transient',
      retryable: true,
      requestId: 'req-drop',
    });
  });

  it('gives up on a slow answer after its timeout, saying so', async () => {
    const result = await callApi({ method: 'GET', path: '/customers' }, { scenario: 'slow', timeoutMs: 100 });
    if (result.ok) throw new Error('a slow answer must time out');
    expect(result.error).toMatchObject({ httpStatus: 0, title: 'The request timed out', retryable: true });
  });

  it('reads a gateway HTML page as a 502 with a clear description', async () => {
    const result = await callApi({ method: 'GET', path: '/customers' }, { ...options, scenario: 'gateway-html' });
    if (result.ok) throw new Error('a gateway page must fail');
    expect(result.error.httpStatus).toBe(502);
    expect(result.error.description).toMatch(/HTML page/);
    expect(result.error.problems).toContainEqual({ code: 'body-html' });
  });

  it('falls back to the status for a failure the catalog does not document', async () => {
    server.use(
      http.get(`${API_BASE}/customers`, () =>
        HttpResponse.json({ code: 1002, description: 'Authorization Failed', source: 'PartnerFD' }, { status: 401 }),
      ),
    );
    const result = await callApi({ method: 'GET', path: '/customers' }, options);
    if (result.ok) throw new Error('must fail');
    expect(result.error).toMatchObject({
      code: '1002',
      description: 'Authorization Failed',
      category: 'authentication',
    });
    expect(result.error.entry).toBeUndefined();
  });
});

describe('useCall: a call with its state, and a retry that the service can recognise', () => {
  function wrapper({ children }: { children: ReactNode }) {
    return <SettingsProvider timeoutMs={1_000}>{children}</SettingsProvider>;
  }

  it('retries a throttled write with the same MS-RequestId after Retry-After, then succeeds and logs the failure once', async () => {
    const path = await firstSubscriptionPath();
    seen.length = 0;
    const { result } = renderHook(() => ({ call: useCall<Subscription>(), settings: useSettings() }), { wrapper });
    act(() => result.current.settings.setScenario('throttled'));

    await act(() => result.current.call.run({ method: 'PATCH', path, body: { quantity: 7 } }));
    const state = result.current.call.state;
    if (state.status !== 'failed') throw new Error(`expected a failure, got ${state.status}`);
    expect(state.error).toMatchObject({ httpStatus: 429, retryable: true, retryAfterSeconds: 1 });
    expect(result.current.settings.errors).toHaveLength(1);

    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await act(() => result.current.call.retry(state.error));
    await waitFor(() => expect(result.current.call.state.status).toBe('done'));
    const done = result.current.call.state;
    expect(done.status === 'done' && done.data.quantity).toBe(7);
    expect(seen.map((request) => request.requestId)).toEqual([state.error.requestId, state.error.requestId]);
    expect(result.current.settings.errors).toHaveLength(1);
  });
});
