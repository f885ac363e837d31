// Every exported function, called with hostile values in every argument: none throws (and none rejects, but the two
// whose job is to: loadCatalogText when the catalog cannot load, throwIfError for a failed response).
import { describe, expect, it } from 'vitest';
import * as api from '../src';

const boom = () => {
  throw new Error('hostile');
};
const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
const trapsThrow = new Proxy(
  {},
  { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom },
);
const getters = Object.defineProperties(
  {},
  Object.fromEntries(
    [
      'code',
      'detail',
      'status',
      'headers',
      'body',
      'title',
      'httpStatus',
      'problems',
      'data',
      'entry',
      'description',
    ].map((key) => [key, { get: boom, enumerable: true }]),
  ),
);
const cyclic: Record<string, unknown> = {};
cyclic.self = cyclic;

const HOSTILE: [string, () => unknown][] = [
  ['a revoked Proxy', revoked],
  ['a Proxy whose every trap throws', () => trapsThrow],
  ['an object whose getters throw', () => getters],
  ['an object whose conversions throw', () => ({ toString: boom, valueOf: boom, [Symbol.toPrimitive]: boom })],
  ['a revoked Proxy as an array', () => [revoked()]],
  ['a cyclic object', () => cyclic],
  ['a symbol', () => Symbol('s')],
  ['a BigInt', () => 10n],
  ['NaN', () => NaN],
  ['null', () => null],
  ['undefined', () => undefined],
  ['a function', () => boom],
  ['1 MB of text', () => 'x'.repeat(2 ** 20)],
];
const MAY_REJECT = new Set(['loadCatalogText', 'throwIfError']);
// Classes are constructed, not called.
const CLASSES = new Set(['PartnerCenterRequestError']);

type AnyFunction = (...args: unknown[]) => unknown;
const functions = (Object.entries(api) as [string, unknown][]).filter(
  (entry): entry is [string, AnyFunction] => typeof entry[1] === 'function' && !CLASSES.has(entry[0]),
);

describe('no export throws, whatever it is given', () => {
  it(`covers every exported function (${functions.length})`, () => {
    expect(functions.length).toBeGreaterThanOrEqual(20);
  });

  it.each(functions)('%s', async (name, fn) => {
    for (const [label, make] of HOSTILE) {
      for (const args of [[make()], [make(), make()], [undefined, make()], [make(), make(), make()]]) {
        let result: unknown;
        expect(() => (result = fn(...args)), `${name}(${label})`).not.toThrow();
        if (result instanceof Promise && !MAY_REJECT.has(name))
          await expect(result, `${name}(${label})`).resolves.not.toThrow();
        else if (result instanceof Promise) await result.catch(() => undefined);
      }
    }
  });

  it.each(HOSTILE)('PartnerCenterRequestError of %s builds, and gives a message, JSON and a ticket', (_label, make) => {
    const thrown = new api.PartnerCenterRequestError(make() as api.PartnerCenterError);
    expect(typeof thrown.message).toBe('string');
    expect(() => JSON.stringify(thrown)).not.toThrow();
    expect(api.isPartnerCenterRequestError(thrown)).toBe(false);
  });
});
