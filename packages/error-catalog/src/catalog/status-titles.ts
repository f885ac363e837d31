import type { ErrorCategory } from '../types';

// Every HTTP status the source page names, as much as classifying an error needs: its name, a title, a category and
// whether retrying can help. Apart from the advice (http-statuses.ts), so that reading an error loads no advice.
type StatusTitle = readonly [status: number, name: string, title: string, category: ErrorCategory, retryable: boolean];

/** `[status, name, title, category, retryable]` of every status the source page names, 200 and 417 included. */
export const STATUS_TITLES: readonly StatusTitle[] = [
  [200, 'OK', 'Completed with a notice', 'unknown', false],
  [400, 'BadRequest', 'Bad request', 'validation', false],
  [401, 'Unauthorized', 'Unauthorized', 'authentication', false],
  [403, 'Forbidden', 'Forbidden', 'authorization', false],
  [404, 'NotFound', 'Not found', 'not-found', false],
  [405, 'MethodNotAllowed', 'Method not allowed', 'validation', false],
  [406, 'NotAcceptable', 'Not acceptable', 'validation', false],
  [408, 'RequestTimeout', 'Request timeout', 'transient', true],
  [409, 'Conflict', 'Conflict', 'conflict', false],
  [412, 'PreconditionFailed', 'Precondition failed', 'conflict', false],
  [417, 'ExpectationFailed', 'Expectation failed', 'conflict', false],
  [429, 'TooManyRequests', 'Too many requests', 'limit', true],
  [500, 'InternalServerError', 'Internal server error', 'service', true],
  [501, 'NotImplemented', 'Not implemented', 'service', false],
  [502, 'BadGateway', 'Bad gateway', 'transient', true],
  [503, 'ServiceUnavailable', 'Service unavailable', 'transient', true],
  [504, 'GatewayTimeout', 'Gateway timeout', 'transient', true],
];

const byStatus = new Map(STATUS_TITLES.map((row) => [row[0], row]));

/** The row of a status the source page names, else `undefined`. */
export const statusTitle = (status: number): StatusTitle | undefined => byStatus.get(status);
