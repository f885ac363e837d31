import { useEffect, useRef, useState } from 'react';

/** How long the search and filters must rest before the result count is announced. */
const SETTLE_MS = 400;

/**
 * The text of the table's polite live region: the new order after a sort (many screen readers ignore
 * `aria-sort` changes), and the result count once the user stops changing the search or filters, not per
 * keystroke. Only a change is announced (clearing the filters included), not the first render.
 */
export function useAnnouncements(filterKey: string, resultCount: () => string) {
  const [announcement, setAnnouncement] = useState('');
  const announcedFilter = useRef(filterKey);
  const countRef = useRef(resultCount);
  countRef.current = resultCount;
  useEffect(() => {
    if (filterKey === announcedFilter.current) return undefined;
    const timer = setTimeout(() => {
      announcedFilter.current = filterKey;
      setAnnouncement(countRef.current());
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [filterKey]);
  return [announcement, setAnnouncement] as const;
}
