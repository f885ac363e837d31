// Property tests: whatever arrives, the parser answers with an object that keeps its promises.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  catalog,
  diagnosticsText,
  lookupEntry,
  MAX_DATA_SIZE,
  MAX_PROBLEMS,
  parseErrorResponse,
  type PartnerCenterError,
  problemMessages,
  toProblemDetails,
} from '../src';
import { RESULT_KEYS } from './result-keys';

const RUNS = 10_000;
const SEVEN_DAYS = 7 * 86_400;
// Controls, format characters, default-ignorables, line separators and lone surrogates have no place in an identifier.
const IDENTIFIER_NOISE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Default_Ignorable_Code_Point}]/u;
// A generous bound on the JSON of kept data: its size budget, with room for JSON's own escapes.
const MOST_DATA_JSON = 6 * MAX_DATA_SIZE;
// Every secret below starts with this, so one search finds any of them in the output.
const SECRET = 'SECRETxq';

const throwing = (): never => {
  throw new Error('hostile');
};
// Every trap throws for the names the parser reads. Symbol keys are answered, because fast-check itself
// asks generated values for its clone symbol; a revoked Proxy (which throws even then) is covered by a unit test.
const fightsBack = new Proxy(
  {},
  {
    get: (_target, key) => (typeof key === 'symbol' ? undefined : throwing()),
    has: (_target, key) => (typeof key === 'symbol' ? false : throwing()),
    ownKeys: throwing,
    getOwnPropertyDescriptor: throwing,
    getPrototypeOf: throwing,
  },
);
/** The same value, or one that fights back: a Proxy whose traps throw. */
const hostile = <T>(value: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 5, arbitrary: value }, { weight: 1, arbitrary: fc.constant(fightsBack) });
const withThrowingGetter = (record: fc.Arbitrary<Record<string, unknown>>, names: string[]) =>
  fc
    .tuple(record, fc.constantFrom(...names))
    .map(([value, name]) => Object.defineProperty({ ...value }, name, { get: throwing, enumerable: true }));

const text = fc.string({ unit: 'binary', maxLength: 80 });
const noisy = fc
  .stringMatching(/^[\s\S]{0,8}$/)
  .chain((base) =>
    fc
      .constantFrom(
        '\u0000',
        '\u001b[31m',
        '\u202E',
        '\u2066',
        '\u200B',
        '\n',
        '\u0085',
        '\u00AD',
        '\u3164',
        '\uFE0F',
        '\u{E0041}',
        '\u2028',
      )
      .map((noise) => `${base}${noise}${base}`),
  );
const codes = fc.oneof(
  fc.constantFrom(...catalog.map((entry) => entry.code)),
  text,
  noisy,
  fc.string({ minLength: 60, maxLength: 200 }),
  fc.integer(),
  fc.double(),
  fc.constant(null),
);
const sources = fc.oneof(
  fc.constant('PartnerFD'),
  text,
  noisy,
  fc.string({ minLength: 250, maxLength: 400 }),
  fc.anything(),
);
const data = fc.oneof(
  fc.array(fc.jsonValue(), { maxLength: 5 }),
  fc.array(fc.integer(), { minLength: 95, maxLength: 130 }),
  fc.anything(),
);
const partnerCenterFields = fc.record(
  { code: codes, description: fc.oneof(fc.string({ maxLength: 2000 }), noisy, fc.anything()), data, source: sources },
  { requiredKeys: [] },
);
const partnerCenterBody = fc.oneof(
  partnerCenterFields,
  withThrowingGetter(partnerCenterFields, ['code', 'description', 'data', 'source']),
);
const graphBody = fc.record({
  error: fc.record({ code: fc.anything(), message: fc.anything(), innerError: fc.anything() }, { requiredKeys: [] }),
});
const oauthBody = fc.record(
  {
    error: fc.oneof(fc.constantFrom('invalid_grant', 'invalid_client'), text),
    error_description: fc.oneof(text, fc.anything()),
  },
  { requiredKeys: ['error'] },
);
const bodies = hostile(
  fc.oneof(
    partnerCenterBody,
    graphBody,
    oauthBody,
    partnerCenterFields.map((value) => (JSON.stringify(value) as string | undefined) ?? ''),
    partnerCenterFields.map((value) => new TextEncoder().encode((JSON.stringify(value) as string | undefined) ?? '')),
    fc.uint8Array({ maxLength: 300 }),
    fc.string({ unit: 'binary' }).map((title) => `<html><title>${title}</title></html>`),
    fc.string().map((inner) => `<?xml version="1.0"?><Error>${inner}</Error>`),
    fc.string({ maxLength: 3000 }),
    fc.anything(),
  ),
);

const statuses = fc.oneof(
  fc.constantFrom(0, 200, 400, 401, 403, 404, 409, 429, 500, 502, 503, 504),
  fc.integer({ min: -5, max: 1200 }),
  fc.double(),
  fc.constantFrom('404', ' 503 ', 'abc', '2006.5', ''),
  fc.anything(),
);

