import { statusTitle } from '../catalog/status-titles';
import type { ErrorCategory, Severity } from '../types';

/** What an error is when the catalog has no entry for its code. */
export interface StatusFallback {
  title: string;
  category: ErrorCategory;
  retryable: boolean;
  severity: Severity;
}

// A response arrived, so this is not a network failure; but nothing about it says whether a retry helps.
export const INVALID_STATUS: StatusFallback = {
  title: 'Response with an invalid HTTP status',
  category: 'unknown',
  retryable: false,
  severity: 'error',
};

export const isStatus = (status: unknown): status is number =>
  typeof status === 'number' && Number.isInteger(status) && status >= 0 && status <= 999;

export const isSuccess = (status: number | undefined): boolean => status !== undefined && status >= 200 && status < 300;

/** Statuses at which the identity platform (token endpoint, Graph) reports a sign-in error. */
export const isIdentityStatus = (status: number): boolean => status === 400 || status === 401 || status === 403;

// What kind of failure a status reports: a catalog entry documented under a status of another kind does not decide.
const kindOf = (status: number) => (status === 401 || status === 429 ? status : Math.floor(status / 100));

/**
 * Whether a failure status (400 or more) says something other than every status a code is documented under: a 401
 * or a 503 carrying a cart code, a 429 carrying a 400 code. Then the status, not the body's code, says what happened.
 */
export const statusDecides = (status: number, documented: readonly number[]): boolean =>
  status >= 400 && !documented.some((other) => kindOf(other) === kindOf(status));

/**
 * What a status means when the catalog has no entry for the code: the page's statuses, then its class.
 * `0` is a request that got no response; anything that is not an integer 0–999 is an invalid status.
 */
export function statusFallback(status: number): StatusFallback {
  if (!isStatus(status)) return INVALID_STATUS;
  const info = statusTitle(status);
  if (info) return { title: info[2], category: info[3], retryable: info[4], severity: status < 300 ? 'info' : 'error' };
  if (status === 0)
    return { title: 'No response from Partner Center', category: 'transient', retryable: true, severity: 'error' };
  if (status < 400)
    return {
      title: `Unexpected response (HTTP ${status})`,
      category: 'unknown',
      retryable: false,
      severity: 'warning',
    };
  if (status < 500)
    return { title: `Request failed (HTTP ${status})`, category: 'unknown', retryable: false, severity: 'error' };
  return { title: `Service error (HTTP ${status})`, category: 'service', retryable: false, severity: 'error' };
}
