// Property tests: whatever arrives, the parser answers with an object that keeps its promises.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog, diagnosticsText, parseErrorResponse, toProblemDetails } from '../src';

const RUNS = 10_000;
const codes = fc.oneof(fc.constantFrom(...catalog.map((entry) => entry.code)), fc.string(), fc.integer(), fc.double(), fc.constant(null));
const statuses = fc.oneof(fc.constantFrom(0, 200, 400, 401, 403, 404, 409, 429, 500, 502, 503, 504), fc.integer({ min: -5, max: 1200 }), fc.anything());
const partnerCenterBody = fc.record(
  { code: codes, description: fc.oneof(fc.string({ maxLength: 2000 }), fc.anything()), data: fc.anything(), source: fc.anything() },
  { requiredKeys: [] },
);
const graphBody = fc.record({ error: fc.record({ code: fc.anything(), message: fc.anything(), innerError: fc.anything() }, { requiredKeys: [] }) });
const bodies = fc.oneof(
  partnerCenterBody,
  graphBody,
  partnerCenterBody.map((value) => JSON.stringify(value) ?? ''),
  fc.string().map((text) => `<html><title>${text}</title></html>`),
  fc.string({ maxLength: 3000 }),
  fc.anything(),
);
const headerNames = fc.constantFrom(
  'MS-CorrelationId',
  'ms-requestid',
  'Retry-After',
  'WWW-Authenticate',
  'Content-Type',
  'Authorization',
  'Cookie',
  'X-Other',
);
const headers = fc.oneof(
  fc.dictionary(
    headerNames,
    fc.oneof(
      fc.string(),
      fc.nat().map(String),
      fc.date().map((date) => (Number.isNaN(date.getTime()) ? 'x' : date.toUTCString())),
    ),
  ),
  fc.array(fc.tuple(headerNames, fc.string())),
  fc.anything(),
);
const inputs = fc.record(
  { status: statuses, headers, body: bodies, receivedAt: fc.oneof(fc.date(), fc.string(), fc.constant(undefined)) },
  { requiredKeys: [] },
);

describe('parseErrorResponse over generated input', () => {
  it(`keeps every invariant for ${RUNS.toLocaleString('en')} generated responses`, () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const error = parseErrorResponse(input as never);
        expect(Number.isInteger(error.httpStatus) && error.httpStatus >= 0 && error.httpStatus <= 999).toBe(true);
        expect(error.code === null || typeof error.code === 'string').toBe(true);
        expect(typeof error.description).toBe('string');
        expect(error.description.trim().length).toBeGreaterThan(0);
        expect(error.description.length).toBeLessThanOrEqual(1024);
        expect(Array.isArray(error.data)).toBe(true);
        expect(typeof error.title === 'string' && error.title.length > 0).toBe(true);
        expect(Number.isNaN(Date.parse(error.receivedAt))).toBe(false);
        if (error.entry) {
          expect(error.entry.httpStatus).toBe(error.httpStatus);
          expect(error.entry.code).toBe(error.code);
        }
        if (error.retryAfterSeconds !== undefined) expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(0);
        const ticket = diagnosticsText(error);
        expect(ticket).toContain(error.receivedAt);
        expect(() => JSON.stringify(toProblemDetails(error))).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });

  it('never lets a header outside the allow-list reach the result', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 8 }).map((text) => `SECRET${text}`),
        fc.constantFrom('Authorization', 'cookie', 'Set-Cookie', 'X-Api-Key'),
        (secret, name) => {
          const error = parseErrorResponse({ status: 401, headers: { [name]: secret }, body: { code: '1', description: 'd', source: 's' } });
          expect(JSON.stringify(error)).not.toContain(secret);
          expect(diagnosticsText(error)).not.toContain(secret);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
