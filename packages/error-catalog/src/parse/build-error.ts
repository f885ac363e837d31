// The core of parseErrorResponse and readErrorResponse: one normalized error from a status, headers and a body, with
// the catalog lookup passed in, so that readErrorResponse can load the catalog only once it is needed.
import { OAUTH_FALLBACK_TITLE, type OAuthErrors, oauthValue } from '../catalog/oauth-errors';
import type { EntryLookup } from '../catalog/lookup';
import type { PartnerCenterError, Problem } from '../types';
import { readBody } from './body';
import type { BodyFields, PartialSuccess } from './fields';
import { authenticateRealm, type KeptHeaders, readHeaders, retryAfterSeconds } from './headers';
import { addProblem } from './problems';
import { isIdentityStatus, statusDecides } from '../catalog/status-kinds';
import { INVALID_STATUS, isStatus, statusFallback, type StatusFallback } from './status-fallback';
import { cap, head, identifierText, MAX_DESCRIPTION, MAX_HEADER_VALUE, withoutControls } from './text';
import { waitInText } from './wait';

/** What `parseErrorResponse` accepts: a status, headers in any common shape, and any body. */
export interface ErrorResponseInput {
  status: number;
  headers?: HeadersInit | Record<string, string>;
  body?: unknown;
  receivedAt?: string | Date;
}

/**
 * What the parser needs of the catalog: `lookupEntry`, and the titles of the OAuth `error` values. Passed in, so that
 * readErrorResponse can load it (text and all) only once an error is read.
 */
export interface CatalogAccess {
  lookupEntry: (code: string, status: number) => EntryLookup;
  oauthErrors: OAuthErrors;
}

/** The status as a number, or `undefined` (with a problem) when it is not one. */
function statusOf(value: unknown, problems: Problem[]): number | undefined {
  const status = typeof value === 'string' && /^\s{0,8}\d{1,3}\s{0,8}$/.test(value) ? Number(value) : value;
  if (isStatus(status)) return status;
  addProblem(problems, 'status-invalid');
  return undefined;
}

