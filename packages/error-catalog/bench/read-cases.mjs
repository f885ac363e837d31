// The `readErrorResponse` cases of the adversarial bench: streams of the worst shapes, and Response-like
// objects that stall, trickle or lie. Each factory makes a fresh `[response, options]` for each call;
// the options are what a careful caller passes (a version without them ignores them).
import { streamShapes } from './shapes.mjs';

const stalled = () => new ReadableStream({ pull: () => new Promise(() => {}) });
const trickle = () => {
  let at = 0;
  const tick = () => new Promise((resolve) => setTimeout(resolve, 10));
  return new ReadableStream({ pull: (c) => tick().then(() => c.enqueue(new Uint8Array([48 + (at++ % 10)]))) });
};
const throwing = () => {
  throw new Error('hostile getter');
};
const lying = (name) => Object.defineProperty(new Response('{}', { status: 400 }), name, { get: throwing });
const wait = { timeoutMs: 100 };

/** `[name, () => [response, options]]` */
export function readCases() {
  return [
    ...streamShapes().map(([name, stream]) => [`stream: ${name}`, () => [new Response(stream(), { status: 500 }), {}]]),
    ['stalled body, timeoutMs 100', () => [new Response(stalled(), { status: 503 }), wait]],
    ['1 byte every 10 ms, timeoutMs 100', () => [new Response(trickle(), { status: 503 }), wait]],
    [
      'stalled body, signal aborts at 50 ms',
      () => [new Response(stalled(), { status: 503 }), { signal: AbortSignal.timeout(50) }],
    ],
    ['status getter throws', () => [lying('status'), {}]],
    ['headers getter throws', () => [lying('headers'), {}]],
    ['body getter throws', () => [lying('body'), {}]],
    [
      'a reader whose read() never settles, timeoutMs 100',
      () => [
        {
          status: 500,
          headers: new Headers(),
          body: { getReader: () => ({ read: () => new Promise(() => {}), cancel: () => new Promise(() => {}) }) },
        },
        wait,
      ],
    ],
  ];
}
