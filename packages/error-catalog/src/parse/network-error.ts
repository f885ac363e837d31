import type { PartnerCenterError } from '../types';
import { cap, withoutControls } from './text';

// A cause's name and message are short; a longer one is cut before it is looked at.
const MAX_CAUSE = 300;

// Read by shape, not `instanceof Error`: a DOMException or an Error from another realm (an iframe, a worker,
// a test DOM) is not an instance of this realm's Error, and AbortSignal.timeout() rejects with a DOMException.
function nameAndMessage(cause: unknown): { name: string; message: string } {
  try {
    if (cause && typeof cause === 'object') {
      const { name, message } = cause as { name?: unknown; message?: unknown };
      return {
        name: typeof name === 'string' ? name.slice(0, MAX_CAUSE) : '',
        message: typeof message === 'string' ? message.slice(0, MAX_CAUSE) : '',
      };
    }
  } catch {
    // a hostile getter: nothing to read
  }
  return { name: '', message: typeof cause === 'string' ? cause.slice(0, MAX_CAUSE) : '' };
}

function causeText(cause: unknown): string {
  const { name, message } = nameAndMessage(cause);
  return name && message ? `${name}: ${message}` : name || message;
}

const KINDS = {
  // AbortSignal.timeout() rejects with a TimeoutError: the service was too slow.
  timeout: {
    title: 'The request timed out',
    description: (detail: string) =>
      `No response arrived in time${detail}. The request may or may not have been carried out.`,
    category: 'transient',
    severity: 'error',
  },
  // controller.abort() rejects with an AbortError: someone chose to stop waiting. Nothing failed.
  cancelled: {
    title: 'Request cancelled',
    description: (detail: string) =>
      `The request was cancelled before an answer arrived${detail}. It may or may not have been carried out.`,
    category: 'cancelled',
    severity: 'info',
  },
  offline: {
    title: 'No response from Partner Center',
    description: (detail: string) =>
      `The request did not reach Partner Center or its answer was lost${detail}. Check the network connection.`,
    category: 'transient',
    severity: 'error',
  },
} as const;

function kindOf(cause: unknown): keyof typeof KINDS {
  const { name } = nameAndMessage(cause);
  return name === 'TimeoutError' ? 'timeout' : name === 'AbortError' ? 'cancelled' : 'offline';
}

/**
 * A request that got no response at all: status 0, retryable. A timeout (`AbortSignal.timeout()`) or a
 * network failure is `transient`; a user's abort (`AbortController.abort()`) is `cancelled`, severity `info`.
 * The cause's own text is kept short and stripped of control characters.
 * @example try { await fetch(url, { signal }) } catch (cause) { return networkError(cause) }
 */
export function networkError(cause: unknown): PartnerCenterError {
  const kind = KINDS[kindOf(cause)];
  const detail = cap(withoutControls(causeText(cause))[0].trim(), MAX_CAUSE);
  return {
    httpStatus: 0,
    code: null,
    description: kind.description(detail ? ` (${detail})` : ''),
    data: [],
    source: null,
    title: kind.title,
    category: kind.category,
    severity: kind.severity,
    retryable: true,
    receivedAt: new Date().toISOString(),
    problems: [{ code: 'no-response' }],
  };
}
