import { getEntry } from '../catalog/catalog';
import { getHttpStatus } from '../catalog/http-statuses';
import type { ErrorCategory, PartnerCenterError, Problem, Severity } from '../types';
import { type BodyFields, readBody } from './body';
import { authenticateRealm, type KeptHeaders, readHeaders, retryAfterSeconds } from './headers';
import { addProblem } from './problems';
import { cap, head, identifierText, MAX_DESCRIPTION, MAX_HEADER_VALUE, withoutControls } from './text';

/** What `parseErrorResponse` accepts: a status, headers in any common shape, and any body. */
export interface ErrorResponseInput {
  status: number;
  headers?: HeadersInit | Record<string, string>;
  body?: unknown;
  receivedAt?: string | Date;
}

interface StatusFallback {
  title: string;
  category: ErrorCategory;
  retryable: boolean;
  severity: Severity;
}

// A response arrived, so this is not a network failure; but nothing about it says whether a retry helps.
const INVALID_STATUS: StatusFallback = {
  title: 'Response with an invalid HTTP status',
  category: 'unknown',
  retryable: false,
  severity: 'error',
};

const isStatus = (status: unknown): status is number =>
  typeof status === 'number' && Number.isInteger(status) && status >= 0 && status <= 999;

/**
 * What a status means when the catalog has no entry for the code: the page's statuses, then its class.
 * `0` is a request that got no response; anything that is not an integer 0–999 is an invalid status.
 */
export function statusFallback(status: number): StatusFallback {
  if (!isStatus(status)) return INVALID_STATUS;
  const info = getHttpStatus(status);
  if (info)
    return {
      title: info.title,
      category: info.category,
      retryable: info.retryable,
      severity: status < 300 ? 'info' : 'error',
    };
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

/** The status as a number, or `undefined` (with a problem) when it is not one. */
function statusOf(value: unknown, problems: Problem[]): number | undefined {
  const status = typeof value === 'string' && /^\s{0,8}\d{1,3}\s{0,8}$/.test(value) ? Number(value) : value;
  if (isStatus(status)) return status;
  addProblem(problems, 'status-invalid');
  return undefined;
}

function timeOf(value: unknown, problems: Problem[]): Date {
  if (value === undefined) return new Date();
  // A time is short: a long string is not parsed at all.
  const date =
    value instanceof Date
      ? new Date(value.getTime())
      : typeof value === 'number' || (typeof value === 'string' && value.length <= 64)
        ? new Date(value)
        : new Date(NaN);
  if (!Number.isNaN(date.getTime())) return date;
  addProblem(problems, 'received-at-invalid');
  return new Date();
}

function describe(status: number | undefined, title: string, body: Pick<BodyFields, 'markup' | 'description'>): string {
  const what =
    status === undefined
      ? 'The response had no valid HTTP status'
      : status === 0
        ? 'No response arrived'
        : `HTTP ${status} ${title}`;
  if (body.markup) {
    return `${what}: the service answered with ${body.markup}${body.description ? ` ("${body.description}")` : ''} instead of an error response.`;
  }
  return `${what}: the response did not say more.`;
}

// Reads one part of the input on its own: a hostile part (a throwing getter, a Proxy) costs only itself.
function part<T>(read: () => T, fallback: T, problems: Problem[], name: string): T {
  try {
    return read();
  } catch {
    addProblem(problems, 'unreadable', name);
    return fallback;
  }
}

function cleanDescription(body: BodyFields, problems: Problem[]): string | undefined {
  if (body.markup || body.description === undefined) return undefined;
  // Cut before it is scanned: a description of megabytes costs no more than one of a few kilobytes.
  const scanned = head(body.description, MAX_DESCRIPTION);
  const [clean, hadControls] = withoutControls(scanned);
  if (hadControls) addProblem(problems, 'cleaned', 'description');
  const description = clean.trim();
  // What lies past the scanned part was never looked at: the description is cut, whatever it holds.
  if (description.length > MAX_DESCRIPTION || scanned !== body.description)
    addProblem(problems, 'truncated', 'description');
  return description ? cap(description, MAX_DESCRIPTION) : undefined;
}

// A header's value kept as an identifier: invisible characters removed, capped, reported under `field`.
function headerValue(value: string | undefined, field: string, problems: Problem[]): string | undefined {
  return value === undefined ? undefined : (identifierText(value, MAX_HEADER_VALUE, field, problems) ?? undefined);
}

function parse(input: ErrorResponseInput): PartnerCenterError {
  const problems: Problem[] = [];
  const status = part(() => statusOf(input?.status, problems), undefined, problems, 'status');
  const receivedAt = part(() => timeOf(input?.receivedAt, problems), new Date(), problems, 'receivedAt');
  const headers = part<KeptHeaders>(() => readHeaders(input?.headers, problems), {}, problems, 'headers');
  const body = part<BodyFields>(
    () => readBody(input?.body, headers['content-type'] ?? '', problems),
    { code: null, data: [], source: null },
    problems,
    'body',
  );

  const entry = body.code !== null && status ? getEntry(body.code, status) : undefined;
  const fallback = status === undefined ? INVALID_STATUS : statusFallback(status);
  const description = cleanDescription(body, problems);

  const error: PartnerCenterError = {
    httpStatus: status ?? 0,
    code: body.code,
    description: description || describe(status, fallback.title, body),
    data: body.data,
    source: body.source,
    title: entry?.message ?? fallback.title,
    category: entry?.category ?? fallback.category,
    severity: entry?.severity ?? fallback.severity,
    retryable: entry?.retryable ?? fallback.retryable,
    receivedAt: receivedAt.toISOString(),
    problems,
  };
  if (entry) error.entry = entry;
  if (headers['retry-after'] !== undefined) {
    const seconds = retryAfterSeconds(headers['retry-after'], receivedAt.getTime());
    if (seconds === undefined) addProblem(problems, 'retry-after-invalid');
    else error.retryAfterSeconds = seconds;
  }
  const correlationId = headerValue(headers['ms-correlationid'], 'correlationId', problems);
  const requestId =
    headerValue(headers['ms-requestid'], 'requestId', problems) ?? headerValue(body.requestId, 'requestId', problems);
  const realm = headerValue(
    headers['www-authenticate'] && authenticateRealm(headers['www-authenticate']),
    'authenticateRealm',
    problems,
  );
  const contentType = headerValue(headers['content-type'], 'contentType', problems);
  if (correlationId) error.correlationId = correlationId;
  if (requestId) error.requestId = requestId;
  if (realm) error.authenticateRealm = realm;
  if (contentType) error.contentType = contentType;
  return error;
}

/**
 * Reads any Partner Center error response into one normalized, safe object. Never throws:
 * whatever is wrong with the input is described in `problems`, and the result is still usable.
 * Only allow-listed headers are read; the server's description is kept as data, never formatted.
 * @example parseErrorResponse({ status: 404, body: { code: 20003, description: 'Subscription with ID x not found.', source: 'PartnerFD' } })
 */
export function parseErrorResponse(input: ErrorResponseInput): PartnerCenterError {
  try {
    return parse(input);
  } catch {
    // Each part of the input is read under its own guard; this is the last resort for anything else.
    const status = part(() => statusOf(input.status, []), undefined, [], '');
    const { title, category, retryable, severity } = status === undefined ? INVALID_STATUS : statusFallback(status);
    return {
      httpStatus: status ?? 0,
      code: null,
      description: describe(status, title, {}),
      data: [],
      source: null,
      title,
      category,
      severity,
      retryable,
      receivedAt: new Date().toISOString(),
      problems: [{ code: 'unreadable', detail: 'response' }],
    };
  }
}
