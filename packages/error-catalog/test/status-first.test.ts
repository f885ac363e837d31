// The status decides what a failure is: no body (a cart, a checkout result, an OAuth answer, a code documented under
// another kind of status) can turn an auth failure, a throttle or an outage into a success or a credentials problem.
import { describe, expect, it } from 'vitest';
import {
  diagnosticsText,
  parseErrorResponse,
  PartnerCenterRequestError,
  remediationOf,
  statusFallback,
} from '../src/index';

const summary = (status: number) => expect.objectContaining(statusFallback(status)) as unknown;

describe('cart and checkout bodies on a failure status', () => {
  it.each([
    [401, { orders: [] }],
    [403, '{"lineItems":[]}'],
    [503, { orders: [{}], orderErrors: [] }],
    [429, { lineItems: [{ id: 1 }] }],
    [500, { lineItems: [{ id: 1, error: { errorCode: 10003 } }] }],
  ])('HTTP %i with a cart or checkout body stays a failure of its status', (status, body) => {
    const error = parseErrorResponse({ status, body });
    expect(error).toEqual(summary(status));
    expect(error.severity).toBe('error');
    expect(error.title).not.toMatch(/Completed|failed$/);
    expect(error.problems.map((problem) => problem.code)).not.toContain('partial-success');
    expect(new PartnerCenterRequestError(error).message).toBe(`${statusFallback(status).title} (HTTP ${status})`);
    expect(diagnosticsText(error)).toContain(`Severity: error`);
  });

  it.each([200, 201])('HTTP %i with a checkout body is read as a partial success', (status) => {
    const error = parseErrorResponse({ status, body: { orders: [{}], orderErrors: [{ code: 800089 }] } });
    expect(error).toMatchObject({ title: '1 of 2 order groups failed', severity: 'warning' });
  });
});

describe('codes documented under another kind of status', () => {
  it('a cart code on a 401 is an authentication failure, with the cart entry kept as a lead', () => {
    const error = parseErrorResponse({ status: 401, body: { code: 10006, description: 'x' } });
    expect(error).toMatchObject({ title: statusFallback(401).title, category: 'authentication', retryable: false });
    expect(error.entry?.id).toBe('200-10006');
    expect(error.statusMismatch).toEqual({ documented: [200] });
    expect(remediationOf(error)).not.toBe(error.entry?.remediation);
    expect(diagnosticsText(error)).toMatch(/Documented status: 200/);
  });

  it('a sign-in code on a 503 is an outage, retryable as the status says', () => {
    const error = parseErrorResponse({
      status: 503,
      body: { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' },
    });
    expect(error).toMatchObject({ category: statusFallback(503).category, retryable: statusFallback(503).retryable });
    expect(error.title).not.toMatch(/credentials/i);
    expect(error.statusMismatch).toEqual({ documented: [400] });
  });

  it('an OAuth body without a code on a 503 is an outage, and its fix is the status fix', () => {
    const error = parseErrorResponse({
      status: 503,
      headers: { 'Retry-After': '120' },
      body: { error: 'invalid_client' },
    });
    expect(error).toMatchObject({ ...statusFallback(503), retryAfterSeconds: 120 });
    expect(remediationOf(error).summary).not.toMatch(/secret|credential/i);
  });

  it('an OAuth body on a 401 is still a sign-in error', () => {
    const error = parseErrorResponse({ status: 401, body: { error: 'invalid_client' } });
    expect(error.category).toBe('authentication');
  });

  it('a code of the same kind of status keeps its entry (800089 documented under 403, received as 400)', () => {
    const error = parseErrorResponse({ status: 400, body: { code: 800089, description: 'x' } });
    expect(error.title).toBe(error.entry?.message);
  });
});

describe('a wait read from the text', () => {
  it.each(['Try again in 0 seconds.', 'Retry after 0 s'])('is at least 1 s: %s', (message) => {
    const error = parseErrorResponse({ status: 429, body: { statusCode: 429, message } });
    expect(error).toMatchObject({ retryAfterSeconds: 1, retryAfterSource: 'body' });
  });
});
