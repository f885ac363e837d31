// The benchmark page: ?grid=ours|plain|agGrid|mui|floor&rows=N generates N errors, then starts the clock and
// calls createRoot().render(). It exposes `window.bench`, with which the runner (run.mjs) checks each action
// it drives with real input. Times come from the page's own clock: an input event's timestamp to the moment
// after the frame that shows the right rows has been painted.
import '@pc-errors/react/styles.css';
import '@pc-errors/tokens/tokens.css';
import { createRoot } from 'react-dom/client';
import { grids, type BenchRow } from './grids';
import { errorLog } from './rows';

const params = new URLSearchParams(location.search);
const grid = grids[params.get('grid') ?? 'ours']!;
const rowCount = Number(params.get('rows') ?? 1000);
// A live log receives up to 30 s of errors at 1,000 a second after the first rows.
const arriving = errorLog(rowCount + (grid.live ? 30_000 : 0));
const errors: BenchRow[] = grid.rows?.() ?? arriving.slice(0, rowCount);
// The order the rows show in first: newest first for the error logs, as given for the catalog.
const firstOrder = errors.map((_, index) => (grid.rows ? index : errors.length - 1 - index));

/** Resolves after the next frame has been painted: a message posted from a frame callback runs after that frame. */
const afterPaint = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

interface ShownRow {
  index: number;
  status: string;
  correlationId: string;
}
/** The rows inside the grid's viewport, top to bottom. */
function shownRows(): ShownRow[] {
  const viewport = document.querySelector(grid.viewport)?.getBoundingClientRect();
  if (!viewport) return [];
  return [...document.querySelectorAll(grid.row)]
    .map((row) => ({ row, box: row.getBoundingClientRect() }))
    .filter(({ box }) => box.height > 0 && box.bottom > viewport.top + 1 && box.top < viewport.bottom - 1)
    .sort((a, b) => a.box.top - b.box.top)
    .map(({ row }) => ({
      index: Number(row.getAttribute(grid.index)),
      // The status number, whatever the cell adds after it ("400 BadRequest").
      status: String(parseInt(row.querySelector(grid.cell.status)?.textContent ?? '', 10)),
      correlationId: row.querySelector(grid.cell.correlationId)?.textContent.trim() ?? '',
    }));
}

/** The first screen shows the first rows of `order`, in that order. */
const startsWith = (order: readonly number[]) => () => {
  const shown = shownRows();
  return (
    shown.length >= Math.min(5, order.length) &&
    shown.every((row, place) => errors[order[place]!]?.correlationId === row.correlationId)
  );
};

