import { getEntry } from '../catalog/catalog';
import { getHttpStatus } from '../catalog/http-statuses';
import type { ErrorCategory, PartnerCenterError, Severity } from '../types';
import { readBody } from './body';
import { authenticateRealm, readHeaders, retryAfterSeconds } from './headers';
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

/** What a status means when the catalog has no entry for the code: the page's statuses, then its class. */
export function statusFallback(status: number): StatusFallback {
  const info = getHttpStatus(status);
  if (info) return { ...info, severity: status < 300 ? 'info' : 'error' };
  if (status === 0) return { title: 'No response from Partner Center', category: 'transient', retryable: true, severity: 'error' };
  if (status < 400) return { title: `Unexpected response (HTTP ${status})`, category: 'unknown', retryable: false, severity: 'warning' };
  if (status < 500) return { title: `Request failed (HTTP ${status})`, category: 'unknown', retryable: false, severity: 'error' };
  return { title: `Service error (HTTP ${status})`, category: 'service', retryable: false, severity: 'error' };
}

function statusOf(value: unknown, problems: string[]): number {
  const status = typeof value === 'string' && /^\d{1,3}$/.test(value.trim()) ? Number(value) : value;
  if (typeof status === 'number' && Number.isInteger(status) && status >= 0 && status <= 999) return status;
  problems.push('status is not an HTTP status code');
  return 0;
}

function timeOf(value: unknown, problems: string[]): Date {
  if (value === undefined) return new Date();
  const date = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : new Date(NaN);
  if (!Number.isNaN(date.getTime())) return date;
  problems.push('receivedAt is not a valid time');
  return new Date();
}

function describe(status: number, title: string, html: boolean, htmlTitle: string | undefined): string {
  const what = status === 0 ? 'No response arrived' : `HTTP ${status} ${title}`;
  if (html) return `${what}: the service answered with an HTML page${htmlTitle ? ` ("${htmlTitle}")` : ''} instead of an error response.`;
  return `${what}: the response did not say more.`;
}

function parse(input: ErrorResponseInput): PartnerCenterError {
  const problems: string[] = [];
  const status = statusOf(input?.status, problems);
  const receivedAt = timeOf(input?.receivedAt, problems);
  const headers = readHeaders(input?.headers);
  const body = readBody(input?.body, headers['content-type']);
  problems.push(...body.problems);

  const entry = body.code !== null && status !== 0 ? getEntry(body.code, status) : undefined;
  const fallback = statusFallback(status);
  const title = entry?.message ?? fallback.title;

  let description = body.html ? undefined : body.description?.trim();
  if (description) {
    const [clean, hadControls] = withoutControls(description);
    if (hadControls) problems.push('description had control characters removed');
    description = clean;
    if (description.length > MAX_DESCRIPTION) {
      problems.push(`description truncated from ${description.length} to ${MAX_DESCRIPTION} characters`);
      description = cap(description, MAX_DESCRIPTION);
    }
  }

  const error: PartnerCenterError = {
    httpStatus: status,
    code: body.code,
    description: description || describe(status, fallback.title, body.html, body.html ? body.description : undefined),
    data: body.data,
    source: body.source,
    title,
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
    // Only a hostile body (a throwing getter, a proxy) gets here: describe it rather than fail the caller.
    let status = 0;
    try {
      status = statusOf(input.status, []);
    } catch {
      // even the status was hostile
    }
    const fallback = statusFallback(status);
    return {
      httpStatus: status,
      code: null,
      data: [],
      source: null,
      ...fallback,
      description: describe(status, fallback.title, false, undefined),
      receivedAt: new Date().toISOString(),
      problems: ['response could not be read'],
    };
  }
}
