import { networkError, readErrorResponse } from '@pc-errors/error-catalog';
import { describe, expect, it } from 'vitest';
import { createSandboxFetch, type Collection, type Customer } from '../src';

// No MSW server here: the sandbox answers in memory, as a story would call it.
const headers = (scenario?: string) => ({
  Authorization: 'Bearer story',
  ...(scenario ? { 'x-pce-scenario': scenario } : {}),
});

describe('createSandboxFetch: the sandbox as a fetch, with no worker and no server', () => {
  it('answers a path under the API root', async () => {
    const response = await createSandboxFetch()('/customers', { headers: headers() });
    expect(((await response.json()) as Collection<Customer>).totalCount).toBe(5);
    expect(response.headers.get('MS-CorrelationId')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives each scenario its documented answer, ready for readErrorResponse', async () => {
    const error = await readErrorResponse(
      await createSandboxFetch({ retryAfterSeconds: 30 })('/customers', { headers: headers('throttled') }),
    );
    expect(error).toMatchObject({ httpStatus: 429, retryAfterSeconds: 30, retryable: true });
    const denied = await readErrorResponse(
      await createSandboxFetch({ scenario: 'forbidden' })('/customers', { headers: headers() }),
    );
    expect(denied.entry?.id).toBe('403-900150');
  });

  it('rejects as fetch does: a dropped connection, a timeout, a route the API does not have', async () => {
    const call = createSandboxFetch({ slowMs: 1_000 });
    await expect(call('/customers', { headers: headers('network-drop') })).rejects.toBeInstanceOf(TypeError);
    const timedOut = await call('/customers', { headers: headers('slow'), signal: AbortSignal.timeout(20) }).catch(
      (cause: unknown) => cause,
    );
    expect(networkError(timedOut).title).toBe('The request timed out');
    await expect(call('/nowhere', { headers: headers() })).rejects.toThrow('the sandbox has no route for GET');
  });
});
