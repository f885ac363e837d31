import { networkError, PartnerCenterRequestError, readErrorResponse } from '@pc-errors/error-catalog';
import type { ScenarioName } from '@pc-errors/sandbox';

/** Where the demo sends its Partner Center calls: its own origin, answered by the sandbox's service worker. */
export const API_BASE = '/v1';

export interface RequestSpec {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  body?: unknown;
}

export interface CallOptions {
  scenario: ScenarioName;
  timeoutMs: number;
}

/** What a successful call gives: the answer, the MS-RequestId it was sent with, and the response's status and headers. */
export interface Answer<T> {
  data: T;
  requestId: string;
  status: number;
  headers: Headers;
}

const keyOf = ({ method, path, body }: RequestSpec) => `${method} ${path} ${JSON.stringify(body ?? null)}`;
/**
 * The MS-RequestId of each request whose last attempt has an unknown outcome. Partner Center treats the ID as an
 * idempotency key: after a timeout or a lost connection, or when Partner Center itself timed out or failed handling
 * the call, the same request is sent again with the same ID, so it is not carried out twice; after a success or a
 * business failure, the next call gets a new one.
 */
const unanswered = new Map<string, string>();
const OUTCOME_UNKNOWN = new Set([408, 500, 502, 504]);

/**
 * One Partner Center call as a partner portal makes it: bearer token, MS-RequestId, MS-CorrelationId, a timeout.
 * Resolves to the answer; every failure (HTTP error or no response) is thrown as a PartnerCenterRequestError.
 */
export async function callApi<T>(spec: RequestSpec, options: CallOptions): Promise<Answer<T>> {
  const key = keyOf(spec);
  const requestId = unanswered.get(key) ?? crypto.randomUUID();
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${spec.path}`, {
      method: spec.method,
      headers: {
        Accept: 'application/json',
        Authorization: 'Bearer demo-token-not-a-secret',
        'MS-Contract-Version': 'v1',
        'MS-RequestId': requestId,
        'MS-CorrelationId': crypto.randomUUID(),
        'x-pce-scenario': options.scenario,
        ...(spec.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (cause) {
    unanswered.set(key, requestId);
    throw new PartnerCenterRequestError({ ...networkError(cause), requestId });
  }
  if (OUTCOME_UNKNOWN.has(response.status)) unanswered.set(key, requestId);
  else unanswered.delete(key);
  if (!response.ok) {
    const error = await readErrorResponse(response);
    throw new PartnerCenterRequestError(error.requestId ? error : { ...error, requestId });
  }
  const { status, headers } = response;
  return { data: (await response.json()) as T, requestId, status, headers };
}
