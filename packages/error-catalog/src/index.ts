export type {
  Actor,
  CatalogEntry,
  CatalogOrigin,
  CatalogProvenance,
  ErrorCategory,
  HttpStatusInfo,
  PartnerCenterError,
  Problem,
  ProblemCode,
  Remediation,
  Severity,
} from './types';
export { catalog, catalogOrigins, findEntries, getEntry } from './catalog/catalog';
export { lookupEntry, type EntryLookup } from './catalog/lookup';
export { identityCodeOf } from './catalog/identity-code';
export { getHttpStatus, httpStatuses } from './catalog/http-statuses';
export { remediationOf } from './catalog/remediation';
export { loadCatalogText } from './catalog/load';
export { formatMessage, matchTemplate, placeholdersOf } from './format/format-message';
export { diagnosticsText, redactSecrets } from './format/diagnostics';
export { isSecretName } from './format/secret-names';
export { describeProblem, problemMessages, type ProblemMessages } from './format/problems';
export { toProblemDetails, type ProblemDetails } from './format/problem-details';
export { parseErrorResponse, type ErrorResponseInput } from './parse/parse-error-response';
export { statusFallback } from './parse/status-fallback';
export {
  DEFAULT_READ_TIMEOUT_MS,
  MAX_BODY_BYTES,
  readErrorResponse,
  type ReadErrorResponseOptions,
} from './parse/read-error-response';
export { networkError } from './parse/network-error';
export { parseCartErrors, parseCheckoutResult, type LineItemContext } from './parse/cart-errors';
export { MAX_LINE_ITEMS } from './parse/line-items';
export { ALLOWED_HEADERS, MAX_RETRY_AFTER_SECONDS } from './parse/headers';
export { MAX_PROBLEMS } from './parse/problems';
export { MAX_DATA_ITEMS, MAX_DATA_SIZE } from './parse/data';
export { MAX_DESCRIPTION } from './parse/text';
export { isPartnerCenterRequestError, PartnerCenterRequestError, throwIfError } from './request-error';
