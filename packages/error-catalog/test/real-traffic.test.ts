// Real-shaped answers of Partner Center and the services around it (test/fixtures/real-bodies.ts): status drift,
// identity errors, problem bodies, throttling without Retry-After, and purchases that partly failed.
import { describe, expect, it } from 'vitest';
import {
  diagnosticsText,
  parseCartErrors,
  parseCheckoutResult,
  parseErrorResponse,
  readErrorResponse,
  remediationOf,
} from '../src';
import {
  cartWithThreeFailures,
  checkoutWithTwoOrderErrors,
  graphConsentMissing,
  graphExpiredToken,
  invalidParamsProblem,
  oauthBusy,
  oauthCodeOnlyInList,
  oauthInvalidSecret,
  oauthRefreshExpired,
  oauthUnknownCode,
  throttledBody,
  validationProblem,
} from './fixtures/real-bodies';

const pc = (code: string | number, description = 'x') => ({ code, description, source: 'PartnerFD' });

describe('a code that arrives with another status than the documented one', () => {
  it('gets its only entry, and says which status it is documented under', () => {
    const error = parseErrorResponse({ status: 400, body: pc(800089) });
    expect(error.entry?.id).toBe('403-800089');
    expect(error.statusMismatch).toEqual({ documented: [403] });
    expect(error.title).toBe(error.entry?.message);
    expect(error.category).toBe('limit');
    expect(remediationOf(error)).toBe(error.entry?.remediation);
  });

  it('documented under two statuses and received under a third: both as candidates, the title from the status', () => {
    const error = parseErrorResponse({ status: 500, body: pc('2006') });
    expect(error.entry).toBeUndefined();
    expect(error.candidates?.map((entry) => entry.id)).toEqual(['400-2006', '403-2006']);
    expect(error.statusMismatch).toEqual({ documented: [400, 403] });
    expect(error).toMatchObject({ title: 'Internal server error', category: 'service' });
  });

  it('received with a documented status: the exact entry, no mismatch', () => {
    const error = parseErrorResponse({ status: 403, body: pc('2006') });
    expect(error.entry?.id).toBe('403-2006');
    expect(error.statusMismatch).toBeUndefined();
    expect(error.candidates).toBeUndefined();
  });
});

describe('identity platform and Graph errors', () => {
  it.each([
    ['an expired refresh token', oauthRefreshExpired, 'AADSTS700082', 'invalid_grant'],
    ['a wrong client secret', oauthInvalidSecret, 'AADSTS7000215', 'invalid_client'],
    ['a code given only in error_codes', oauthCodeOnlyInList, 'AADSTS50076', 'interaction_required'],
  ])('%s is authentication, with its own entry and fix', (_name, body, code, oauthError) => {
    const error = parseErrorResponse({ status: 400, body });
    expect(error).toMatchObject({ code, oauthError, category: 'authentication', severity: 'error' });
    expect(error.entry?.code).toBe(code);
    expect(error.statusMismatch).toBeUndefined();
    expect(remediationOf(error)).toBe(error.entry?.remediation);
    expect(remediationOf(error).summary).not.toMatch(/change it before sending/);
  });

  it('keeps the trace and correlation IDs of the token endpoint as the request and correlation IDs', () => {
    const error = parseErrorResponse({ status: 400, body: oauthRefreshExpired });
    expect(error.requestId).toBe(oauthRefreshExpired.trace_id);
    expect(error.correlationId).toBe(oauthRefreshExpired.correlation_id);
    expect(diagnosticsText(error)).toContain('OAuth error: invalid_grant');
  });

  it('an AADSTS code the catalog lacks: authentication, titled and fixed by its OAuth value', () => {
    const error = parseErrorResponse({ status: 400, body: oauthUnknownCode });
    expect(error).toMatchObject({
      code: 'AADSTS9002313',
      category: 'authentication',
      title: 'The sign-in expired or was revoked',
      retryable: false,
    });
    expect(error.entry).toBeUndefined();
    expect(remediationOf(error)).toEqual({
      summary: expect.stringMatching(/expired or was revoked/),
      steps: ['Sign in again.'],
    });
  });

  it('a busy token endpoint is what its 503 says: transient, and retryable', () => {
    const error = parseErrorResponse({ status: 503, body: oauthBusy });
    expect(error).toMatchObject({ code: 'temporarily_unavailable', category: 'transient', retryable: true });
  });

  it('an OAuth value outside the table still gets a sign-in fix, never an Object.prototype member', () => {
    for (const value of ['constructor', 'toString', 'made_up_error']) {
      const error = parseErrorResponse({ status: 400, body: { error: value, error_description: 'd' } });
      expect(error).toMatchObject({ category: 'authentication', title: 'Sign-in failed' });
      expect(Array.isArray(remediationOf(error).steps)).toBe(true);
    }
  });

  it('a Graph consent error takes the AADSTS code of its message', () => {
    const error = parseErrorResponse({ status: 403, body: graphConsentMissing });
    expect(error).toMatchObject({ code: 'AADSTS65001', category: 'authentication' });
    expect(error.requestId).toBe(graphConsentMissing.error.innerError['request-id']);
  });

  it('a Graph error without an AADSTS code keeps its own code and the status decides', () => {
    const error = parseErrorResponse({ status: 401, body: graphExpiredToken });
    expect(error).toMatchObject({ code: 'InvalidAuthenticationToken', category: 'authentication' });
    expect(error.oauthError).toBeUndefined();
    expect(error.problems).toEqual([]);
  });
});

