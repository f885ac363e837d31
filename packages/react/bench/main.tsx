// The benchmark page: ?impl=ours|plain&rows=N mounts one table over N generated errors and exposes
// `window.bench`. The runner (bench/run.mjs) acts with real input; the page times each action from
// the input event's own timestamp to the paint after the table's last change, so the figures hold
// however long the round trip to the browser takes.
import '@pc-errors/tokens/tokens.css';
import { createRoot } from 'react-dom/client';
import { ErrorTable } from '../dist/index.js';
import '../dist/styles.css';
import { generateErrors } from '../test/stories-data';
import { PlainTable } from './PlainTable';

const params = new URLSearchParams(location.search);
const impl = params.get('impl') ?? 'ours';
const errors = generateErrors(Number(params.get('rows') ?? 1000));
// Both tables key rows by request ID, as a live log must to keep focus and expansion on its rows.
const rowId = (error: { requestId?: string }, index: number) => error.requestId ?? String(index);

/**
 * Resolves with the time the next frame is ready to paint: style and layout are forced inside the frame
 * callback, so the figure includes them. (A task queued after the frame would be timed late whenever
 * other tasks, such as React's deferred renders, were queued before it.)
 */
const nextPaint = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => {
      document.body.getBoundingClientRect(); // forces the layout
      resolve(performance.now());
    }),
  );
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const table = () => document.querySelector('table');

async function until(condition: () => boolean, timeoutMs = 30_000) {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error('timed out waiting for the table');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

// One timed action at a time: the input event starts the clock; every change of the table after it
// moves the finish to the paint that follows it; quiet for QUIET_MS means the table has settled.
const QUIET_MS = 250;
let action:
  | {
      start?: number;
      firstFrame?: number;
      lastPaint?: number;
      lastChange: number;
      changes: number;
      done?: () => boolean;
    }
  | undefined;
const observer = new MutationObserver(() => {
  const current = action;
  if (current?.start === undefined) return;
  current.changes += 1;
  current.lastChange = performance.now();
  const change = current.changes;
  void nextPaint().then((at) => {
    if (current.changes === change) current.lastPaint = at;
  });
});
function begin(at: number) {
  if (!action || action.start !== undefined) return;
  const current = action;
  current.start = at;
  current.lastChange = performance.now();
  requestAnimationFrame(() => (current.firstFrame = performance.now()));
}
for (const type of ['input', 'click'])
  window.addEventListener(type, (event) => begin(event.timeStamp), { capture: true });

// The rows' first paint: the paint right after the commit that inserted them.
const firstRowsPainted = new Promise<number>((resolve) => {
  const watcher = new MutationObserver(() => {
    if (!document.querySelector('tr[data-row-index]')) return;
    watcher.disconnect();
    void nextPaint().then(resolve);
  });
  watcher.observe(document.getElementById('root')!, { childList: true, subtree: true });
});
const started = performance.now();
createRoot(document.getElementById('root')!).render(
  impl === 'plain' ? <PlainTable errors={errors} getRowId={rowId} /> : <ErrorTable errors={errors} getRowId={rowId} />,
);

Object.assign(window, {
  bench: {
    /** Milliseconds from mount to the first rows painted. */
    async mounted() {
      const at = await firstRowsPainted;
      observer.observe(table()!, { subtree: true, childList: true, characterData: true, attributes: true });
      return at - started;
    },
    /** Call before the runner's input; `settled` then reports on it. */
    arm() {
      action = { lastChange: 0, changes: 0 };
    },
    /** `painted`: input to the table's final state painted. `nextFrame`: input to the next frame (how responsive the page stays). */
    async settled() {
      await until(() => action?.start !== undefined && action.firstFrame !== undefined && (action.done?.() ?? true));
      while (performance.now() - action!.lastChange < QUIET_MS) await sleep(QUIET_MS / 5);
      await until(() => action!.changes === 0 || action!.lastPaint !== undefined);
      const { start, firstFrame, lastPaint, changes } = action!;
      action = undefined;
      return { painted: (lastPaint ?? firstFrame!) - start!, nextFrame: firstFrame! - start!, changes };
    },
    /** Jumps the body to the middle of the rows (as dragging the scrollbar there does). */
    scrollToMiddle() {
      const scroller = table()!.parentElement!;
      // Done only once rows of the middle show: on a busy machine the scroll's frame may come after the quiet spell.
      const middle = errors.length / 2;
      action!.done = () =>
        [...document.querySelectorAll('tr[data-row-index]')].some(
          (row) => Math.abs(Number(row.getAttribute('data-row-index')) - middle) < errors.length * 0.05,
        );
      begin(performance.now());
      scroller.scrollTop = scroller.scrollHeight / 2;
    },
    /** Scrolls the body by `step` px on every frame for `frames` frames; resolves with the frame intervals. */
    async scrollFrames(frames: number, step: number) {
      const scroller = table()!.parentElement!;
      const intervals: number[] = [];
      let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      for (let frame = 0; frame < frames; frame++) {
        scroller.scrollTop += step;
        const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
        intervals.push(now - last);
        last = now;
      }
      return intervals;
    },
    /** The rows the table shows, to check that an action did what it should. */
    firstRowIndexes: () =>
      [...document.querySelectorAll('tr[data-row-index]')].map((row) => Number(row.getAttribute('data-row-index'))),
    firstRowText: () => document.querySelector('tr[data-row-index]')?.textContent ?? '',
    heap() {
      (window as unknown as { gc?: () => void }).gc?.();
      return (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
    },
  },
});
