import { useCallback, useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/**
 * A collapsed row's height with the default tokens: a 40px row, 4px padding above and below, a 1px border.
 * A right first guess spares the virtualizer re-adding every row's offset once the real height is read.
 */
export const DEFAULT_ROW_HEIGHT = 49;

/**
 * The height every collapsed row shares (rows are one line each), read from the DOM: it follows zoom, fonts
 * and tokens. Reading it forces a layout, so it is read when it can change (`deps`: the first rows, other
 * columns or strings) and when the table is resized, not on every commit while scrolling.
 */
export function useRowHeight(scroller: RefObject<HTMLElement | null>, deps: readonly unknown[]): number {
  const [rowHeight, setRowHeight] = useState(DEFAULT_ROW_HEIGHT);
  const measure = useCallback(() => {
    const height = scroller.current?.querySelector('tbody[data-state="closed"]')?.getBoundingClientRect().height;
    if (height && Math.abs(height - rowHeight) > 0.5) setRowHeight(height);
  }, [scroller, rowHeight]);
  useLayoutEffect(measure, [measure, ...deps]);
  useEffect(() => {
    const grid = scroller.current?.querySelector('table');
    if (!grid || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(grid);
    return () => observer.disconnect();
  }, [scroller, measure]);
  return rowHeight;
}
