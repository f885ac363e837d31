import { networkError, readErrorResponse, type PartnerCenterError } from '@pc-errors/error-catalog';
import type { ScenarioName } from '@pc-errors/sandbox';

/** Where the demo sends its Partner Center calls: its own origin, answered by the sandbox's service worker. */
export const API_BASE = '/v1';

export interface RequestSpec {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  body?: unknown;
  /** MS-RequestId; a retry re-sends the failed call's ID so the service can recognize a repeat. */
  requestId?: string;
}

export type Result<T> = { ok: true; data: T; requestId: string } | { ok: false; error: PartnerCenterError };

export interface CallOptions {
  scenario: ScenarioName;
  timeoutMs: number;
}

/**
 * One Partner Center call as a partner portal makes it: bearer token, MS-RequestId, a timeout,
 * and every failure (HTTP error or no response) read into a PartnerCenterError.
 */
export async function callApi<T>(spec: RequestSpec, options: CallOptions): Promise<Result<T>> {
  const requestId = spec.requestId ?? crypto.randomUUID();
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${spec.path}`, {
      method: spec.method,
      headers: {
        Authorization: 'Bearer demo-token-not-a-secret',
        'MS-RequestId': requestId,
        'MS-CorrelationId': crypto.randomUUID(),
        'x-pce-scenario': options.scenario,
        ...(spec.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (cause) {
    const error = networkError(cause);
    return { ok: false, error: { ...error, requestId } };
  }
  if (!response.ok) {
    const error = await readErrorResponse(response);
    return { ok: false, error: error.requestId ? error : { ...error, requestId } };
  }
  return { ok: true, data: (await response.json()) as T, requestId };
}
