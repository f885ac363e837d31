import { describe, expect, it } from 'vitest';
import { diagnosticsText, getEntry, parseErrorResponse, toProblemDetails } from '../src';

const at = '2026-11-24T10:00:00.000Z';
const body = (code: unknown, description: unknown, extra: object = {}) => ({ code, description, source: 'PartnerFD', ...extra });

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
    const description = 'For the current term, the requested number of 1 asset(s) exceeded the remaining limit of 0 assets allowed per customer. {0} <b>x</b>';
    const error = parseErrorResponse({ status: 403, body: body('800089', description) });
    expect(error.description).toBe(description);
    expect(error.title).toBe(getEntry('800089', 403)!.message);
  });

  it('treats the two HTTP 200 rows as notices', () => {
    expect(parseErrorResponse({ status: 200, body: body('10021', 'limit') }).severity).toBe('warning');
    expect(['info', 'warning']).toContain(parseErrorResponse({ status: 200, body: body('400072', 'n/a') }).severity);
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
    ['empty string', '', 'body is empty'],
    ['whitespace', '  \n ', 'body is empty'],
    ['null', null, 'body is empty'],
    ['undefined', undefined, 'body is empty'],
    ['a number', 42, 'body is a number, not an error object'],
    ['an array', [1, 2], 'body is a JSON array, not an error object'],
    ['broken JSON', '{"code": "1', 'body is not JSON'],
    ['plain text', 'Service Unavailable', 'body is plain text, not JSON'],
    ['an object without fields', {}, 'body has no code'],
  ])('%s: a clear description and a problem that says so', (_name, input, problem) => {
    const error = parseErrorResponse({ status: 503, body: input });
    expect(error.problems).toContain(problem);
    expect(error.description.trim().length).toBeGreaterThan(0);
  });

  it('reads JSON text and bytes like an object', () => {
    const json = JSON.stringify(body('800060', 'Your order is in progress.'));
    expect(parseErrorResponse({ status: 409, body: json }).entry?.id).toBe('409-800060');
    expect(parseErrorResponse({ status: 409, body: new TextEncoder().encode(json) }).entry?.id).toBe('409-800060');
  });

  it('describes a gateway HTML page in words, with its title as text', () => {
    const html = '<!DOCTYPE html><html><head><title>502 Bad Gateway</title><script>alert(1)</script></head><body><h1>Bad Gateway</h1></body></html>';
    const error = parseErrorResponse({ status: 502, headers: { 'content-type': 'text/html' }, body: html });
    expect(error.description).toBe('HTTP 502 Bad gateway: the service answered with an HTML page ("502 Bad Gateway") instead of an error response.');
    expect(error.problems).toContain('body is an HTML page, not a Partner Center error');
    expect(error).toMatchObject({ title: 'Bad gateway', category: 'transient', retryable: true });
  });

  it('describes an empty 504 in words', () => {
    expect(parseErrorResponse({ status: 504 }).description).toBe('HTTP 504 Gateway timeout: the response did not say more.');
  });

  it('reads the Microsoft identity / Graph envelope instead of calling it malformed', () => {
    const error = parseErrorResponse({
      status: 401,
      body: { error: { code: 'InvalidAuthenticationToken', message: 'Access token has expired.', innerError: { 'request-id': 'g-1', date: at } } },
    });
    expect(error).toMatchObject({
      code: 'InvalidAuthenticationToken',
      description: 'Access token has expired.',
      requestId: 'g-1',
      category: 'authentication',
      problems: [],
    });
  });

  it('notes a message field used instead of description', () => {
    const error = parseErrorResponse({ status: 400, body: { code: '3000', message: 'Invalid property', source: 'x' } });
    expect(error.description).toBe('Invalid property');
    expect(error.problems).toContain('body has "message" instead of "description"');
  });

  it('keeps data only when it is an array', () => {
    const error = parseErrorResponse({ status: 400, body: body('3000', 'x', { data: 'nope' }) });
    expect(error.data).toEqual([]);
    expect(error.problems).toContain('body data is not an array');
  });
});

describe('descriptions', () => {
  it('caps a description at 1,024 characters and says so', () => {
    const error = parseErrorResponse({ status: 400, body: body('3000', 'x'.repeat(5000)) });
    expect(error.description).toHaveLength(1024);
    expect(error.description.endsWith('…')).toBe(true);
    expect(error.problems).toContain('description truncated from 5000 to 1024 characters');
  });

  it('does not split an emoji when it caps', () => {
    const error = parseErrorResponse({ status: 400, body: body('3000', `${'x'.repeat(1022)}😀😀`) });
    expect(error.description.length).toBeLessThanOrEqual(1024);
    expect(error.description).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('trims and strips terminal control characters, keeping newlines', () => {
    const error = parseErrorResponse({ status: 400, body: body('3000', '  line one\n\u001b[31mred\u0000  ') });
    expect(error.description).toBe('line one\n[31mred');
    expect(error.problems).toContain('description had control characters removed');
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
    const error = parseErrorResponse({ status: 503, headers: { 'Retry-After': 'Tue, 24 Nov 2026 10:01:30 GMT' }, receivedAt: at });
    expect(error.retryAfterSeconds).toBe(90);
  });

  it('reports a Retry-After it cannot read', () => {
    const error = parseErrorResponse({ status: 429, headers: { 'Retry-After': 'soon' } });
    expect(error.retryAfterSeconds).toBeUndefined();
    expect(error.problems).toContain('Retry-After is neither seconds nor an HTTP-date');
  });

  it('reads the realm of WWW-Authenticate, quoted or not', () => {
    expect(parseErrorResponse({ status: 401, headers: { 'WWW-Authenticate': 'OAuth realm=urn:cpsvc:cpid:abc' } }).authenticateRealm).toBe('urn:cpsvc:cpid:abc');
    expect(parseErrorResponse({ status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="r1", error="x"' } }).authenticateRealm).toBe('r1');
  });

  it('drops Authorization, cookies and every other header before they reach the result or a ticket', () => {
    const secret = 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';
    const error = parseErrorResponse({
      status: 401,
      headers: { Authorization: secret, Cookie: 'session=SECRET-COOKIE', 'Set-Cookie': 'a=SECRET-SET', 'X-Api-Key': 'SECRET-KEY', 'MS-RequestId': 'r-9' },
      body: body('800001', 'Partner Token missing in request context'),
    });
    const everything = JSON.stringify(error) + diagnosticsText(error) + JSON.stringify(toProblemDetails(error));
    for (const leak of ['eyJhbGci', 'SECRET-COOKIE', 'SECRET-SET', 'SECRET-KEY']) expect(everything).not.toContain(leak);
    expect(error.requestId).toBe('r-9');
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
  ])('%s: a usable error, no exception', (_name, input) => {
    const error = parseErrorResponse(input as never);
    expect(error.description.length).toBeGreaterThan(0);
    expect(Array.isArray(error.problems)).toBe(true);
    expect(error.problems.length).toBeGreaterThan(0);
  });
});
