import { useEffect } from 'react';

/** How long one slice of index building may hold the main thread: well under a frame. */
const SLICE_MS = 8;

/**
 * Builds every row's search text in slices of a few milliseconds once `start` turns true (after the first
 * rows are painted), so that the first keystroke finds the index ready. `build(deadline)` builds until the
 * deadline and says whether rows remain; a new `build` (new data) starts again where it left off.
 */
export function useSearchWarmUp(build: (deadline: number) => boolean, start: boolean): void {
  useEffect(() => {
    if (!start) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slice = () => {
      if (build(performance.now() + SLICE_MS)) timer = setTimeout(slice);
    };
    timer = setTimeout(slice);
    return () => clearTimeout(timer);
  }, [build, start]);
}
