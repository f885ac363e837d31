import type { Problem, ProblemCode } from '../types';

/** The text of each problem code: a string, or a function of the problem's `detail`. */
export type ProblemMessages = Record<ProblemCode, string | ((detail: string | undefined) => string)>;

// The fields a `detail` names, as a reader calls them.
const FIELDS: Record<string, string> = {
  code: 'the code',
  source: 'the source',
  description: 'the description',
  correlationId: 'the correlation ID (MS-CorrelationId)',
  requestId: 'the request ID (MS-RequestId)',
  authenticateRealm: 'the WWW-Authenticate realm',
  contentType: 'the Content-Type',
  headers: 'the list of headers',
  lineItems: 'the list of line items',
  orderErrors: 'the list of order errors',
  orders: 'the list of orders',
};
const field = (detail: string | undefined) => (detail && FIELDS[detail]) ?? (detail ? `"${detail}"` : 'a field');

/** The English text of every problem code. */
export const problemMessages: ProblemMessages = {
  'status-invalid': 'the status is not an HTTP status code',
  'received-at-invalid': 'receivedAt is not a valid time; the time of reading is used',
  unreadable: (detail) => `${detail ? `"${detail}"` : 'a part of the response'} could not be read (it threw)`,
  'no-response': 'no response arrived',
  'body-too-large': (detail) =>
    detail === 'chunks'
      ? 'the body came in too many small pieces; only the first ones were read'
      : 'the body is larger than 64 KiB; only the first 64 KiB were read',
  'body-incomplete': 'the body could not be read to the end (the connection dropped)',
  'body-already-read': 'the body was already read by someone else',
  'body-timed-out': 'the body did not arrive in time; what had arrived was read',
  'body-cancelled': 'reading the body was cancelled; what had arrived was read',
  'body-chunk-invalid': (detail) => `the body stream gave ${detail ? `a ${detail}` : 'something'} instead of bytes`,
  'body-unread-stream': 'the body is a stream that was not read; use readErrorResponse',
  'body-empty': 'the body is empty',
  'body-not-json': 'the body is not JSON',
  'body-plain-text': 'the body is plain text, not JSON',
  'body-html': 'the body is an HTML page, not a Partner Center error',
  'body-xml': 'the body is XML, not JSON',
  'body-array': 'the body is a JSON array, not an error object',
  'body-not-object': (detail) => `the body is a ${detail ?? 'value'}, not an error object`,
  'code-missing': 'the body has no code',
  'code-invalid': 'the body code is not a string or number',
  'description-missing': (detail) => `the body has no ${detail ?? 'description'}`,
  'description-from-message': 'the body has "message" instead of "description"',
  'problem-details': 'the body is an RFC 9457 problem (title, detail), not a Partner Center error',
  'partial-success': (detail) =>
    detail === 'checkout'
      ? 'the body is a checkout result: parseCheckoutResult gives one error per failed order group'
      : 'the body is a cart: parseCartErrors gives one error per failed line item',
  'source-missing': 'the body has no source',
  cleaned: (detail) => `invisible or control characters were removed from ${field(detail)}`,
  truncated: (detail) => `${field(detail)} was cut to its maximum length`,
  'data-not-array': 'the body data is not an array',
  'data-truncated': 'the body data was cut to its maximum size',
  'data-not-json': (detail) =>
    `the body data held ${detail ? `a ${detail}` : 'a value'} that is not plain JSON; it was left out`,
  'data-key-dropped': (detail) => `the key ${detail ? `"${detail}" ` : ''}was left out of the body data`,
  'retry-after-invalid': 'Retry-After is neither seconds nor an HTTP-date; it was ignored',
  'catalog-unavailable': 'the catalog could not be loaded; the error is explained by its HTTP status alone',
  'problems-truncated': 'there were more problems than are listed',
};

/**
 * A problem as text: English by default, or from `messages` (another language, other words), code by code.
 * Never throws: an unknown code, or a message function that fails, gives the code itself.
 * @example describeProblem({ code: 'cleaned', detail: 'code' }) // 'invisible or control characters were removed from the code'
 * @example describeProblem(problem, { 'body-empty': 'Le corps est vide' })
 */
export function describeProblem(problem: Problem, messages?: Partial<ProblemMessages>): string {
  // Errors saved before problems had codes still hold sentences.
  if (typeof problem === 'string') return problem;
  let code: unknown;
  try {
    const record = (problem ?? {}) as { code?: unknown; detail?: unknown };
    code = record.code;
    const detail = record.detail;
    if (typeof code !== 'string') return '';
    const key = code as ProblemCode;
    const message =
      (messages && Object.hasOwn(messages, key) ? messages[key] : undefined) ??
      (Object.hasOwn(problemMessages, key) ? problemMessages[key] : undefined);
    return typeof message === 'function' ? message(typeof detail === 'string' ? detail : undefined) : (message ?? code);
  } catch {
    // A throwing getter or Proxy trap, or a message function that fails: the code, when it could be read.
    return typeof code === 'string' ? code : '';
  }
}
