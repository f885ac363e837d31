import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, networkError, readErrorResponse, remediationOf } from '../src';

function streamOf(totalBytes: number, chunkBytes = 16 * 1024) {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) {
        controller.close();
        return;
      }
      const size = Math.min(chunkBytes, totalBytes - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
  });
  return { stream, sent: () => sent };
}

describe('readErrorResponse', () => {
  it('reads a Response with its headers', async () => {
    const response = new Response(
      JSON.stringify({
        code: '800064',
        description: 'Cart c1 is being processed by another request',
        source: 'PartnerFD',
      }),
      {
        status: 409,
        headers: { 'MS-CorrelationId': 'c', 'MS-RequestId': 'r' },
      },
    );
    const error = await readErrorResponse(response);
    expect(error).toMatchObject({ code: '800064', retryable: true, correlationId: 'c', requestId: 'r', problems: [] });
  });

  it('stops after 64 KiB of a 10 MB body, without pulling the rest', async () => {
    const { stream, sent } = streamOf(10 * 1024 * 1024);
    const error = await readErrorResponse(new Response(stream, { status: 500 }));
    expect(sent()).toBeLessThanOrEqual(MAX_BODY_BYTES + 2 * 16 * 1024);
    expect(error.problems).toContainEqual({ code: 'body-too-large' });
    expect(error.description.length).toBeLessThanOrEqual(1024);
  });

  it.each([
    ['in 16 KiB chunks', 16 * 1024],
    ['in one chunk', MAX_BODY_BYTES],
  ])('reads a body of exactly 64 KiB %s whole, without calling it too large', async (_how, chunkBytes) => {
    const { stream } = streamOf(MAX_BODY_BYTES, chunkBytes);
    const error = await readErrorResponse(new Response(stream, { status: 500 }));
    expect(error.problems).not.toContainEqual({ code: 'body-too-large' });
    expect(error.problems).toContainEqual({ code: 'body-plain-text' });
  });

  it.each([
    ['in 16 KiB chunks', 16 * 1024],
    ['one byte after a full chunk', MAX_BODY_BYTES],
  ])('calls a body of 64 KiB and one byte too large, %s', async (_how, chunkBytes) => {
    const { stream } = streamOf(MAX_BODY_BYTES + 1, chunkBytes);
    const error = await readErrorResponse(new Response(stream, { status: 500 }));
    expect(error.problems).toContainEqual({ code: 'body-too-large' });
  });

  it('resolves when the connection drops mid-body', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"code":"1'));
        controller.error(new TypeError('network error'));
      },
    });
    const error = await readErrorResponse(new Response(stream, { status: 502 }));
    expect(error.httpStatus).toBe(502);
    expect(error.problems).toContainEqual({ code: 'body-incomplete' });
  });

  it('resolves for a body that was already read', async () => {
    const response = new Response('{}', { status: 400 });
    await response.text();
    expect((await readErrorResponse(response)).problems).toContainEqual({ code: 'body-already-read' });
  });

  it('reads an empty 503', async () => {
    const error = await readErrorResponse(new Response(null, { status: 503, headers: { 'Retry-After': '120' } }));
    expect(error).toMatchObject({ httpStatus: 503, retryable: true, retryAfterSeconds: 120 });
    expect(error.problems).toEqual([{ code: 'body-empty' }]);
  });
});

describe('networkError', () => {
  it('models a failed fetch: status 0, transient, retryable', () => {
    const error = networkError(new TypeError('Failed to fetch'));
    expect(error).toMatchObject({
      httpStatus: 0,
      code: null,
      category: 'transient',
      retryable: true,
      title: 'No response from Partner Center',
    });
    expect(error.description).toContain('TypeError: Failed to fetch');
  });

  it('calls a timeout a timeout', () => {
    const error = networkError(new DOMException('The operation timed out.', 'TimeoutError'));
    expect(error.title).toBe('The request timed out');
  });

  it('calls a user abort a cancellation, and a timeout a transient error', async () => {
    // What fetch rejects with: a user's abort() is an AbortError, AbortSignal.timeout() a TimeoutError.
    const aborted = await fetch('http://127.0.0.1:9/', { signal: AbortSignal.abort() }).catch(
      (cause: unknown) => cause,
    );
    const cancelled = networkError(aborted);
    expect(cancelled).toMatchObject({ category: 'cancelled', severity: 'info', title: 'Request cancelled' });
    expect(cancelled.description).toMatch(/cancelled before an answer arrived/);
    expect(remediationOf(cancelled).summary).toMatch(/got no answer/);
    const timeout = AbortSignal.timeout(1);
    await new Promise((resolve) => timeout.addEventListener('abort', resolve));
    const timedOut = networkError(timeout.reason);
    expect(timedOut).toMatchObject({ category: 'transient', severity: 'error', title: 'The request timed out' });
  });

  it("calls a timeout from another realm a timeout (not an instance of this realm's Error)", () => {
    // What AbortSignal.timeout() rejects with inside an iframe, a worker or a test DOM.
    const foreign = Object.create(null) as { name: string; message: string };
    Object.assign(foreign, { name: 'TimeoutError', message: 'signal timed out' });
    const error = networkError(foreign);
    expect(error.title).toBe('The request timed out');
    expect(error.description).toContain('TimeoutError: signal timed out');
  });

  it('accepts any cause, hostile ones included', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('x');
        },
      },
    );
    expect(networkError(hostile).title).toBe('No response from Partner Center');
    for (const cause of [
      undefined,
      null,
      42,
      'offline',
      {
        toString: () => {
          throw new Error('x');
        },
      },
    ]) {
      expect(networkError(cause).description.length).toBeGreaterThan(0);
    }
  });
});
