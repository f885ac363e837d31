// readErrorResponse against bodies and Response-like objects that stall, trickle, lie or throw: it always
// resolves, reads at most 64 KiB (every chunk counting), and stops on its timeout or its signal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, readErrorResponse } from '../src';

const json = JSON.stringify({ code: '800060', description: 'Your order is in progress.', source: 'PartnerFD' });
const throwing = (): never => {
  throw new Error('hostile');
};
/** A stream that answers every pull with `chunk()`, forever, counting how often it was asked. */
function endless(chunk: () => unknown) {
  let pulls = 0;
  const stream = new ReadableStream({
    pull(controller) {
      pulls++;
      controller.enqueue(chunk());
    },
  });
  return { stream, pulls: () => pulls };
}
const stalled = () => new ReadableStream({ pull: () => new Promise(() => {}) });
const responseOf = (body: unknown, status = 500) => new Response(body as BodyInit, { status });

describe('readErrorResponse ends every stream', () => {
  it.each([
    ['empty chunks', () => new Uint8Array(0)],
    ['one-character strings', () => 'a'],
    ['numbers', () => 42],
    ['nothing at all', () => undefined],
  ])('a stream of %s, forever: read ends within the byte budget', async (_name, chunk) => {
    const { stream, pulls } = endless(chunk);
    const error = await readErrorResponse(responseOf(stream), { timeoutMs: 60_000 });
    expect(error.httpStatus).toBe(500);
    expect(error.problems).toContainEqual({ code: 'body-too-large', detail: 'chunks' });
    expect(pulls()).toBeLessThanOrEqual(1026);
  });

  it('reads text from string chunks, as far as the cap', async () => {
    const chunks = [json.slice(0, 10), json.slice(10)];
    const stream = new ReadableStream({ pull: (c) => (chunks.length ? c.enqueue(chunks.shift()) : c.close()) });
    const error = await readErrorResponse(responseOf(stream, 409));
    expect(error).toMatchObject({ code: '800060', problems: [] });
  });

  it('reads bytes from any view or buffer a stream gives', async () => {
    const bytes = new TextEncoder().encode(json);
    const chunks: unknown[] = [bytes.buffer.slice(0, 5), new DataView(bytes.buffer, 5, 5), bytes.subarray(10)];
    const stream = new ReadableStream({ pull: (c) => (chunks.length ? c.enqueue(chunks.shift()) : c.close()) });
    expect((await readErrorResponse(responseOf(stream, 409))).code).toBe('800060');
  });

  it('stops a body that stalls after its timeout, keeping what arrived', async () => {
    const stream = new ReadableStream({
      start: (c) => c.enqueue(new TextEncoder().encode('upstream ')),
      pull: () => new Promise(() => {}),
    });
    const error = await readErrorResponse(responseOf(stream, 504), { timeoutMs: 20 });
    expect(error).toMatchObject({ httpStatus: 504, description: 'upstream' });
    expect(error.problems).toContainEqual({ code: 'body-timed-out' });
  });

  it('stops a body that trickles a byte at a time after its timeout', async () => {
    let sent = 0;
    const stream = new ReadableStream({
      pull: (c) =>
        new Promise((resolve) => setTimeout(resolve, 5)).then(() => c.enqueue(new Uint8Array([97 + (sent++ % 26)]))),
    });
    const error = await readErrorResponse(responseOf(stream, 503), { timeoutMs: 40 });
    expect(error.problems).toContainEqual({ code: 'body-timed-out' });
    expect(sent).toBeLessThan(40);
  });

  it('stops when the signal aborts, and says the read was cancelled, not that it timed out', async () => {
    const controller = new AbortController();
    const pending = readErrorResponse(responseOf(stalled(), 503), { signal: controller.signal });
    controller.abort();
    const error = await pending;
    expect(error.problems).toContainEqual({ code: 'body-cancelled' });
    expect(error.problems).not.toContainEqual({ code: 'body-timed-out' });
    expect(error.httpStatus).toBe(503);
  });

  it('does not read at all with a signal already aborted', async () => {
    const { stream, pulls } = endless(() => new Uint8Array(1));
    const error = await readErrorResponse(responseOf(stream), { signal: AbortSignal.abort() });
    expect(error.problems).toContainEqual({ code: 'body-cancelled' });
    expect(pulls()).toBeLessThanOrEqual(2);
  });

  it.each([
    ['a negative timeout', { timeoutMs: -1 }],
    ['a timeout that is not a number', { timeoutMs: 'soon' as never }],
    ['a signal that is not a signal', { signal: {} as AbortSignal }],
    ['options whose getters throw', Object.defineProperty({}, 'signal', { get: throwing }) as { signal?: AbortSignal }],
  ])('reads a body whole with %s', async (_name, options) => {
    const error = await readErrorResponse(responseOf(json, 409), options);
    expect(error.code).toBe('800060');
  });
});