// Credentials a careless caller might pass along with the response; none may come out again.
const credentialHeaders = fc.record(
  {
    Authorization: fc.string({ minLength: 4 }).map((token) => `Bearer ${SECRET}${token}`),
    Cookie: fc.string({ minLength: 4 }).map((value) => `session=${SECRET}${value}`),
    'Set-Cookie': fc.string({ minLength: 4 }).map((value) => `id=${SECRET}${value}; Secure`),
    'X-Api-Key': fc.constant(`${SECRET}-key`),
  },
  { requiredKeys: [] },
);
const headerValues = fc.oneof(
  text,
  fc.nat().map(String),
  fc.integer({ min: 0, max: 10 ** 9 }).map(String),
  fc.date().map((date) => (Number.isNaN(date.getTime()) ? 'x' : date.toUTCString())),
);
const allowedHeaders = fc.dictionary(
  fc.constantFrom('MS-CorrelationId', 'ms-requestid', 'Retry-After', 'WWW-Authenticate', 'Content-Type', 'X-Other'),
  headerValues,
);
const headerRecords = fc
  .tuple(allowedHeaders, credentialHeaders)
  .map(([allowed, credentials]) => ({ ...allowed, ...credentials }));
const headers = hostile(
  fc.oneof(
    headerRecords,
    headerRecords.map((record) => {
      const real = new Headers();
      for (const [name, value] of Object.entries(record)) {
        try {
          real.append(name, value);
        } catch {
          // Headers refuses some characters outright: then that header is simply not sent.
        }
      }
      return real;
    }),
    headerRecords.map((record) => Object.entries(record)),
    withThrowingGetter(headerRecords, ['Retry-After', 'MS-CorrelationId', 'Authorization']),
    fc.anything(),
  ),
);

const inputs = hostile(
  fc.record(
    { status: statuses, headers, body: bodies, receivedAt: fc.oneof(fc.date(), fc.string(), fc.constant(undefined)) },
    { requiredKeys: [] },
  ),
);

function keepsItsPromises(error: PartnerCenterError): void {
  for (const key of Object.keys(error)) expect(RESULT_KEYS.has(key), key).toBe(true);
  expect(Number.isInteger(error.httpStatus) && error.httpStatus >= 0 && error.httpStatus <= 999).toBe(true);
  expect(
    error.code === null || (typeof error.code === 'string' && error.code.length > 0 && error.code.length <= 64),
  ).toBe(true);
  expect(
    error.source === null ||
      (typeof error.source === 'string' && error.source.length > 0 && error.source.length <= 256),
  ).toBe(true);
  for (const identifier of [error.code, error.source])
    if (identifier !== null) expect(identifier).not.toMatch(IDENTIFIER_NOISE);
  expect(typeof error.description).toBe('string');
  expect(error.description.trim().length).toBeGreaterThan(0);
  expect(error.description.length).toBeLessThanOrEqual(1024);
  expect(error.description).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
  expect(Array.isArray(error.data) && error.data.length <= 100).toBe(true);
  expect(typeof error.title === 'string' && error.title.length > 0).toBe(true);
  expect(Number.isNaN(Date.parse(error.receivedAt))).toBe(false);
  // The entry is the catalog's answer for the code as received: the exact entry, or the code's only one.
  if (error.entry) {
    expect(error.entry.code).toBe(error.code);
    expect(lookupEntry(error.code, error.httpStatus).entry).toBe(error.entry);
  }
  expect(error.entry === undefined || error.candidates === undefined).toBe(true);
  if (error.statusMismatch) expect(error.statusMismatch.documented).not.toContain(error.httpStatus);
  if (error.retryAfterSeconds !== undefined) {
    expect(
      Number.isInteger(error.retryAfterSeconds) &&
        error.retryAfterSeconds >= 0 &&
        error.retryAfterSeconds <= SEVEN_DAYS,
    ).toBe(true);
  }
  if (error.problems.some((problem) => problem.code === 'status-invalid')) expect(error.retryable).toBe(false);
  expect(error.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS);
  for (const problem of error.problems) {
    expect(Object.hasOwn(problemMessages, problem.code), problem.code).toBe(true);
    if (problem.detail !== undefined) expect(problem.detail.length).toBeLessThanOrEqual(64);
  }
  const data = JSON.stringify(error.data);
  expect(data.length).toBeLessThanOrEqual(MOST_DATA_JSON);
  expect(data).not.toMatch(/"(__proto__|constructor|prototype)":/);
  const everything = JSON.stringify(error) + diagnosticsText(error) + JSON.stringify(toProblemDetails(error));
  expect(everything).not.toContain(SECRET);
}

describe('parseErrorResponse over generated input', () => {
  it(`keeps every invariant for ${RUNS.toLocaleString('en')} generated responses, hostile ones included`, () => {
    fc.assert(
      fc.property(inputs, (input) => keepsItsPromises(parseErrorResponse(input as never))),
      { numRuns: RUNS },
    );
  });

  it('never lets a header outside the allow-list reach the result', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 8 }).map((secret) => `SECRET${secret}`),
        fc.constantFrom('Authorization', 'cookie', 'Set-Cookie', 'X-Api-Key'),
        (secret, name) => {
          const error = parseErrorResponse({
            status: 401,
            headers: { [name]: secret },
            body: { code: '1', description: 'd', source: 's' },
          });
          expect(JSON.stringify(error)).not.toContain(secret);
          expect(diagnosticsText(error)).not.toContain(secret);
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('reads an invalid status with a real body as an answer, never as a retryable network failure', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 1000 }),
          fc.integer({ max: -1 }),
          fc.double({ noInteger: true }),
          fc.string().filter((value) => !/^\s*\d{1,3}\s*$/.test(value)),
        ),
        fc.constantFrom(...catalog.map((entry) => entry.code)),
        (status, code) => {
          const error = parseErrorResponse({ status: status as number, body: { code, description: 'd', source: 's' } });
          expect(error).toMatchObject({
            httpStatus: 0,
            code,
            category: 'unknown',
            retryable: false,
            title: 'Response with an invalid HTTP status',
          });
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
