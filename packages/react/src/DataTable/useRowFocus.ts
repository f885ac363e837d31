import type { Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';

const PAGE = 10;

/**
 * Roving focus over virtual rows, tracked by row id so that it survives sorting, filtering and rows
 * appended by a live log. DataTable's range extractor keeps the focused row rendered, so focus is never
 * lost to the page when it scrolls out of view.
 * @param positionOf the position among the rows shown of the row with this id, or -1
 * @param idAt the id of the row shown at a position
 */
export function useRowFocus(
  count: number,
  positionOf: (id: string) => number,
  idAt: (position: number) => string | undefined,
  scroller: RefObject<HTMLElement | null>,
  virtualizer: Virtualizer<HTMLDivElement, Element>,
) {
  const [activeId, setActiveId] = useState<string | undefined>(undefined);
  // The row that should take focus once rendered. Its id, not a flag: the virtualizer may re-render
  // (scrollToIndex) before the move has, and that render must not use the flag up on the old row.
  const focusTarget = useRef<string | null>(null);
  // Found once per new rows or move, not on each render while the table scrolls.
  const found = useMemo(() => (activeId === undefined ? -1 : positionOf(activeId)), [positionOf, activeId]);
  const activeIndex = found >= 0 ? found : count ? 0 : -1;

  useEffect(() => {
    if (focusTarget.current === null || focusTarget.current !== idAt(activeIndex)) return;
    const row = scroller.current?.querySelector<HTMLElement>(`[data-row-index="${activeIndex}"]`);
    if (row) {
      row.focus({ preventScroll: true });
      focusTarget.current = null;
    }
  });

  const moveTo = useCallback(
    (index: number) => {
      const next = Math.max(0, Math.min(count - 1, index));
      const id = idAt(next);
      if (id === undefined) return;
      focusTarget.current = id;
      setActiveId(id);
      virtualizer.scrollToIndex(next, { align: 'auto' });
    },
    [count, idAt, virtualizer],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (!(event.target as HTMLElement).matches('[data-row-index]')) return;
      const moves: Record<string, number> = {
        ArrowDown: activeIndex + 1,
        ArrowUp: activeIndex - 1,
        PageDown: activeIndex + PAGE,
        PageUp: activeIndex - PAGE,
        Home: 0,
        End: count - 1,
      };
      const target = moves[event.key];
      if (target === undefined) return;
      event.preventDefault();
      moveTo(target);
    },
    [activeIndex, count, moveTo],
  );

  return { activeIndex, setActiveId, onKeyDown };
}
