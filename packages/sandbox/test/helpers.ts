import { readErrorResponse, type PartnerCenterError } from '@pc-errors/error-catalog';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import {
  createHandlers,
  PARTNER_CENTER_BASE_URL,
  type Collection,
  type Customer,
  type SandboxOptions,
  type ScenarioName,
  type Subscription,
} from '../src';

/** A fresh sandbox before every test of the file. */
export function useSandbox(options: SandboxOptions = {}) {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => server.resetHandlers(...createHandlers({ retryAfterSeconds: 1, slowMs: 300, ...options })));
  afterAll(() => server.close());
  return server;
}

export interface CallOptions {
  method?: string;
  body?: unknown;
  scenario?: ScenarioName;
  requestId?: string;
  token?: string | null;
}
export async function call(
  path: string,
  { method = 'GET', body, scenario, requestId = crypto.randomUUID(), token = 'token' }: CallOptions = {},
) {
  return fetch(`${PARTNER_CENTER_BASE_URL}${path}`, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      'MS-RequestId': requestId,
      ...(scenario ? { 'x-pce-scenario': scenario } : {}),
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
}

export async function json<T>(response: Response): Promise<T> {
  expect(response.ok, `${response.status} ${await response.clone().text()}`).toBe(true);
  return (await response.json()) as T;
}

export async function customers() {
  return (await json<Collection<Customer>>(await call('/customers'))).items;
}
export async function firstCustomer() {
  return (await customers())[0]!;
}
export async function subscriptionsOf(customerId: string) {
  return (await json<Collection<Subscription>>(await call(`/customers/${customerId}/subscriptions`))).items;
}

export async function failure(response: Response): Promise<PartnerCenterError> {
  expect(response.ok, `expected a failure, got ${response.status}`).toBe(false);
  return readErrorResponse(response);
}

/** The error is the catalog's (status, code) entry, with the body and headers the service sends. */
export function expectDocumented(error: PartnerCenterError, status: number, code: string) {
  expect(error.httpStatus).toBe(status);
  expect(error.code).toBe(code);
  expect(error.entry?.id).toBe(`${status}-${code}`);
  expect(error.description.length).toBeGreaterThan(0);
  expect(error.source).toBe('PartnerFD');
  expect(error.correlationId).toMatch(/^[0-9a-f-]{36}$/);
  expect(error.problems).toEqual([]);
}
