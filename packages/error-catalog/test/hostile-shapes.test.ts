// Shapes that made the parser work or keep without bound: sparse and lying arrays in `data`, lists whose own
// `slice`, species or iterator never end, deeply nested cart text, and the slices of a body an error could keep.
import { describe, expect, it } from 'vitest';
import {
  diagnosticsText,
  MAX_DATA_ITEMS,
  MAX_DATA_SIZE,
  MAX_LINE_ITEMS,
  parseCartErrors,
  parseCheckoutResult,
  parseErrorResponse,
} from '../src';

const size = (value: unknown) => JSON.stringify(value).length;
// Whatever `data` held, what is kept is about 1 KB (its JSON plus 24 a container) and at most 100 items a level.
const bounded = (data: unknown[]) => {
  expect(size(data)).toBeLessThanOrEqual(MAX_DATA_SIZE + 16);
  const walk = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    expect(value.length).toBeLessThanOrEqual(MAX_DATA_ITEMS);
    value.forEach(walk);
  };
  walk(data);
};
const claiming = (length: number, item: () => unknown = () => undefined) =>
  new Proxy([], { get: (target, key) => (key === 'length' ? length : key in target ? undefined : item()) });

describe('data: every slot of an array costs budget, whatever it holds', () => {
  it.each<[string, () => unknown]>([
    ['a sparse array of 2^32 - 1 holes', () => new Array(2 ** 32 - 1) as unknown[]],
    ['a sparse array of 4,000,000 holes', () => new Array(4e6) as unknown[]],
    ['a Proxy claiming 2^32 - 1 items', () => claiming(2 ** 32 - 1)],
    ['1,000,000 functions', () => Array.from({ length: 1e6 }, () => () => 0)],
    ['1,000,000 symbols', () => Array.from({ length: 1e6 }, () => Symbol('s'))],
    ['1,000,000 empty arrays', () => Array.from({ length: 1e6 }, () => [])],
  ])('nested in data: %s', (_name, make) => {
    const nested = make();
    const error = parseErrorResponse({ status: 400, body: { code: 1, data: [nested, [[nested]], { k: nested }] } });
    bounded(error.data);
    expect(error.problems).toContainEqual({ code: 'data-truncated' });
    expect(diagnosticsText(error)).toMatch(/^Data: \[/m);
    const line = parseCartErrors({
      lineItems: [{ id: 1, error: { errorCode: 10003, additionalInformation: { items: nested } } }],
    });
    bounded(line[0]?.data ?? []);
  });

  it('keeps the positions of values JSON cannot show, within the same budget', () => {
    const error = parseErrorResponse({ status: 400, body: { code: 1, data: [[1, undefined, () => 0, 2]] } });
    expect(error.data).toEqual([[1, null, null, 2]]);
  });
});

// A list whose own `slice` or species yields without end, and one whose iterator does.
function endless(): unknown[] {
  const list: unknown[] = [{ code: 1 }];
  const forever = {
    *[Symbol.iterator]() {
      for (;;) yield { code: 1, errorCode: 1, id: 1, error: { errorCode: 1 } };
    },
  };
  Object.defineProperty(list, 'constructor', { value: { [Symbol.species]: () => forever } });
  Object.defineProperty(list, 'slice', { value: () => forever });
  Object.defineProperty(list, Symbol.iterator, { value: forever[Symbol.iterator] });
  return list;
}

describe('lists are read by index, never through their own slice, species or iterator', () => {
  it('checkout orderErrors', () => {
    expect(parseCheckoutResult({ orderErrors: endless() })).toHaveLength(1);
  });

  it('cart line items and add-ons', () => {
    const items = endless();
    items[0] = { id: 1, error: { errorCode: 10003 }, addonItems: endless() };
    expect(parseCartErrors({ lineItems: items })).toHaveLength(1);
  });

  it('a cart body counted for a partial success', () => {
    const error = parseErrorResponse({ status: 201, body: { lineItems: endless(), orderErrors: endless() } });
    expect(error.title).toBe('1 of 1 order groups failed');
  });

  it('header tuples and a header given as a list', () => {
    const values = endless();
    values[0] = 'c-1';
    const tuples = endless();
    tuples[0] = ['MS-CorrelationId', values];
    expect(parseErrorResponse({ status: 500, headers: tuples as never, body: '' }).correlationId).toBe('c-1');
  });

  it('reads at most MAX_LINE_ITEMS of a list that claims more', () => {
    const errors = parseCheckoutResult({ orderErrors: claiming(2 ** 32 - 1, () => ({ code: 1 })) });
    expect(errors).toHaveLength(MAX_LINE_ITEMS);
  });
});

describe('cart and checkout given as JSON text', () => {
  it('text nested deeper than any cart is not parsed', () => {
    const deep = `{"lineItems":${'['.repeat(2 ** 19)}${']'.repeat(2 ** 19)}}`;
    expect(parseCartErrors(deep)).toEqual([]);
    expect(parseCheckoutResult(deep)).toEqual([]);
  });

  it('text of more than 1 MiB is not parsed', () => {
    const long = JSON.stringify({ lineItems: [{ id: 1, error: { errorCode: 10003 } }], pad: 'x'.repeat(2 ** 20) });
    expect(parseCartErrors(long)).toEqual([]);
  });

  it('a real cart with add-ons, and brackets inside strings, is parsed', () => {
    const text = JSON.stringify({
      lineItems: [{ id: 1, addonItems: [{ id: 2, error: { errorCode: 10003, errorDescription: '[['.repeat(100) } }] }],
    });
    expect(parseCartErrors(text)).toMatchObject([{ code: '10003', lineItem: { lineItemId: 2 } }]);
  });
});
