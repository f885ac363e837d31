import { getEntry } from '../catalog/catalog';
import { getHttpStatus } from '../catalog/http-statuses';
import type { ErrorCategory, PartnerCenterError, Severity } from '../types';
import { type BodyFields, readBody } from './body';
import { authenticateRealm, type KeptHeaders, readHeaders, retryAfterSeconds } from './headers';
import { cap, headerText, MAX_DESCRIPTION, withoutControls } from './text';

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
const INVALID_STATUS_PROBLEM = 'status is not an HTTP status code';

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
function statusOf(value: unknown, problems: string[]): number | undefined {
  const status = typeof value === 'string' && /^\d{1,3}$/.test(value.trim()) ? Number(value) : value;
  if (isStatus(status)) return status;
  problems.push(INVALID_STATUS_PROBLEM);
  return undefined;
}

function timeOf(value: unknown, problems: string[]): Date {
  if (value === undefined) return new Date();
  const date =
    value instanceof Date
      ? value
      : typeof value === 'string' || typeof value === 'number'
        ? new Date(value)
        : new Date(NaN);
  if (!Number.isNaN(date.getTime())) return date;
  problems.push('receivedAt is not a valid time');
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
function part<T>(read: () => T, fallback: T, problems: string[], problem: string): T {
  try {
    return read();
  } catch {
    problems.push(problem);
    return fallback;
  }
}

function cleanDescription(body: BodyFields, problems: string[]): string | undefined {
  let description = body.markup ? undefined : body.description?.trim();
  if (!description) return undefined;
  const [clean, hadControls] = withoutControls(description);
  if (hadControls) problems.push('description had control characters removed');
  description = clean.trim();
  if (description.length > MAX_DESCRIPTION) {
    problems.push(`description truncated from ${description.length} to ${MAX_DESCRIPTION} characters`);
    description = cap(description, MAX_DESCRIPTION);
  }
  return description;
}

function parse(input: ErrorResponseInput): PartnerCenterError {
  const problems: string[] = [];
  const status = part(() => statusOf(input?.status, problems), undefined, problems, INVALID_STATUS_PROBLEM);
  const receivedAt = part(
    () => timeOf(input?.receivedAt, problems),
    new Date(),
    problems,
    'receivedAt could not be read',
  );
  const headers = part<KeptHeaders>(
    () => readHeaders(input?.headers, problems),
    {},
    problems,
    'headers could not be read',
  );
  const body = part(
    () => readBody(input?.body, headers['content-type']),
    { code: null, data: [], source: null, problems: [] },
    problems,
    'body could not be read',
  );
  problems.push(...body.problems);

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
    if (seconds === undefined) problems.push('Retry-After is neither seconds nor an HTTP-date');
    else error.retryAfterSeconds = seconds;
  }
  const correlationId = headerText(headers['ms-correlationid'], 128);
  const requestId = headerText(headers['ms-requestid'], 128) ?? headerText(body.requestId, 128);
  const realm = headers['www-authenticate'] && headerText(authenticateRealm(headers['www-authenticate']));
  const contentType = headerText(headers['content-type']);
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
      problems: ['response could not be read'],
    };
  }
}
