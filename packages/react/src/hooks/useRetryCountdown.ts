import { MAX_RETRY_AFTER_SECONDS, type PartnerCenterError } from '@pc-errors/error-catalog';
import { useEffect, useState } from 'react';

// Only a wait the parser could have made counts: a NaN, negative or endless one (an error built by hand)
// would leave Retry disabled for good, or a timer that overflows.
const waitOf = (seconds: unknown) =>
  typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0
    ? Math.min(seconds, MAX_RETRY_AFTER_SECONDS)
    : 0;

/**
 * Whole seconds left before `Retry-After` allows a retry, counted from when the response arrived (0 when there is
 * nothing to wait for; `enabled` false: no countdown at all), and whether this banner saw the wait run out (so that
 * saying "you can retry now" is news, not a stale wait). The clock is read only after mount: the server's render and
 * the first one in the browser both show the whole wait, and agree.
 */
export function useRetryCountdown(
  error: Pick<PartnerCenterError, 'retryAfterSeconds' | 'receivedAt'>,
  enabled = true,
): [secondsLeft: number, waitedOut: boolean] {
  const received = typeof error.receivedAt === 'string' ? Date.parse(error.receivedAt) : NaN;
  const wait = enabled && !Number.isNaN(received) ? waitOf(error.retryAfterSeconds) : 0;
  const deadline = received + wait * 1000;
  // The deadline the clock was read for, when it was first read, and now.
  const [clock, setClock] = useState<[deadline: number, first: number, now: number]>();
  useEffect(() => {
    if (!wait) return undefined;
    const first = Date.now();
    const tick = () => {
      const now = Date.now();
      setClock([deadline, first, now]);
      return now < deadline;
    };
    if (!tick()) return undefined;
    const timer = setInterval(() => tick() || clearInterval(timer), 1000);
    return () => clearInterval(timer);
  }, [deadline, wait]);
  // Until the clock is read for this deadline, the whole wait (never more: a clock read for an earlier error must
  // not lengthen a new one's).
  if (!wait || clock?.[0] !== deadline) return [Math.ceil(wait), false];
  const secondsLeft = Math.min(Math.ceil(wait), Math.max(0, Math.ceil((deadline - clock[2]) / 1000)));
  return [secondsLeft, clock[1] < deadline && !secondsLeft];
}
