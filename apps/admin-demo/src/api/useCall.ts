import type { PartnerCenterError } from '@pc-errors/error-catalog';
import { useCallback, useRef, useState } from 'react';
import { callApi, type RequestSpec } from './client';
import { useSettings } from './settings';

export type CallState<T> = { status: 'idle' } | { status: 'pending' } | { status: 'done'; data: T } | { status: 'failed'; error: PartnerCenterError };

/**
 * A Partner Center call with its state. `retry` re-sends the failed request with the same
 * MS-RequestId, which the service treats as an idempotency key.
 */
export function useCall<T>(onSuccess?: (data: T) => void) {
  const { scenario, timeoutMs, logError } = useSettings();
  const [state, setState] = useState<CallState<T>>({ status: 'idle' });
  const last = useRef<RequestSpec | null>(null);

  const run = useCallback(
    async (spec: RequestSpec) => {
      last.current = spec;
      setState({ status: 'pending' });
      const result = await callApi<T>(spec, { scenario, timeoutMs });
      if (result.ok) {
        setState({ status: 'done', data: result.data });
        onSuccess?.(result.data);
      } else {
        logError(result.error);
        setState({ status: 'failed', error: result.error });
      }
      return result;
    },
    [scenario, timeoutMs, logError, onSuccess],
  );

  const retry = useCallback(
    (error: PartnerCenterError) => {
      if (last.current) void run({ ...last.current, requestId: error.requestId ?? last.current.requestId });
    },
    [run],
  );
  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { state, run, retry, reset };
}
