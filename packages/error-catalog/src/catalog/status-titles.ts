import type { ErrorCategory } from '../types';

// Every HTTP status the source page names, as much as classifying an error needs: its name, a title, a category and
// whether retrying can help. Apart from the advice (http-statuses.ts), so that reading an error loads no advice.
type StatusTitle = readonly [status: number, name: string, title: string, category: ErrorCategory, retryable: boolean];

// A status's title is its name in words ("BadRequest" is "Bad request"), except where the name says too little.
const ROWS: readonly (readonly [
  status: number,
  name: string,
  category: ErrorCategory,
  retryable: boolean,
  title?: string,
])[] = [
  [200, 'OK', 'unknown', false, 'Completed with a notice'],
  [400, 'BadRequest', 'validation', false],
  [401, 'Unauthorized', 'authentication', false],
  [403, 'Forbidden', 'authorization', false],
  [404, 'NotFound', 'not-found', false],
  [405, 'MethodNotAllowed', 'validation', false],
  [406, 'NotAcceptable', 'validation', false],
  [408, 'RequestTimeout', 'transient', true],
  [409, 'Conflict', 'conflict', false],
  [412, 'PreconditionFailed', 'conflict', false],
  [417, 'ExpectationFailed', 'conflict', false],
  [429, 'TooManyRequests', 'limit', true],
  [500, 'InternalServerError', 'service', true],
  [501, 'NotImplemented', 'service', false],
  [502, 'BadGateway', 'transient', true],
  [503, 'ServiceUnavailable', 'transient', true],
  [504, 'GatewayTimeout', 'transient', true],
];

/** `[status, name, title, category, retryable]` of every status the source page names, 200 and 417 included. */
export const STATUS_TITLES: readonly StatusTitle[] = ROWS.map(([status, name, category, retryable, title]) => [
  status,
  name,
  title ?? name.replace(/\B[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`),
  category,
  retryable,
]);

const byStatus = new Map(STATUS_TITLES.map((row) => [row[0], row]));

/** The row of a status the source page names, else `undefined`. */
export const statusTitle = (status: number): StatusTitle | undefined => byStatus.get(status);
