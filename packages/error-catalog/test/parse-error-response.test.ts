import { describe, expect, it } from 'vitest';
import {
  diagnosticsText,
  getEntry,
  MAX_DATA_SIZE,
  parseErrorResponse,
  remediationOf,
  statusFallback,
  toProblemDetails,
} from '../src';
import { RESULT_KEYS } from './result-keys';

const at = '2026-11-24T10:00:00.000Z';
const body = (code: unknown, description: unknown, extra: object = {}) => ({
  code,
  description,
  source: 'PartnerFD',
  ...extra,
});

describe('a documented error', () => {
  it('reads the body, the entry and the allow-listed headers', () => {
    const error = parseErrorResponse({
      status: 404,
      headers: { 'MS-CorrelationId': 'c-1', 'ms-requestid': 'r-1', 'Content-Type': 'application/json' },
      body: body('20003', 'Subscription with ID 5 not found.', { data: [{ field: 'id' }] }),
      receivedAt: at,
    });
    expect(error).toMatchObject({
      httpStatus: 404,
      code: '20003',
      description: 'Subscription with ID 5 not found.',
      source: 'PartnerFD',
      data: [{ field: 'id' }],
      title: 'Subscription with ID {0} not found.',
      category: 'not-found',
      severity: 'error',
      retryable: false,
      correlationId: 'c-1',
      requestId: 'r-1',
      receivedAt: at,
      problems: [],
    });
    expect(error.entry).toBe(getEntry('20003', 404));
  });

  it('coerces a numeric code to a string', () => {
    expect(parseErrorResponse({ status: 403, body: body(2006, 'x') }).code).toBe('2006');
  });

  it('never borrows an entry of another status: 2006 at 500 falls back to the status', () => {
    const error = parseErrorResponse({ status: 500, body: body('2006', 'boom') });
    expect(error.entry).toBeUndefined();
    expect(error.title).toBe('Internal server error');
    expect(error.category).toBe('service');
  });

  it('tells 2006 at 400 from 2006 at 403', () => {
    expect(parseErrorResponse({ status: 400, body: body('2006', 'x') }).entry?.id).toBe('400-2006');
    expect(parseErrorResponse({ status: 403, body: body('2006', 'x') }).entry?.id).toBe('403-2006');
  });

  it('keeps the server description as sent: never formatted, never read as HTML', () => {
    const description =
      'For the current term, the requested number of 1 asset(s) exceeded the remaining limit of 0 assets allowed per customer. {0} <b>x</b>';
    const error = parseErrorResponse({ status: 403, body: body('800089', description) });
    expect(error.description).toBe(description);
    expect(error.title).toBe(getEntry('800089', 403)!.message);
  });

  it('treats the two HTTP 200 rows as the failed line items they report', () => {
    expect(parseErrorResponse({ status: 200, body: body('10021', 'limit') }).severity).toBe('error');
    expect(parseErrorResponse({ status: 200, body: body('400072', 'n/a') }).severity).toBe('error');
  });
});

describe('codes and statuses the catalog does not know', () => {
  it.each([
    [401, '1002', 'Unauthorized', 'authentication', false],
    [429, '99999', 'Too many requests', 'limit', true],
    [503, null, 'Service unavailable', 'transient', true],
    [418, 'x', 'Request failed (HTTP 418)', 'unknown', false],
    [599, 'x', 'Service error (HTTP 599)', 'service', false],
  ] as const)('HTTP %i with code %s falls back to "%s"', (status, code, title, category, retryable) => {
    const error = parseErrorResponse({ status, body: code === null ? '' : body(code, 'server says') });
    expect(error).toMatchObject({ title, category, retryable });
    expect(error.entry).toBeUndefined();
    expect(error.description.length).toBeGreaterThan(0);
  });
});

