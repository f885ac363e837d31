import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnosticsText, MAX_LINE_ITEMS, parseCartErrors, parseCheckoutResult, type PartnerCenterError } from '../src';
import { RESULT_KEYS } from './result-keys';

// A credential in the server's words is kept as sent but masked in a ticket; a header outside the allow-list never
// reaches an error at all.
const SECRET = 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlX3NlY3JldA';
const HEADER_SECRET = 'header-secret-0b5e2f0c';
const RUNS = 2_000;

// An object whose every field read throws: a hostile part of a body.
const fightsBack = new Proxy(
  {},
  {
    get() {
      throw new Error('hostile');
    },
  },
);
const code = fc.oneof(
  fc.constantFrom(10000, 10003, 10015, '10021', 'InventoryNotAvailable', 800089, 2006, 400072),
  fc.anything(),
);
const error = fc.oneof(
  fc.record(
    {
      errorCode: code,
      errorDescription: fc.oneof(fc.string(), fc.constant(SECRET)),
      additionalInformation: fc.anything(),
    },
    { requiredKeys: [] },
  ),
  fc.constant(fightsBack),
  fc.anything(),
);
const lineItem = fc.letrec((tie) => ({
  line: fc.oneof(
    { depthSize: 'small' },
    fc.record(
      {
        id: fc.oneof(fc.integer(), fc.string(), fc.anything()),
        orderGroup: fc.oneof(fc.string(), fc.anything()),
        error,
        addonItems: fc.array(tie('line'), { maxLength: 3 }),
      },
      { requiredKeys: [] },
    ),
    fc.constant(fightsBack),
    fc.anything(),
  ),
})).line;
const cart = fc.oneof(fc.record({ lineItems: fc.array(lineItem, { maxLength: 12 }) }), fc.anything());
const orderError = fc.oneof(
  fc.record({ orderGroupId: fc.anything(), code, description: fc.anything() }, { requiredKeys: [] }),
  fc.constant(fightsBack),
  fc.anything(),
);
const checkout = fc.oneof(
  fc.record({
    orders: fc.array(fc.anything(), { maxLength: 3 }),
    orderErrors: fc.array(orderError, { maxLength: 12 }),
  }),
  fc.anything(),
);
const context = fc.oneof(
  fc.record(
    {
      status: fc.oneof(fc.constantFrom(200, 201), fc.anything()),
      headers: fc.oneof(
        fc.dictionary(fc.string(), fc.string()),
        fc.constant({ Authorization: HEADER_SECRET, Cookie: HEADER_SECRET }),
        fc.anything(),
      ),
      receivedAt: fc.oneof(fc.date(), fc.string(), fc.anything()),
    },
    { requiredKeys: [] },
  ),
  fc.constant(undefined),
);

function keepsItsPromises(errors: PartnerCenterError[]): void {
  expect(Array.isArray(errors)).toBe(true);
  expect(errors.length).toBeLessThanOrEqual(MAX_LINE_ITEMS);
  for (const failed of errors) {
    for (const key of Object.keys(failed)) expect(RESULT_KEYS.has(key), key).toBe(true);
    expect(typeof failed.lineItem).toBe('object');
    expect(failed.description.trim().length).toBeGreaterThan(0);
    expect(failed.description.length).toBeLessThanOrEqual(1024);
    expect(failed.code === null || (failed.code.length > 0 && failed.code.length <= 64)).toBe(true);
    expect(failed.entry === undefined || failed.candidates === undefined).toBe(true);
    if (failed.entry) expect(failed.entry.code).toBe(failed.code);
    expect(Number.isNaN(Date.parse(failed.receivedAt))).toBe(false);
    expect(diagnosticsText(failed)).not.toContain('eyJzdWIiOiJ4In0');
    expect(JSON.stringify(failed) + diagnosticsText(failed)).not.toContain(HEADER_SECRET);
  }
}

describe('parseCartErrors and parseCheckoutResult over generated input', () => {
  it(`never throw and keep every promise for ${RUNS.toLocaleString('en')} generated carts`, () => {
    fc.assert(
      fc.property(cart, context, (body, given) => keepsItsPromises(parseCartErrors(body, given as never))),
      { numRuns: RUNS },
    );
  });

  it(`never throw and keep every promise for ${RUNS.toLocaleString('en')} generated checkout results`, () => {
    fc.assert(
      fc.property(checkout, context, (body, given) => keepsItsPromises(parseCheckoutResult(body, given as never))),
      { numRuns: RUNS },
    );
  });
});