describe('readErrorResponse never rejects, whatever the object does', () => {
  const lying = (name: string) => Object.defineProperty(responseOf(json, 409), name, { get: throwing });

  it.each([
    ['status', { code: 'status-invalid' }],
    ['headers', { code: 'unreadable', detail: 'headers' }],
    ['body', { code: 'unreadable', detail: 'body' }],
    ['bodyUsed', { code: 'unreadable', detail: 'bodyUsed' }],
  ])('a %s getter that throws costs only itself', async (name, problem) => {
    const error = await readErrorResponse(lying(name));
    expect(error.problems).toContainEqual(problem);
    expect(error.description.length).toBeGreaterThan(0);
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['an empty object', {}],
    [
      'a revoked Proxy',
      (() => {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        return proxy;
      })(),
    ],
  ])('resolves for %s instead of a Response', async (_name, response) => {
    const error = await readErrorResponse(response as never);
    expect(error.httpStatus).toBe(0);
    expect(error.problems.length).toBeGreaterThan(0);
  });

  it('resolves when read() throws, returns nothing, or never settles', async () => {
    const shaped = (read: () => unknown) => ({
      status: 502,
      headers: new Headers(),
      body: { getReader: () => ({ read }) },
    });
    expect((await readErrorResponse(shaped(throwing) as never)).problems).toContainEqual({ code: 'body-incomplete' });
    expect((await readErrorResponse(shaped(() => undefined) as never)).problems).toEqual([{ code: 'body-empty' }]);
    const stuck = await readErrorResponse(shaped(() => new Promise(() => {})) as never, { timeoutMs: 10 });
    expect(stuck.problems).toContainEqual({ code: 'body-timed-out' });
  });

  it('reads an async iterable body (a Node stream, node-fetch v2) like a web stream', async () => {
    async function* chunks() {
      yield new TextEncoder().encode(json.slice(0, 7));
      yield new TextEncoder().encode(json.slice(7));
    }
    const error = await readErrorResponse({ status: 409, headers: new Headers(), body: chunks() } as never);
    expect(error.code).toBe('800060');
  });

  it('counts one huge chunk against the cap and keeps only the first 64 KiB', async () => {
    const big = new Uint8Array(MAX_BODY_BYTES * 4).fill(120);
    const error = await readErrorResponse(responseOf(big));
    expect(error.problems).toContainEqual({ code: 'body-too-large' });
    expect(error.description.length).toBeLessThanOrEqual(1024);
  });
});

describe('readErrorResponse over generated streams', () => {
  const chunk = fc.oneof(
    fc.uint8Array({ maxLength: 20_000 }),
    fc.uint8Array({ maxLength: 64 }).map((bytes) => bytes.buffer),
    fc.string({ maxLength: 200 }),
    fc.constantFrom(undefined, null, 42, {}, new Uint8Array(0)),
  );
  const ending = fc.constantFrom('close', 'error', 'stall');

  it('always resolves, keeps its promises and says why it stopped', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(chunk, { maxLength: 40 }), ending, async (chunks, end) => {
        const queue = [...chunks];
        const stream = new ReadableStream({
          pull(controller) {
            if (queue.length) {
              controller.enqueue(queue.shift());
              return;
            }
            if (end === 'close') {
              controller.close();
              return;
            }
            if (end === 'error') {
              controller.error(new TypeError('dropped'));
              return;
            }
            return new Promise(() => {});
          },
        });
        const error = await readErrorResponse(new Response(stream, { status: 502 }), { timeoutMs: 20 });
        expect(error.httpStatus).toBe(502);
        expect(error.description.length).toBeLessThanOrEqual(1024);
        expect(error.problems.length).toBeLessThanOrEqual(16);
        const codes = error.problems.map((problem) => problem.code);
        const stopped = ['body-too-large', 'body-timed-out', 'body-incomplete'].filter((code) =>
          codes.includes(code as never),
        );
        if (end === 'stall') expect(stopped.length).toBeGreaterThan(0);
        if (end === 'error') expect(stopped.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});
