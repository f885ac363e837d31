import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  isPartnerCenterRequestError,
  networkError,
  parseErrorResponse,
  PartnerCenterRequestError,
  throwIfError,
} from '../src';

const notFound = () =>
  new Response(
    JSON.stringify({
      code: 20003,
      description: 'Subscription with ID 0001 not found. Request sent password=hunter2',
      source: 'PartnerFD',
    }),
    { status: 404, headers: { 'MS-CorrelationId': 'corr-1', 'MS-RequestId': 'req-1' } },
  );

describe('PartnerCenterRequestError', () => {
  it('carries the parsed error as error and cause, with a message of title, status and code', async () => {
    const thrown = await PartnerCenterRequestError.from(notFound());
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown.name).toBe('PartnerCenterRequestError');
    expect(thrown.message).toBe('Subscription with ID {0} not found. (HTTP 404, code 20003)');
    expect(thrown.cause).toBe(thrown.error);
    expect(thrown.error).toMatchObject({ httpStatus: 404, code: '20003', correlationId: 'corr-1' });
  });

  it('keeps the server description out of its message, stack and JSON', async () => {
    const thrown = await PartnerCenterRequestError.from(notFound());
    expect(`${thrown.message}${thrown.stack ?? ''}${JSON.stringify(thrown)}`).not.toContain('hunter2');
    expect(JSON.parse(JSON.stringify(thrown))).toMatchObject({
      name: 'PartnerCenterRequestError',
      httpStatus: 404,
      code: '20003',
      correlationId: 'corr-1',
      requestId: 'req-1',
    });
    expect(JSON.stringify(thrown)).toContain('password=[redacted]');
  });

  it('lets nothing unmasked out through what copies or prints an error on its own', async () => {
    const secret = 'Zq8~RealSecretValue123';
    const thrown = await PartnerCenterRequestError.from(
      new Response(
        JSON.stringify({
          code: 800089,
          description: `Denied. client_secret=${secret} Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln`,
          data: [{ name: 'client_secret', value: secret }],
        }),
        { status: 403 },
      ),
    );
    const views = [
      inspect(thrown, { depth: 10, showHidden: false }),
      inspect({ wrapped: thrown }, { depth: 10 }),
      // eslint-disable-next-line @typescript-eslint/no-misused-spread -- a logger that spreads errors, on purpose
      JSON.stringify({ ...thrown }),
      JSON.stringify(thrown),
      JSON.stringify(Object.entries(thrown)),
      JSON.stringify(structuredClone(thrown), Object.getOwnPropertyNames(structuredClone(thrown))),
      String(thrown),
    ];
    for (const view of views) expect(view).not.toContain(secret);
    expect(inspect(thrown)).toContain('client_secret=[redacted]');
    expect(Object.keys(thrown)).toEqual(['name']);
    // Asked for by name, the parsed error is there, raw, as the contract says.
    expect(thrown.error.description).toContain(secret);
    expect(thrown.cause).toBe(thrown.error);
  });

  it('wraps a request that got no response', () => {
    const thrown = new PartnerCenterRequestError(networkError(new TypeError('Failed to fetch')));
    expect(thrown.message).toBe('No response from Partner Center (no response)');
  });

  it('is recognized by its brand, also from another copy of the package, and nothing else is', async () => {
    // A second instance of the module, as a second bundle or realm would have it.
    const secondCopy = '../src/request-error.ts?another-copy';
    const copy = (await import(/* @vite-ignore */ secondCopy)) as typeof import('../src/request-error');
    const foreign = new copy.PartnerCenterRequestError(parseErrorResponse({ status: 500 }));
    expect(foreign instanceof PartnerCenterRequestError).toBe(false);
    expect(isPartnerCenterRequestError(foreign)).toBe(true);
    const lookalike = Object.assign(new Error('x'), { name: 'PartnerCenterRequestError', error: {} });
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    const brand = Symbol.for('@pc-errors/error-catalog/PartnerCenterRequestError');
    const forged = { [brand]: true };
    const yesToAll = new Proxy({}, { get: () => true });
    const clone = structuredClone(foreign);
    for (const value of [lookalike, hostile, forged, yesToAll, clone, null, undefined, 'PartnerCenterRequestError'])
      expect(isPartnerCenterRequestError(value)).toBe(false);
  });

  it('throwIfError passes a success through and throws the error of a failure', async () => {
    const ok = new Response('{}', { status: 201 });
    expect(await throwIfError(ok)).toBe(ok);
    const throttled = new Response(JSON.stringify({ statusCode: 429, message: 'Try again in 9 seconds.' }), {
      status: 429,
    });
    const thrown: unknown = await throwIfError(throttled).catch((cause: unknown) => cause);
    expect(isPartnerCenterRequestError(thrown)).toBe(true);
    expect((thrown as PartnerCenterRequestError).error).toMatchObject({
      retryAfterSeconds: 9,
      retryAfterSource: 'body',
    });
  });
});
