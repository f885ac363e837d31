import { MAX_RETRY_AFTER_SECONDS, type PartnerCenterError } from '@pc-errors/error-catalog';
import { useEffect, useState } from 'react';

// Only a wait the parser could have made counts: a NaN, negative or endless one (an error built by hand)
// would leave Retry disabled for good, or a timer that overflows.
const waitOf = (seconds: unknown) =>
  typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0
    ? Math.min(seconds, MAX_RETRY_AFTER_SECONDS)
    : 0;

/**
 * Whole seconds left before `Retry-After` allows a retry, counted from when the response arrived; 0 when
 * there is nothing to wait for (`enabled` false: a request the user cancelled has no countdown).
 */
export function useRetryCountdown(
  error: Pick<PartnerCenterError, 'retryAfterSeconds' | 'receivedAt'>,
  enabled = true,
): number {
  const received = typeof error.receivedAt === 'string' ? Date.parse(error.receivedAt) : NaN;
  const wait = enabled ? waitOf(error.retryAfterSeconds) : 0;
  const deadline = wait && !Number.isNaN(received) ? received + wait * 1000 : 0;
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
