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