describe('bodies that are not a Partner Center error', () => {
  it.each([
    ['empty string', '', { code: 'body-empty' }],
    ['whitespace', '  \n ', { code: 'body-empty' }],
    ['null', null, { code: 'body-empty' }],
    ['undefined', undefined, { code: 'body-empty' }],
    ['a number', 42, { code: 'body-not-object', detail: 'number' }],
    ['an array', [1, 2], { code: 'body-array' }],
    ['broken JSON', '{"code": "1', { code: 'body-not-json' }],
    ['plain text', 'Service Unavailable', { code: 'body-plain-text' }],
    ['an object without fields', {}, { code: 'code-missing' }],
    ['a stream nobody read', new ReadableStream(), { code: 'body-unread-stream' }],
  ])('%s: a clear description and a problem that says so', (_name, input, problem) => {
    const error = parseErrorResponse({ status: 503, body: input });
    expect(error.problems).toContainEqual(problem);
    expect(error.description.trim().length).toBeGreaterThan(0);
  });

  it('reads JSON text and bytes like an object', () => {
    const json = JSON.stringify(body('800060', 'Your order is in progress.'));
    expect(parseErrorResponse({ status: 409, body: json }).entry?.id).toBe('409-800060');
    expect(parseErrorResponse({ status: 409, body: new TextEncoder().encode(json) }).entry?.id).toBe('409-800060');
  });

  it('describes a gateway HTML page in words, with its title as text', () => {
    const html =
      '<!DOCTYPE html><html><head><title>502 Bad Gateway</title><script>alert(1)</script></head><body><h1>Bad Gateway</h1></body></html>';
    const error = parseErrorResponse({ status: 502, headers: { 'content-type': 'text/html' }, body: html });
    expect(error.description).toBe(
      'HTTP 502 Bad gateway: the service answered with an HTML page ("502 Bad Gateway") instead of an error response.',
    );
    expect(error.problems).toEqual([{ code: 'body-html' }]);
    expect(error).toMatchObject({ title: 'Bad gateway', category: 'transient', retryable: true });
  });

  it('reads a JSON error even when a proxy labels it text/html', () => {
    const json = JSON.stringify(body('800060', 'Your order is in progress.'));
    const error = parseErrorResponse({
      status: 409,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
      body: json,
    });
    expect(error).toMatchObject({ code: '800060', description: 'Your order is in progress.', problems: [] });
    expect(error.entry?.id).toBe('409-800060');
  });

  it.each([
    ['an XML declaration', '<?xml version="1.0"?><Error><Code>x</Code></Error>', {}],
    ['an XML content type', '<Error><Message>Server busy</Message></Error>', { 'Content-Type': 'application/xml' }],
  ])('names an XML body as XML, not HTML: %s', (_name, xml, headers) => {
    const error = parseErrorResponse({ status: 503, headers, body: xml });
    expect(error.problems).toEqual([{ code: 'body-xml' }]);
    expect(error.description).toBe(
      'HTTP 503 Service unavailable: the service answered with an XML document instead of an error response.',
    );
  });

  it('describes an empty 504 in words', () => {
    expect(parseErrorResponse({ status: 504 }).description).toBe(
      'HTTP 504 Gateway timeout: the response did not say more.',
    );
  });

  it('reads the Microsoft identity / Graph envelope instead of calling it malformed', () => {
    const error = parseErrorResponse({
      status: 401,
      body: {
        error: {
          code: 'InvalidAuthenticationToken',
          message: 'Access token has expired.',
          innerError: { 'request-id': 'g-1', date: at },
        },
      },
    });
    expect(error).toMatchObject({
      code: 'InvalidAuthenticationToken',
      description: 'Access token has expired.',
      requestId: 'g-1',
      category: 'authentication',
      problems: [],
    });
  });

  it('reads the Microsoft identity platform OAuth error body: the AADSTS code, error_description as description', () => {
    const description = 'AADSTS70008: The provided authorization code or refresh token has expired due to inactivity.';
    const error = parseErrorResponse({
      status: 400,
      body: {
        error: 'invalid_grant',
        error_description: description,
        error_codes: [70008],
        trace_id: 't',
        correlation_id: 'c',
      },
    });
    expect(error).toMatchObject({
      code: 'AADSTS70008',
      oauthError: 'invalid_grant',
      description,
      source: null,
      data: [],
      category: 'authentication',
      title: 'The sign-in expired or was revoked',
      requestId: 't',
      correlationId: 'c',
      problems: [],
    });
    expect(error.entry).toBeUndefined();
  });

  it('notes an OAuth error body without error_description', () => {
    const error = parseErrorResponse({ status: 401, body: { error: 'invalid_client' } });
    expect(error.code).toBe('invalid_client');
    expect(error.problems).toEqual([{ code: 'description-missing', detail: 'error_description' }]);
  });

  it('notes a message field used instead of description', () => {
    const error = parseErrorResponse({ status: 400, body: { code: '3000', message: 'Invalid property', source: 'x' } });
    expect(error.description).toBe('Invalid property');
    expect(error.problems).toEqual([{ code: 'description-from-message' }]);
  });

  it('keeps data only when it is an array', () => {
    const error = parseErrorResponse({ status: 400, body: body('3000', 'x', { data: 'nope' }) });
    expect(error.data).toEqual([]);
    expect(error.problems).toEqual([{ code: 'data-not-array' }]);
  });

  it('keeps at most 100 data items, as copies, and says when it cut', () => {
    const items = Array.from({ length: 250 }, (_, index) => index);
    const error = parseErrorResponse({ status: 400, body: body('3000', 'x', { data: items }) });
    expect(error.data).toEqual(items.slice(0, 100));
    expect(error.problems).toEqual([{ code: 'data-truncated' }]);
  });

  it('keeps about 1 KB of data, whole items first, and says when it cut', () => {
    const items = Array.from({ length: 60 }, (_, index) => ({ subscriptionId: `sub-${index}`, quantity: index }));
    const error = parseErrorResponse({ status: 400, body: body('3000', 'x', { data: items }) });
    expect(error.data.length).toBeGreaterThan(5);
    expect(error.data.length).toBeLessThan(60);
    expect(error.data.slice(0, 5)).toEqual(items.slice(0, 5));
    expect(JSON.stringify(error.data).length).toBeLessThanOrEqual(MAX_DATA_SIZE);
    expect(error.data[0]).not.toBe(items[0]);
    expect(error.problems).toEqual([{ code: 'data-truncated' }]);
  });

  it('drops what is not plain JSON (a cycle) and keeps the rest', () => {
    const cycle: Record<string, unknown> = { id: 'c-1' };
    cycle.self = cycle;
    const error = parseErrorResponse({ status: 400, body: body('3000', 'x', { data: [cycle, 'next'] }) });
    expect(error.data).toEqual([{ id: 'c-1' }, 'next']);
    expect(error.problems).toEqual([{ code: 'data-not-json', detail: 'cycle' }]);
  });
});

