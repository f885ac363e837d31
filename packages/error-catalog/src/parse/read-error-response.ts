import { loadCatalog } from '../catalog/load';
import type { PartnerCenterError, Problem } from '../types';
import { bytesOf, MAX_BODY_BYTES } from './body';
import { buildError, part, safely } from './build-error';
import { addProblem, mergeProblems } from './problems';

export { MAX_BODY_BYTES };

/** How long reading a body may take unless told otherwise: an error body is small and arrives at once. */
export const DEFAULT_READ_TIMEOUT_MS = 10_000;
/**
 * The fewest bytes a chunk counts for against MAX_BODY_BYTES, whatever it holds: so at most 1,024 chunks are
 * read, and a stream of empty chunks (answered by microtasks alone, so that no timer could ever stop it) ends.
 */
const MIN_CHUNK_BYTES = 64;
// setTimeout fires at once for anything above 2^31 - 1 ms.
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** How `readErrorResponse` reads a body. */
export interface ReadErrorResponseOptions {
  /** Stops reading the body when it aborts; the error is made from what was read until then. */
  signal?: AbortSignal;
  /** The longest the body may take to arrive, in ms; then the error is made from what was read. @default 10000 */
  timeoutMs?: number;
}

interface ChunkReader {
  read(): unknown;
  cancel?(reason?: unknown): unknown;
}

// A WHATWG stream's reader, or an async iterable's iterator (Node streams, node-fetch v2 bodies) read the same way.
function readerOf(body: unknown): ChunkReader | undefined {
  if (body == null || typeof body !== 'object') return undefined;
  const stream = body as { getReader?: () => ChunkReader; [Symbol.asyncIterator]?: () => AsyncIterator<unknown> };
  if (typeof stream.getReader === 'function') return stream.getReader();
  const iterate = stream[Symbol.asyncIterator];
  if (typeof iterate !== 'function') return undefined;
  const iterator = iterate.call(body);
  return { read: () => iterator.next(), cancel: () => iterator.return?.() };
}

const STOP = Symbol('stop');

// One promise that settles when the read must end: after the timeout, or when the signal aborts.
function stopper(options: ReadErrorResponseOptions, problems: Problem[]) {
  let signal: AbortSignal | undefined;
  let timeoutMs: unknown;
  try {
    ({ signal, timeoutMs } = options);
  } catch {
    addProblem(problems, 'unreadable', 'options');
  }
  const wait =
    typeof timeoutMs === 'number' && timeoutMs >= 0 ? Math.min(timeoutMs, LONGEST_TIMER_MS) : DEFAULT_READ_TIMEOUT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort = () => {};
  let reason: 'body-timed-out' | 'body-cancelled' = 'body-timed-out';
  const stopped = new Promise<typeof STOP>((resolve) => {
    timer = setTimeout(() => resolve(STOP), wait);
    onAbort = () => {
      reason = 'body-cancelled';
      resolve(STOP);
    };
    try {
      if (signal?.aborted) onAbort();
      else signal?.addEventListener('abort', onAbort, { once: true });
    } catch {
      addProblem(problems, 'unreadable', 'signal');
    }
  });
  const dispose = () => {
    clearTimeout(timer);
    try {
      signal?.removeEventListener('abort', onAbort);
    } catch {
      // a hostile signal: nothing more to undo
    }
  };
  return { stopped, reason: () => reason, dispose };
}

const encoder = new TextEncoder();

type Stopper = ReturnType<typeof stopper>;

async function readCapped(body: unknown, { stopped, reason }: Stopper, problems: Problem[]): Promise<string> {
  const reader = readerOf(body);
  if (!reader) return '';
  // Every chunk is copied into one buffer and decoded once at the end: decoding chunk by chunk costs more
  // than the bytes themselves when a stream trickles them one at a time.
  const buffer = new Uint8Array(MAX_BODY_BYTES);
  let length = 0;
  let cost = 0;
  try {
    for (;;) {
      // A read() that throws, or returns a thenable that lies, ends in the catch below.
      const next = await Promise.race([reader.read(), stopped]);
      if (next === STOP) {
        addProblem(problems, reason());
        break;
      }
      const { done, value } = (next ?? { done: true }) as ReadableStreamReadResult<unknown>;
      if (done) break;
      const room = MAX_BODY_BYTES - length;
      const bytes = bytesOf(value);
      let size = 0;
      if (bytes) {
        size = bytes.byteLength;
        buffer.set(size > room ? bytes.subarray(0, room) : bytes, length);
        length += Math.min(size, room);
      } else if (typeof value === 'string') {
        // Text already (some polyfills and mocks): its UTF-8 bytes, as far as they fit.
        const { read, written } = encoder.encodeInto(value, buffer.subarray(length));
        size = read < value.length ? room + 1 : written;
        length += written;
      } else addProblem(problems, 'body-chunk-invalid', typeof value);
      cost += Math.max(size, MIN_CHUNK_BYTES);
      // Only a byte beyond the limit makes a body too large: one of exactly 64 KiB is read whole, and the
      // next read (which ends the stream or brings more) decides.
      if (size > room) {
        addProblem(problems, 'body-too-large');
        break;
      }
      if (cost > MAX_BODY_BYTES) {
        addProblem(problems, 'body-too-large', 'chunks');
        break;
      }
    }
  } catch {
    addProblem(problems, 'body-incomplete');
  } finally {
    // Stop the download: a 10 MB body must not be pulled in just to be thrown away. Not awaited: a hostile
    // cancel() may never settle.
    try {
      Promise.resolve(reader.cancel?.()).catch(() => {});
    } catch {
      // a cancel() that throws: the stream is left as it is
    }
  }
  return new TextDecoder().decode(buffer.subarray(0, length));
}

/**
 * Reads a fetch `Response` (or any object shaped like one) into a `PartnerCenterError`, reading at most
 * 64 KiB of its body, for at most `timeoutMs`, until `signal` aborts. Always resolves, never rejects,
 * whatever the response's getters, headers or body stream do. The catalog's text is loaded while the body is read
 * (a chunk of its own, the first time only), so the error carries its full entry; should that chunk fail to load, or
 * not arrive within the same `timeoutMs` and `signal`, the error is explained by its status and says so
 * (`catalog-unavailable`).
 * @example const error = response.ok ? null : await readErrorResponse(response, { signal: controller.signal })
 */
export async function readErrorResponse(
  response: Response,
  options: ReadErrorResponseOptions = {},
): Promise<PartnerCenterError> {
  const problems: Problem[] = [];
  const loading = loadCatalog();
  const field = (name: 'status' | 'headers' | 'body' | 'bodyUsed'): unknown =>
    part(() => response[name], undefined, problems, name);
  const status = field('status');
  const headers = field('headers');
  let body = '';
  // One deadline for the whole call: the body, then the catalog chunk if it has not arrived yet.
  const stop = stopper(options ?? {}, problems);
  let catalog: Awaited<typeof loading>;
  try {
    try {
      if (field('bodyUsed') === true) addProblem(problems, 'body-already-read');
      else body = await readCapped(field('body'), stop, problems);
    } catch {
      addProblem(problems, 'unreadable', 'body');
    }
    catalog = await Promise.race([loading, stop.stopped.then(() => undefined)]);
  } finally {
    stop.dispose();
  }
  if (!catalog) addProblem(problems, 'catalog-unavailable');
  const input = { status: status as number, headers: headers as Headers, body };
  const error = safely(input, () => buildError(input, catalog));
  error.problems = mergeProblems(problems, error.problems);
  return error;
}
