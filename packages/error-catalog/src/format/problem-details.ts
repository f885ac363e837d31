import type { ErrorCategory, PartnerCenterError } from '../types';
import { maskedData } from './masked-data';
import { redactSecrets } from './secrets';

/** RFC 9457 problem details, with the Partner Center facts as extension members. */
export interface ProblemDetails {
  type: string;
  title: string;
  status?: number;
  detail: string;
  instance?: string;
  code: string | null;
  source: string | null;
  category: ErrorCategory;
  retryable: boolean;
  retryAfterSeconds?: number;
  retryAfterSource?: 'header' | 'body';
  /** The statuses the code is documented under, when it arrived with another. */
  documentedStatus?: number[];
  /** The catalog entries the error may be (`urn:pc-errors:<id>`), when the code has several and none fits. */
  candidates?: string[];
  lineItem?: { lineItemId?: string | number; orderGroupId?: string };
  oauthError?: string;
  correlationId?: string;
  requestId?: string;
  data?: unknown[];
  receivedAt: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The error as an RFC 9457 `application/problem+json` object, e.g. to forward from a portal's own API to its browser.
 * `type` names the catalog entry (`urn:pc-errors:403-2006`), or is `about:blank` when it is not documented. What the
 * server wrote (`detail`, `code`, `source`, `data`) is masked as in the support ticket (`redactSecrets`), since an
 * identity platform's answer may quote the client secret the request sent.
 */
export function toProblemDetails(error: PartnerCenterError): ProblemDetails {
  try {
    return problemOf(error);
  } catch {
    // An error whose fields cannot be read (a throwing getter, a revoked Proxy): a problem that says only that.
    return {
      type: 'about:blank',
      title: 'Partner Center error',
      detail: 'The error could not be read.',
      code: null,
      source: null,
      category: 'unknown',
      retryable: false,
      receivedAt: new Date().toISOString(),
    };
  }
}

function problemOf(error: PartnerCenterError): ProblemDetails {
  const problem: ProblemDetails = {
    type: error.entry ? `urn:pc-errors:${error.entry.id}` : 'about:blank',
    title: error.title,
    detail: redactSecrets(error.description),
    code: error.code === null ? null : redactSecrets(error.code),
    source: error.source === null ? null : redactSecrets(error.source),
    category: error.category,
    retryable: error.retryable,
    receivedAt: error.receivedAt,
  };
  if (error.httpStatus > 0) problem.status = error.httpStatus;
  if (error.requestId && UUID.test(error.requestId)) problem.instance = `urn:uuid:${error.requestId}`;
  if (error.retryAfterSeconds !== undefined) {
    problem.retryAfterSeconds = error.retryAfterSeconds;
    if (error.retryAfterSource) problem.retryAfterSource = error.retryAfterSource;
  }
  if (error.statusMismatch) problem.documentedStatus = [...error.statusMismatch.documented];
  if (error.candidates) problem.candidates = error.candidates.map((entry) => `urn:pc-errors:${entry.id}`);
  if (error.lineItem) problem.lineItem = { ...error.lineItem };
  if (error.oauthError) problem.oauthError = error.oauthError;
  if (error.correlationId) problem.correlationId = error.correlationId;
  if (error.requestId) problem.requestId = error.requestId;
  const data = maskedData(error.data);
  if (data.length) problem.data = data;
  return problem;
}