/** When the response was received: the given time, else now (with a problem when the given one is not a time). */
export function timeOf(value: unknown, problems: Problem[]): Date {
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

/** The description of a response that gave none of its own. */
export function describe(status: number | undefined, title: string, body: Pick<BodyFields, 'markup' | 'description'>) {
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

// A successful cart or checkout: what went through and what did not, instead of "the response did not say more".
function partialFallback({ kind, failed, total }: PartialSuccess): StatusFallback & { description: string } {
  const parts = kind === 'cart' ? 'line items' : 'order groups';
  const description = !failed
    ? `None of the ${total} ${parts} failed.`
    : kind === 'cart'
      ? `The cart was saved, but ${failed} of its ${total} line items have an error; each one says what to fix.`
      : `${total - failed} of ${total} order groups were ordered; ${failed} failed, each with its own error.`;
  return {
    title: failed ? `${failed} of ${total} ${parts} failed` : 'Completed',
    description,
    category: 'unknown',
    retryable: false,
    severity: !failed ? 'info' : failed < total ? 'warning' : 'error',
  };
}

// Reads one part of the input on its own: a hostile part (a throwing getter, a Proxy) costs only itself.
export function part<T>(read: () => T, fallback: T, problems: Problem[], name: string): T {
  try {
    return read();
  } catch {
    addProblem(problems, 'unreadable', name);
    return fallback;
  }
}

/** The server's description, cleaned of controls and cut to MAX_DESCRIPTION; `undefined` when it said nothing. */
export function cleanDescription(
  body: Pick<BodyFields, 'markup' | 'description'>,
  problems: Problem[],
): string | undefined {
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

/** A value kept as an identifier: invisible characters removed, capped, reported under `field`. */
export function identifier(value: string | undefined, field: string, problems: Problem[]): string | undefined {
  return value === undefined ? undefined : (identifierText(value, MAX_HEADER_VALUE, field, problems) ?? undefined);
}

/** What an error is without its catalog entry: the identity platform's OAuth value, a partial success, the status. */
function fallbackOf(
  status: number | undefined,
  body: BodyFields,
  oauthErrors: OAuthErrors | undefined,
): StatusFallback & { description?: string } {
  if (status === undefined) return INVALID_STATUS;
  if (body.partial) return partialFallback(body.partial);
  // A sign-in error only at the statuses the identity platform gives one: an OAuth body on a 503 is an outage.
  if (isIdentityStatus(status) && (body.oauthError !== undefined || /^AADSTS\d/.test(body.code ?? ''))) {
    const [title, retryable] = (oauthErrors && oauthValue(oauthErrors, body.oauthError)) ?? [OAUTH_FALLBACK_TITLE];
    return { title, category: 'authentication', retryable: retryable ?? false, severity: 'error' };
  }
  return statusFallback(status);
}

/** Sets the response's trace IDs on `target`: from its headers, else from its body; cleaned and capped. */
export function setTraceIds(
  target: Pick<PartnerCenterError, 'correlationId' | 'requestId'>,
  headers: KeptHeaders,
  body: Pick<BodyFields, 'correlationId' | 'requestId'>,
  problems: Problem[],
): void {
  const correlationId =
    identifier(headers['ms-correlationid'], 'correlationId', problems) ??
    identifier(body.correlationId, 'correlationId', problems);
  const requestId =
    identifier(headers['ms-requestid'], 'requestId', problems) ?? identifier(body.requestId, 'requestId', problems);
  if (correlationId) target.correlationId = correlationId;
  if (requestId) target.requestId = requestId;
}

type Facts = Omit<PartnerCenterError, 'title' | 'category' | 'severity' | 'retryable'>;

/**
 * Completes the facts read into an error: the catalog entry found says what it is, else the fallback. The entry does
 * not decide when the failure status received is of another kind than every status its code is documented under (a
 * cart code on a 401, a 400 code on a 503): then the status does, and the entry stays as a lead, with statusMismatch.
 * Properties are set, not spread, so that every error has the same shape (the parser runs hundreds of thousands of
 * times a second). The lookup's statusMismatch is shared and frozen, as entries are: a log of many such errors holds
 * one copy.
 */
export function explained(facts: Facts, found: EntryLookup, fallback: StatusFallback): PartnerCenterError {
  const { entry } = found;
  const error = facts as PartnerCenterError;
  const decides =
    found.statusMismatch && statusDecides(facts.httpStatus, found.statusMismatch.documented) ? undefined : entry;
  error.title = decides?.message ?? fallback.title;
  error.category = decides?.category ?? fallback.category;
  error.severity = decides?.severity ?? fallback.severity;
  error.retryable = decides?.retryable ?? fallback.retryable;
  if (entry) error.entry = entry;
  if (found.candidates) error.candidates = found.candidates;
  if (found.statusMismatch) error.statusMismatch = found.statusMismatch;
  return error;
}

/** Reads any error response into one normalized error; `catalog` explains the code, when given. */
export function buildError(input: ErrorResponseInput, catalog: CatalogAccess | undefined): PartnerCenterError {
  const problems: Problem[] = [];
  const status = part(() => statusOf(input?.status, problems), undefined, problems, 'status');
  const receivedAt = part(() => timeOf(input?.receivedAt, problems), new Date(), problems, 'receivedAt');
  const headers = part<KeptHeaders>(() => readHeaders(input?.headers, problems), {}, problems, 'headers');
  const body = part<BodyFields>(
    () => readBody(input?.body, headers['content-type'] ?? '', status, problems),
    { code: null, data: [], source: null },
    problems,
    'body',
  );

  const found = body.code !== null && status && catalog ? catalog.lookupEntry(body.code, status) : {};
  const fallback = fallbackOf(status, body, catalog?.oauthErrors);
  const description = cleanDescription(body, problems);
  const error = explained(
    {
      httpStatus: status ?? 0,
      code: body.code,
      description: description || fallback.description || describe(status, fallback.title, body),
      data: body.data,
      source: body.source,
      receivedAt: receivedAt.toISOString(),
      problems,
    },
    found,
    fallback,
  );
  setTraceIds(error, headers, body, problems);
  if (body.oauthError) error.oauthError = body.oauthError;
  const header = headers['retry-after'];
  const seconds = header === undefined ? undefined : retryAfterSeconds(header, receivedAt.getTime());
  if (header !== undefined && seconds === undefined) addProblem(problems, 'retry-after-invalid');
  // Without a usable header, a retryable error's own words may give the wait; an entry whose wait is hours or more
  // has a hint in words instead, and no countdown.
  const wait = seconds ?? (error.retryable && !found.entry?.retryAfterHint ? waitInText(description) : undefined);
  if (wait !== undefined) {
    error.retryAfterSeconds = wait;
    error.retryAfterSource = seconds === undefined ? 'body' : 'header';
  }
  const realm = identifier(
    headers['www-authenticate'] && authenticateRealm(headers['www-authenticate']),
    'authenticateRealm',
    problems,
  );
  const contentType = identifier(headers['content-type'], 'contentType', problems);
  if (realm) error.authenticateRealm = realm;
  if (contentType) error.contentType = contentType;
  return error;
}

/** Runs a parse; if anything escapes the guards of each part, the status alone still makes a usable error. */
export function safely(input: ErrorResponseInput, parse: () => PartnerCenterError): PartnerCenterError {
  try {
    return parse();
  } catch {
    const status = part(() => input.status, undefined, [], '');
    const valid = isStatus(status) ? status : undefined;
    const { title, category, retryable, severity } = valid === undefined ? INVALID_STATUS : statusFallback(valid);
    return {
      httpStatus: valid ?? 0,
      code: null,
      description: describe(valid, title, {}),
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
