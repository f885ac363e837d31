export type {
  Actor,
  CatalogEntry,
  CatalogOrigin,
  CatalogProvenance,
  ErrorCategory,
  HttpStatusInfo,
  PartnerCenterError,
  Remediation,
  Severity,
} from './types';
export { catalog, catalogOrigins, findEntries, getEntry } from './catalog/catalog';
export { identityCodeOf, lookupEntry, type EntryLookup } from './catalog/lookup';
export { getHttpStatus, httpStatuses } from './catalog/http-statuses';
export { remediationOf } from './catalog/remediation';
export { formatMessage, placeholdersOf } from './format/format-message';
export { diagnosticsText, redactSecrets } from './format/diagnostics';
export { toProblemDetails, type ProblemDetails } from './format/problem-details';
export { parseErrorResponse, statusFallback, type ErrorResponseInput } from './parse/parse-error-response';
export { MAX_BODY_BYTES, readErrorResponse } from './parse/read-error-response';
export { networkError } from './parse/network-error';
export { ALLOWED_HEADERS } from './parse/headers';
export { MAX_DESCRIPTION } from './parse/text';
