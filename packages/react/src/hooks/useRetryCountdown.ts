import type { PartnerCenterError } from '@pc-errors/error-catalog';
import { useEffect, useState } from 'react';

/** Whole seconds left before `Retry-After` allows a retry, counted from when the response arrived. */
export function useRetryCountdown(error: Pick<PartnerCenterError, 'retryAfterSeconds' | 'receivedAt'>): number {
  const received = Date.parse(error.receivedAt);
  const deadline = error.retryAfterSeconds && !Number.isNaN(received) ? received + error.retryAfterSeconds * 1000 : 0;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (deadline <= Date.now()) return undefined;
    const timer = setInterval(() => {
      const time = Date.now();
      setNow(time);
      if (time >= deadline) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [deadline]);
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}