describe('RFC 9457 problem bodies', () => {
  it('an ASP.NET validation problem: title as description, errors kept as data, traceId as request ID', () => {
    const error = parseErrorResponse({
      status: 400,
      headers: { 'Content-Type': 'application/problem+json' },
      body: JSON.stringify(validationProblem),
    });
    expect(error.description).toBe(validationProblem.title);
    expect(error.data).toEqual([validationProblem.errors]);
    expect(error.requestId).toBe(validationProblem.traceId);
    expect(error.problems).toEqual([{ code: 'problem-details' }]);
  });

  it('detail before title, invalid-params as data', () => {
    const error = parseErrorResponse({ status: 400, body: invalidParamsProblem });
    expect(error.description).toBe(invalidParamsProblem.detail);
    expect(error.data).toEqual(invalidParamsProblem['invalid-params']);
  });
});

describe('throttling', () => {
  it('with Retry-After: the header decides, and says so', () => {
    const error = parseErrorResponse({ status: 429, headers: { 'Retry-After': '12' }, body: throttledBody });
    expect(error).toMatchObject({ retryAfterSeconds: 12, retryAfterSource: 'header', category: 'limit' });
    expect(error.description).toBe(throttledBody.message);
    expect(error.problems).toEqual([]);
  });

  it.each([
    [undefined, throttledBody.message, 57],
    ['soon', throttledBody.message, 57],
    [undefined, 'Too many requests. Please retry after 2 minutes.', 120],
    [undefined, 'Rate limit is exceeded. Try again in 5 seconds.', 5],
  ])('Retry-After %s: the wait comes from the description (%s)', (header, message, seconds) => {
    const error = parseErrorResponse({
      status: 429,
      headers: header === undefined ? {} : { 'Retry-After': header },
      body: { statusCode: 429, message },
    });
    expect(error).toMatchObject({ retryAfterSeconds: seconds, retryAfterSource: 'body' });
  });

  it('reads a wait only from the first 1,024 characters, and never for an error that is not retryable', () => {
    const late = `${'x'.repeat(1100)} Try again in 5 seconds.`;
    expect(parseErrorResponse({ status: 429, body: { message: late, statusCode: 429 } }).retryAfterSeconds).toBe(
      undefined,
    );
    const notRetryable = parseErrorResponse({ status: 400, body: pc('3000', 'Try again in 5 seconds.') });
    expect(notRetryable.retryAfterSeconds).toBeUndefined();
  });

  it('an entry whose wait is hours or more gets its hint, not a countdown from the body', () => {
    const error = parseErrorResponse({ status: 409, body: pc('900278', 'Try again in 30 seconds.') });
    expect(error.entry?.retryAfterHint).toBe('After 24 hours');
    expect(error.retryAfterSeconds).toBeUndefined();
  });
});

