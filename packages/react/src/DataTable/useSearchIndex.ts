import { useCallback, useEffect, useMemo } from 'react';
import { usePaintedOnce } from '../hooks/usePaintedOnce';

/** How long one slice of index building may hold the main thread: well under a frame. */
const SLICE_MS = 8;

/**
 * Each row's searchable text, lower-cased, by index in `data`: built in short slices after the first
 * paint, so that the first keystroke finds it ready, and on demand for any row not reached yet.
 * A keystroke is then one `includes` per row.
 */
export function useSearchIndex<TData>(data: readonly TData[], searchText: (row: TData) => string): (row: TData, index: number) => string {
  const texts = useMemo(() => new Array<string | undefined>(data.length), [data, searchText]);
  const textOf = useCallback((row: TData, index: number) => (texts[index] ??= searchText(row).toLowerCase()), [texts, searchText]);
  const painted = usePaintedOnce();

  useEffect(() => {
    if (!painted) return undefined;
    let next = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slice = () => {
      const end = performance.now() + SLICE_MS;
      while (next < data.length) {
        textOf(data[next]!, next);
        next += 1;
        if (next % 256 === 0 && performance.now() > end) break;
      }
      if (next < data.length) timer = setTimeout(slice);
    };
    timer = setTimeout(slice);
    return () => clearTimeout(timer);
  }, [painted, data, textOf]);

  return textOf;
}
