import type { PartnerCenterError } from '@pc-errors/error-catalog';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { callApi, type RequestSpec, type Result } from './client';
import { useSettings } from './settings';

export type CallState<T> =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'done'; data: T }
  | { status: 'failed'; error: PartnerCenterError };

/** What to do with a call's answer once it succeeds: usually the next call of the operation (checkout after creating the cart). */
export type AndThen<T> = (data: T) => unknown;

export interface Call<T> {
  state: CallState<T>;
  /** The last answer, kept while the same resource is read again or a reload fails, so the page does not empty itself. */
  data: T | undefined;
  run: (spec: RequestSpec, andThen?: AndThen<T>) => Promise<Result<T>>;
  /** Re-sends the failed request with its MS-RequestId, then carries on with what was to follow it. */
  retry: (error: PartnerCenterError) => Promise<Result<T> | undefined>;
  reset: () => void;
}

/**
 * A Partner Center call with its state. `retry` re-sends the failed request with the same
 * MS-RequestId, which the service treats as an idempotency key.
 */
export function useCall<T>(onSuccess?: (data: T) => void): Call<T> {
  const { scenario, timeoutMs, logError } = useSettings();
  const [state, setState] = useState<CallState<T>>({ status: 'idle' });
  const [kept, setKept] = useState<{ path: string; data: T }>();
  const last = useRef<{ spec: RequestSpec; andThen?: AndThen<T> } | null>(null);
  // The settings of the moment a call is made; `run` itself stays the same, so that choosing another
  // scenario does not re-run every page's loads (the next call the user makes gets it).
  const settings = useRef({ scenario, timeoutMs, logError, onSuccess });
  useLayoutEffect(() => {
    settings.current = { scenario, timeoutMs, logError, onSuccess };
  });

  const run = useCallback(async (spec: RequestSpec, andThen?: AndThen<T>) => {
    const now = settings.current;
    last.current = { spec, andThen };
    setState({ status: 'pending' });
    // Another resource's answer would be misleading while this one loads.
    setKept((current) => (current?.path === spec.path ? current : undefined));
    const result = await callApi<T>(spec, { scenario: now.scenario, timeoutMs: now.timeoutMs });
    if (result.ok) {
      setState({ status: 'done', data: result.data });
      setKept({ path: spec.path, data: result.data });
      now.onSuccess?.(result.data);
      await andThen?.(result.data);
    } else {
      now.logError(result.error);
      setState({ status: 'failed', error: result.error });
    }
    return result;
  }, []);

  const retry = useCallback(
    async (error: PartnerCenterError) => {
      if (!last.current) return undefined;
      const { spec, andThen } = last.current;
      return run({ ...spec, requestId: error.requestId ?? spec.requestId }, andThen);
    },
    [run],
  );
  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { state, data: kept?.data, run, retry, reset };
}
