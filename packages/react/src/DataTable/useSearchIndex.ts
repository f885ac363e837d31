import { useCallback, useEffect, useMemo } from 'react';

/** How long one slice of index building may hold the main thread: well under a frame. */
const SLICE_MS = 8;

/**
 * Each row's searchable text, lower-cased, by index in `data`, built on first use. A keystroke is then
 * one `includes` per row. `useSearchIndexWarmUp` builds it ahead, so that the first keystroke finds it ready.
 */
export function useSearchIndex<TData>(
  data: readonly TData[],
  searchText: (row: TData) => string,
): (row: TData, index: number) => string {
  const texts = useMemo(() => new Array<string | undefined>(data.length), [data, searchText]);
  return useCallback(
    (row: TData, index: number) => (texts[index] ??= searchText(row).toLowerCase()),
    [texts, searchText],
  );
}

/** Builds every row's search text in slices of a few milliseconds, starting when `start` turns true. */
export function useSearchIndexWarmUp<TData>(
  data: readonly TData[],
  textOf: (row: TData, index: number) => string,
  start: boolean,
): void {
  useEffect(() => {
    if (!start) return undefined;
    let next = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slice = () => {
      const end = performance.now() + SLICE_MS;
      while (next < data.length) {
        textOf(data[next] as TData, next);
        next += 1;
        if (next % 256 === 0 && performance.now() > end) break;
      }
      if (next < data.length) timer = setTimeout(slice);
    };
    timer = setTimeout(slice);
    return () => clearTimeout(timer);
  }, [start, data, textOf]);
}