// Mount: every frame, until the first rows are the newest errors; the time is taken after that frame's paint.
let mount: Promise<number> | undefined;
function start() {
  // The generator's garbage is collected before the clock starts, so that no grid pays for it.
  (window as unknown as { gc?: () => void }).gc?.();
  const check = startsWith(firstOrder);
  const started = performance.now();
  mount = new Promise<number>((resolve) => {
    const poll = () => {
      if (check()) void afterPaint().then((at) => resolve(at - started));
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  createRoot(document.getElementById('root')!).render(grid.render(arriving.slice(0, rowCount), arriving));
}
// ?hold: the runner starts the clock itself (to profile from render() on).
if (!params.has('hold')) start();

// An action: input events start it; every change of the watched part moves its end to the paint after that
// change; it is over when the part has been quiet for QUIET_MS and `done` holds.
const QUIET_MS = 300;
let action:
  | { inputs: number[]; inputPaint?: Promise<number>; lastChange?: number; lastPaint?: number; changes: number }
  | undefined;
for (const type of ['input', 'click', 'wheel'])
  window.addEventListener(
    type,
    (event) => {
      if (!action) return;
      action.inputs.push(event.timeStamp);
      // The answer to the last input is painted no sooner than the frame after it (if nothing had to change).
      action.inputPaint = afterPaint();
    },
    { capture: true, passive: true },
  );
const observer = new MutationObserver(() => {
  const current = action;
  if (!current) return;
  const change = (current.changes += 1);
  current.lastChange = performance.now();
  void afterPaint().then((at) => {
    if (current.changes === change) current.lastPaint = at;
  });
});

let expected: { name: string; holds: () => boolean } | undefined;
const statusesOf = (order: readonly number[], count: number) =>
  order.slice(0, count).map((index) => String(errors[index]!.httpStatus));
const byStatus = (desc: boolean) =>
  errors.map((_, index) => index).sort((a, b) => (errors[a]!.httpStatus - errors[b]!.httpStatus) * (desc ? -1 : 1));

Object.assign(window, {
  bench: {
    grid: { sortHeader: grid.sortHeader, searchBox: grid.searchBox, viewport: grid.viewport },
    start,
    /** Milliseconds from render() to the first rows painted. */
    async mounted() {
      const at = await mount!;
      const watched = document.querySelector(grid.watched)!;
      observer.observe(watched, {
        subtree: true,
        childList: true,
        characterData: true,
        // Not `class`: hover and focus styles change with the mouse, not with the answer.
        attributeFilter: ['style', 'aria-rowcount', 'aria-rowindex', 'aria-sort', 'row-index', 'data-rowindex'],
      });
      return at;
    },
    /** What the next action must leave on screen; prepared before it, as working it out takes the main thread. */
    expect(name: string, argument?: string) {
      expected = { name: `${name}(${argument ?? ''})`, holds: checks[name]!(argument) };
    },
    /** Call right before the runner's input. */
    arm() {
      action = { inputs: [], changes: 0 };
    },
    /**
     * Waits for the action to settle with `expect` holding; returns milliseconds from the first and from the
     * last input event to the paint after the last change (or the first frame, if nothing had to change).
     */
    async settled() {
      const current = action!;
      const { name, holds } = expected!;
      const deadline = performance.now() + 30_000;
      for (;;) {
        await nextFrame();
        const quiet = performance.now() - (current.lastChange ?? current.inputs.at(-1) ?? 0) >= QUIET_MS;
        if (quiet && current.inputs.length > 0 && (current.changes === 0 || current.lastPaint !== undefined) && holds())
          break;
        if (performance.now() > deadline)
          throw new Error(`${name} never held: ${JSON.stringify(shownRows().slice(0, 3))}`);
      }
      action = undefined;
      const end = Math.max(current.lastPaint ?? 0, await current.inputPaint!);
      return { first: end - current.inputs[0]!, last: end - current.inputs.at(-1)!, changes: current.changes };
    },
    /** Where the runner's wheel should go to bring the middle of the rows into view. */
    middleDistance() {
      const viewport = document.querySelector(grid.viewport)!;
      return viewport.scrollHeight / 2 - viewport.scrollTop;
    },
    toTop() {
      document.querySelector(grid.viewport)!.scrollTop = 0;
    },
    /** Records animation-frame intervals until `stop()`; returns them. */
    frames() {
      const intervals: number[] = [];
      let running = true;
      let last = performance.now();
      const tick = (now: number) => {
        intervals.push(now - last);
        last = now;
        if (running) requestAnimationFrame(tick);
      };
      requestAnimationFrame((now) => {
        last = now;
        requestAnimationFrame(tick);
      });
      (window as unknown as { stopFrames: () => number[] }).stopFrames = () => {
        running = false;
        return intervals;
      };
    },
    heap() {
      (window as unknown as { gc?: () => void }).gc?.();
      return (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
    },
    shown: shownRows,
  },
});

/** What each action must leave on screen, checked on the rows the grid shows. */
const checks: Record<string, (argument?: string) => () => boolean> = {
  /** Rows near the middle of the rows shown (of the page, for a paged grid), each with its own data. */
  middle: () => {
    const length = Math.min(errors.length, grid.pageSize ?? Infinity);
    return () => {
      const shown = shownRows();
      return (
        shown.length > 0 &&
        shown.every((row) => errors[firstOrder[row.index]!]?.correlationId === row.correlationId) &&
        shown.some((row) => Math.abs(row.index - length / 2) <= length * 0.05 + 5)
      );
    };
  },
  /** The first screen in order of status, either way. */
  sorted: () => {
    const asc = byStatus(false);
    const desc = byStatus(true);
    return () => {
      const shown = shownRows();
      const statuses = shown.map((row) => row.status);
      return (
        shown.length >= 5 && [asc, desc].some((order) => statusesOf(order, statuses.length).join() === statuses.join())
      );
    };
  },
  /** Only rows the grid's search should find, in order of status; none at all when none match. */
  filtered: (query = '') => {
    const matches = new Set<string>();
    const matching: number[] = [];
    for (const [index, error] of errors.entries())
      if (grid.searched(error).includes(query)) {
        matches.add(error.correlationId!);
        matching.push(index);
      }
    const orders = [false, true].map((desc) =>
      matching.slice().sort((a, b) => (errors[a]!.httpStatus - errors[b]!.httpStatus) * (desc ? -1 : 1)),
    );
    return () => {
      const shown = shownRows();
      if (matching.length === 0) return shown.length === 0;
      const statuses = shown.map((row) => row.status).join();
      return (
        shown.length >= Math.min(5, matching.length) &&
        shown.every((row) => matches.has(row.correlationId)) &&
        orders.some((order) => statusesOf(order, shown.length).join() === statuses)
      );
    };
  },
};