describe('partial success inside 200 and 201 bodies', () => {
  it('parseErrorResponse says how many line items failed, and points to parseCartErrors', () => {
    const error = parseErrorResponse({ status: 201, body: cartWithThreeFailures });
    expect(error).toMatchObject({ title: '3 of 5 line items failed', severity: 'warning', code: null });
    expect(error.description).not.toMatch(/did not say more/);
    expect(error.problems).toEqual([{ code: 'partial-success', detail: 'cart' }]);
  });

  it('parseErrorResponse says what a checkout placed and what failed', () => {
    const error = parseErrorResponse({ status: 201, body: checkoutWithTwoOrderErrors });
    expect(error.title).toBe('2 of 3 order groups failed');
    expect(error.description).toBe('1 of 3 order groups were ordered; 2 failed, each with its own error.');
    expect(error.problems).toEqual([{ code: 'partial-success', detail: 'checkout' }]);
  });

  it('parseCartErrors: one error per failed line item, add-ons included, each keyed to its line and explained', () => {
    const errors = parseCartErrors(cartWithThreeFailures, {
      status: 201,
      headers: { 'MS-CorrelationId': 'corr-9', 'MS-RequestId': 'req-9', Authorization: 'Bearer secret' },
      receivedAt: '2026-11-26T10:00:00Z',
    });
    expect(errors.map((error) => [error.lineItem, error.code, error.entry?.id])).toEqual([
      [{ lineItemId: 1, orderGroupId: '0' }, '10021', '200-10021'],
      [{ lineItemId: 2, orderGroupId: '1' }, '10003', '200-10003'],
      [{ lineItemId: 4, orderGroupId: '2' }, '10010', '200-10010'],
    ]);
    const [addon, inventory] = errors;
    expect(addon?.description).toMatch(/^This addon has a maximum purchase limit of 100%/);
    expect(inventory).toMatchObject({
      httpStatus: 201,
      category: 'eligibility',
      data: [{ region: 'eastus2' }],
      correlationId: 'corr-9',
      requestId: 'req-9',
      receivedAt: '2026-11-26T10:00:00.000Z',
      problems: [],
    });
    expect(JSON.stringify(errors)).not.toContain('secret');
    expect(diagnosticsText(inventory!)).toContain('Line item: 2');
  });

  it('parseCheckoutResult: one error per failed order group, a code of two statuses with candidates', () => {
    const [unavailable, ambiguous, ...rest] = parseCheckoutResult(JSON.stringify(checkoutWithTwoOrderErrors));
    expect(rest).toEqual([]);
    expect(unavailable).toMatchObject({ lineItem: { orderGroupId: '1' }, code: '400072', httpStatus: 200 });
    expect(unavailable?.entry?.id).toBe('200-400072');
    expect(ambiguous?.entry).toBeUndefined();
    expect(ambiguous?.candidates?.map((entry) => entry.id)).toEqual(['400-2006', '403-2006']);
    expect(ambiguous?.title).toBe('Order group failed');
  });

  it('gives no error for lines without one, and [] for anything that is not a cart or a checkout', () => {
    expect(parseCartErrors({ lineItems: [{ id: 0 }, { id: 1, error: null }] })).toEqual([]);
    for (const body of [null, 42, '{', '[]', [], { lineItems: 'x' }]) {
      expect(parseCartErrors(body)).toEqual([]);
      expect(parseCheckoutResult(body)).toEqual([]);
    }
  });

  it('reads at most 1,000 line items and says so on every error', () => {
    const lineItems = Array.from({ length: 5000 }, (_, id) => ({ id, error: { errorCode: 10009 } }));
    const errors = parseCartErrors({ lineItems });
    expect(errors).toHaveLength(1000);
    expect(errors[999]?.problems).toContainEqual({ code: 'truncated', detail: 'lineItems' });
    expect(errors[0]?.problems).toContainEqual({ code: 'description-missing' });
  });

  it('a hostile line item costs only itself', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    const lineItems = [{ id: 'a', error: hostile }, hostile, { id: 'b', error: { errorCode: 10002 } }];
    const errors = parseCartErrors({ lineItems });
    expect(errors.map((error) => error.lineItem?.lineItemId)).toEqual(['a', 'b']);
    expect(errors[0]?.problems).toContainEqual({ code: 'unreadable', detail: 'lineItem.error.errorCode' });
    expect(errors[1]?.entry?.id).toBe('200-10002');
  });

  it('readErrorResponse of a 201 checkout says that part of it failed', async () => {
    const response = new Response(JSON.stringify(checkoutWithTwoOrderErrors), { status: 201 });
    expect((await readErrorResponse(response)).title).toBe('2 of 3 order groups failed');
  });
});
