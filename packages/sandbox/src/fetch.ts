import { getResponse } from 'msw';
import { createHandlers, PARTNER_CENTER_BASE_URL, type SandboxOptions } from './handlers';

/**
 * A `fetch` that the sandbox answers in memory: no service worker, no server, no network. For stories and
 * tests that want a real Partner Center answer to read. A path is taken as relative to the API root; a
 * dropped connection rejects as `fetch` does, and so does an aborted or timed-out signal.
 * @example
 * const partnerCenter = createSandboxFetch({ retryAfterSeconds: 30 });
 * const error = await readErrorResponse(await partnerCenter('/customers', { headers: { Authorization: 'Bearer x', 'x-pce-scenario': 'throttled' } }));
 */
export function createSandboxFetch(options: Omit<SandboxOptions, 'baseUrl'> = {}) {
  const handlers = createHandlers({ ...options, baseUrl: PARTNER_CENTER_BASE_URL });
  return async (path: string, init: RequestInit = {}): Promise<Response> => {
    const request = new Request(/^https?:/.test(path) ? path : `${PARTNER_CENTER_BASE_URL}${path}`, init);
    const { signal } = request;
    const aborted = new Promise<never>((_, reject) => {
      // fetch() rejects with the signal's reason, whatever it is: the sandbox does the same.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      if (signal.aborted) reject(signal.reason);
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
    const response = await Promise.race([getResponse(handlers, request), aborted]);
    if (!response) throw new TypeError(`the sandbox has no route for ${request.method} ${request.url}`);
    if (response.type === 'error') throw new TypeError('Failed to fetch');
    return response;
  };
}
