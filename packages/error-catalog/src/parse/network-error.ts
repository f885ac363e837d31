import type { PartnerCenterError } from '../types';
import { cap, withoutControls } from './text';

function causeText(cause: unknown): string {
  try {
    if (cause instanceof Error) return cause.message ? `${cause.name}: ${cause.message}` : cause.name;
    return typeof cause === 'string' ? cause : '';
  } catch {
    return '';
  }
}

function isTimeout(cause: unknown): boolean {
  try {
    return cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError');
  } catch {
    return false;
  }
}

/**
 * A request that got no response at all (DNS, TLS, offline, aborted, timed out): status 0, transient,
 * retryable. The cause's own text is kept short and stripped of control characters.
 * @example try { await fetch(url) } catch (cause) { return networkError(cause) }
 */
export function networkError(cause: unknown): PartnerCenterError {
  const timeout = isTimeout(cause);
  const detail = cap(withoutControls(causeText(cause))[0].trim(), 300);
  const title = timeout ? 'The request timed out' : 'No response from Partner Center';
  return {
    httpStatus: 0,
    code: null,
    description: timeout
      ? `No response arrived in time${detail ? ` (${detail})` : ''}. The request may or may not have been carried out.`
      : `The request did not reach Partner Center or its answer was lost${detail ? ` (${detail})` : ''}. Check the network connection.`,
    data: [],
    source: null,
    title,
    category: 'transient',
    severity: 'error',
    retryable: true,
    receivedAt: new Date().toISOString(),
    problems: ['no response arrived'],
  };
}