describe('descriptions', () => {
  it('caps a description at 1,024 characters and says so', () => {
    const error = parseErrorResponse({ status: 400, body: body('3000', 'x'.repeat(5000)) });
    expect(error.description).toHaveLength(1024);
    expect(error.description.endsWith('...')).toBe(true);
    expect(error.problems).toEqual([{ code: 'truncated', detail: 'description' }]);
  });

  it('does not split an emoji when it caps', () => {
    const error = parseErrorResponse({ status: 400, body: body('3000', `${'x'.repeat(1022)}😀😀`) });
    expect(error.description.length).toBeLessThanOrEqual(1024);
    expect(error.description).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('trims and strips terminal control characters, keeping newlines', () => {
    const error = parseErrorResponse({ status: 400, body: body('3000', '  line one\n\u001b[31mred\u0000  ') });
    expect(error.description).toBe('line one\n[31mred');
    expect(error.problems).toEqual([{ code: 'cleaned', detail: 'description' }]);
  });
});

describe('code and source', () => {
  it.each([
    ['control characters', '2000\u00003\u001b', '20003', 'cleaned'],
    ['a bidi override', '\u202E30002', '30002', 'cleaned'],
    ['a zero-width space', '200\u200B03', '20003', 'cleaned'],
    ['a line break', '200\n03', '20003', 'cleaned'],
    ['a soft hyphen', '20\u00AD06', '2006', 'cleaned'],
    ['a paragraph separator', '2006\u2029', '2006', 'cleaned'],
    ['70 characters', 'C'.repeat(70), `${'C'.repeat(61)}...`, 'truncated'],
  ])('cleans a code with %s, and says so', (_name, code, expected, problem) => {
    const error = parseErrorResponse({ status: 404, body: body(code, 'd') });
    expect(error.code).toBe(expected);
    expect(error.problems).toEqual([{ code: problem, detail: 'code' }]);
  });

  it('finds the entry of a code once it is cleaned', () => {
    expect(parseErrorResponse({ status: 404, body: body('\u202A20003\u202C', 'd') }).entry?.id).toBe('404-20003');
  });

  it('cleans and caps a source at 256 characters', () => {
    const error = parseErrorResponse({
      status: 400,
      body: { code: '3000', description: 'd', source: `Partner\u0007FD\u2066${'s'.repeat(300)}` },
    });
    expect(error.source).toHaveLength(256);
    expect(error.source!.startsWith(`PartnerFD${'s'.repeat(10)}`)).toBe(true);
    expect(error.problems).toEqual([
      { code: 'cleaned', detail: 'source' },
      { code: 'truncated', detail: 'source' },
    ]);
  });

  it('treats a code of nothing but control characters as no code', () => {
    const error = parseErrorResponse({ status: 400, body: body('\u0000\u202E', 'd') });
    expect(error.code).toBeNull();
  });
});

describe('descriptions that could spoof what they say', () => {
  it('strips bidi overrides and isolates, keeps emoji joiners and zero-width spaces', () => {
    const description = 'Pay \u202Eyrev\u202C now \u2066x\u2069 👩\u200D💻 ภาษา\u200Bไทย';
    const error = parseErrorResponse({ status: 400, body: body('3000', description) });
    expect(error.description).toBe('Pay yrev now x 👩\u200D💻 ภาษา\u200Bไทย');
    expect(error.problems).toEqual([{ code: 'cleaned', detail: 'description' }]);
  });
});

describe('headers', () => {
  it.each([
    ['a record', { 'Retry-After': '30' }],
    ['Headers', new Headers({ 'retry-after': '30' })],
    ['tuples', [['RETRY-AFTER', '30']]],
  ])('reads %s, names case-insensitive', (_shape, headers) => {
    expect(parseErrorResponse({ status: 429, headers: headers as HeadersInit }).retryAfterSeconds).toBe(30);
  });

  it('reads Retry-After as an HTTP-date relative to the time received', () => {
    const error = parseErrorResponse({
      status: 503,
      headers: { 'Retry-After': 'Tue, 24 Nov 2026 10:01:30 GMT' },
      receivedAt: at,
    });
    expect(error.retryAfterSeconds).toBe(90);
  });

  it.each([
    ['seconds', '99999999'],
    ['an HTTP-date a year away', 'Wed, 24 Nov 2027 10:00:00 GMT'],
  ])('caps Retry-After given as %s at 7 days', (_form, value) => {
    expect(
      parseErrorResponse({ status: 503, headers: { 'Retry-After': value }, receivedAt: at }).retryAfterSeconds,
    ).toBe(7 * 86_400);
  });

  it('reads an HTTP-date in the past as 0 seconds', () => {
    expect(
      parseErrorResponse({ status: 503, headers: { 'Retry-After': 'Tue, 24 Nov 2026 09:00:00 GMT' }, receivedAt: at })
        .retryAfterSeconds,
    ).toBe(0);
  });

  it('reports a Retry-After it cannot read', () => {
    const error = parseErrorResponse({ status: 429, headers: { 'Retry-After': 'soon' } });
    expect(error.retryAfterSeconds).toBeUndefined();
    expect(error.problems).toContainEqual({ code: 'retry-after-invalid' });
  });

  it('reads the realm of WWW-Authenticate, quoted or not', () => {
    expect(
      parseErrorResponse({ status: 401, headers: { 'WWW-Authenticate': 'OAuth realm=urn:cpsvc:cpid:abc' } })
        .authenticateRealm,
    ).toBe('urn:cpsvc:cpid:abc');
    expect(
      parseErrorResponse({ status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="r1", error="x"' } })
        .authenticateRealm,
    ).toBe('r1');
  });

  it('drops Authorization, cookies and every other header before they reach the result or a ticket', () => {
    const secret = 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';
    const error = parseErrorResponse({
      status: 401,
      headers: {
        Authorization: secret,
        Cookie: 'session=SECRET-COOKIE',
        'Set-Cookie': 'a=SECRET-SET',
        'X-Api-Key': 'SECRET-KEY',
        'MS-RequestId': 'r-9',
      },
      body: body('800001', 'Partner Token missing in request context'),
    });
    const everything = JSON.stringify(error) + diagnosticsText(error) + JSON.stringify(toProblemDetails(error));
    for (const leak of ['eyJhbGci', 'SECRET-COOKIE', 'SECRET-SET', 'SECRET-KEY'])
      expect(everything).not.toContain(leak);
    expect(error.requestId).toBe('r-9');
  });
});

describe('a status that is not an HTTP status', () => {
  it.each([['abc'], [12345], [2006.5], [-1], [Number.NaN], [null]])(
    '%s with a real body: not a network failure, not retryable',
    (status) => {
      const error = parseErrorResponse({
        status: status as number,
        body: body('800060', 'Your order is in progress.'),
      });
      expect(error).toMatchObject({
        httpStatus: 0,
        code: '800060',
        description: 'Your order is in progress.',
        title: 'Response with an invalid HTTP status',
        category: 'unknown',
        severity: 'error',
        retryable: false,
      });
      expect(error.entry).toBeUndefined();
      expect(error.problems).toEqual([{ code: 'status-invalid' }]);
      expect(diagnosticsText(error)).toContain('HTTP status: 0 (not a valid HTTP status)');
      expect(remediationOf(error).summary).not.toMatch(/no answer/);
    },
  );

  it('without a body, says that the status was invalid rather than that nothing arrived', () => {
    expect(parseErrorResponse({ status: 'abc' as never }).description).toBe(
      'The response had no valid HTTP status: the response did not say more.',
    );
  });

  it('keeps status 0 itself for a request that got no response', () => {
    const error = parseErrorResponse({ status: 0 });
    expect(error).toMatchObject({
      httpStatus: 0,
      title: 'No response from Partner Center',
      category: 'transient',
      retryable: true,
    });
    expect(diagnosticsText(error)).toContain('HTTP status: 0 (no response)');
    expect(remediationOf(error).summary).toMatch(/no answer/);
  });

  it('statusFallback answers with exactly a title, category, retryable and severity for any number', () => {
    for (const status of [0, 200, 404, 418, 429, 500, 599, 12345, 2006.5, Number.NaN]) {
      expect(Object.keys(statusFallback(status)).sort(), String(status)).toEqual([
        'category',
        'retryable',
        'severity',
        'title',
      ]);
    }
    expect(statusFallback(12345)).toEqual({
      title: 'Response with an invalid HTTP status',
      category: 'unknown',
      retryable: false,
      severity: 'error',
    });
  });
});

const throwing = (): never => {
  throw new Error('hostile');
};

describe('a hostile part of the input costs only itself', () => {
  it('a header with a throwing getter: the body and the other headers are still read', () => {
    const headers = {
      'MS-CorrelationId': 'c-1',
      get 'Retry-After'() {
        return throwing();
      },
    };
    const error = parseErrorResponse({
      status: 409,
      headers: headers,
      body: body('800060', 'Your order is in progress.'),
    });
    expect(error).toMatchObject({
      code: '800060',
      description: 'Your order is in progress.',
      correlationId: 'c-1',
      retryable: true,
    });
    expect(error.entry?.id).toBe('409-800060');
    expect(error.problems).toEqual([{ code: 'unreadable', detail: 'header' }]);
  });

  it('a headers object that throws altogether: the body is still read', () => {
    const headers = new Proxy({}, { ownKeys: throwing });
    const error = parseErrorResponse({ status: 409, headers: headers, body: body('800060', 'x') });
    expect(error.entry?.id).toBe('409-800060');
    expect(error.problems).toEqual([{ code: 'unreadable', detail: 'headers' }]);
  });

  it('a body field with a throwing getter: the other fields and the headers are still read', () => {
    const hostile = {
      code: '800060',
      get description() {
        return throwing();
      },
      source: 'PartnerFD',
    };
    const error = parseErrorResponse({ status: 409, headers: { 'MS-RequestId': 'r-1' }, body: hostile });
    expect(error).toMatchObject({ code: '800060', source: 'PartnerFD', requestId: 'r-1' });
    expect(error.entry?.id).toBe('409-800060');
    expect(error.problems).toContainEqual({ code: 'unreadable', detail: 'body.description' });
  });

  it('a body that throws altogether (a revoked Proxy): the status and headers are still read', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const error = parseErrorResponse({ status: 503, headers: { 'Retry-After': '5' }, body: proxy });
    expect(error).toMatchObject({
      httpStatus: 503,
      title: 'Service unavailable',
      retryable: true,
      retryAfterSeconds: 5,
    });
    expect(error.problems).toEqual([{ code: 'unreadable', detail: 'body' }]);
  });

  it('an input whose every getter throws still gives exactly the fields of an error', () => {
    const input = {
      get status() {
        return throwing();
      },
      get headers() {
        return throwing();
      },
      get body() {
        return throwing();
      },
      get receivedAt() {
        return throwing();
      },
    };
    const error = parseErrorResponse(input);
    expect(error).toMatchObject({ httpStatus: 0, title: 'Response with an invalid HTTP status', retryable: false });
    for (const key of Object.keys(error)) expect(RESULT_KEYS.has(key), key).toBe(true);
  });
});

describe('any input at all', () => {
  it.each([
    ['no input', undefined],
    ['null input', null],
    ['a status that is text', { status: 'abc' }],
    ['a status out of range', { status: 12345 }],
    ['a bad time', { status: 400, receivedAt: 'yesterday' }],
    [
      'throwing getters',
      {
        status: 400,
        get body() {
          throw new Error('no');
        },
      },
    ],
    [
      'a body with a throwing getter',
      {
        status: 400,
        body: {
          get code() {
            throw new Error('no');
          },
        },
      },
    ],
  ])('%s: a usable error, no exception, no key beyond the documented ones', (_name, input) => {
    const error = parseErrorResponse(input as never);
    expect(error.description.length).toBeGreaterThan(0);
    expect(Array.isArray(error.problems)).toBe(true);
    expect(error.problems.length).toBeGreaterThan(0);
    for (const key of Object.keys(error)) expect(RESULT_KEYS.has(key), key).toBe(true);
  });
});
