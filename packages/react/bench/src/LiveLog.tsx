// A live error log: ErrorTable over the first rows of `errors`, 100 more every 100 ms once `startLive()` is
// called (1,000 errors a second), newest first, rows keyed by request ID so that focus and expansion stay put.
import type { PartnerCenterError } from '@pc-errors/error-catalog';
import { ErrorTable } from '@pc-errors/react';
import { useEffect, useMemo, useState } from 'react';

export const LIVE_BATCH = 100;
export const LIVE_EVERY_MS = 100;

const rowId = (error: PartnerCenterError) => error.requestId ?? '';
const newestFirst = [{ id: 'time', desc: true }];

export function LiveLog({ errors, initial }: { errors: PartnerCenterError[]; initial: number }) {
  const [count, setCount] = useState(initial);
  const [live, setLive] = useState(false);
  useEffect(() => {
    Object.assign(window, { startLive: () => setLive(true), stopLive: () => setLive(false) });
  }, []);
  useEffect(() => {
    if (!live) return undefined;
    const timer = setInterval(
      () => setCount((current) => Math.min(errors.length, current + LIVE_BATCH)),
      LIVE_EVERY_MS,
    );
    return () => clearInterval(timer);
  }, [live, errors.length]);
  // A new array per arrival, as a log's state would hold; the rows already there keep their identity.
  const shown = useMemo(() => errors.slice(0, count), [errors, count]);
  return <ErrorTable errors={shown} getRowId={rowId} defaultSorting={newestFirst} />;
}
