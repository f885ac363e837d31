import type { PartnerCenterError } from '../types';
import { cap, withoutControls } from './text';

// Read by shape, not `instanceof Error`: a DOMException or an Error from another realm (an iframe, a worker,
// a test DOM) is not an instance of this realm's Error, and AbortSignal.timeout() rejects with a DOMException.
function nameAndMessage(cause: unknown): { name: string; message: string } {
  try {
    if (cause && typeof cause === 'object') {
      const { name, message } = cause as { name?: unknown; message?: unknown };
      return { name: typeof name === 'string' ? name : '', message: typeof message === 'string' ? message : '' };
    }
  } catch {
    // a hostile getter: nothing to read
  }
  return { name: '', message: typeof cause === 'string' ? cause : '' };
}

function causeText(cause: unknown): string {
  const { name, message } = nameAndMessage(cause);
  return name && message ? `${name}: ${message}` : name || message;
}

function isTimeout(cause: unknown): boolean {
  const { name } = nameAndMessage(cause);
  return name === 'TimeoutError' || name === 'AbortError';
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
