/** How loudly an error should be presented. The two documented HTTP 200 rows are `warning` or `info`. */
export type Severity = 'error' | 'warning' | 'info';

/** What kind of problem an error is, which decides how a portal should respond to it. */
export type ErrorCategory =
  | 'authentication'
  | 'authorization'
  | 'validation'
  | 'not-found'
  | 'conflict'
  | 'eligibility'
  | 'limit'
  | 'transient'
  | 'service'
  | 'unknown'
  /** The user (or the portal) aborted the request: nothing failed, nothing to alarm about. */
  | 'cancelled';

/** Who has to act to resolve an error. */
export type Actor = 'partner' | 'customer' | 'developer' | 'microsoft';

/** A fix written for a partner admin: one line, then 1–4 concrete steps. */
export interface Remediation {
  summary: string;
  steps: string[];
}

/**
 * Where an entry's documented text comes from: the Partner Center REST error codes page, the `CartErrorCode`
 * enumeration of the cart resources (errors inside a cart line item), or the Microsoft Entra error code reference.
 */
export type CatalogOrigin = 'rest-error-codes' | 'cart' | 'identity';

/** The page a part of the catalog was taken from, and when. */
export interface CatalogProvenance {
  title: string;
  /** https only. */
  url: string;
  /** When the page was copied or last checked, `YYYY-MM-DD`. */
  copied: string;
}

/** One documented Partner Center error: a (code, HTTP status) pair. */
export interface CatalogEntry {
  /** `${httpStatus}-${code}`, e.g. `"403-2006"`. A code alone is not unique. */
  id: string;
  /** The error code as a string, as responses carry it, e.g. `"2006"`. */
  code: string;
  /** The HTTP status the service answers with, e.g. `403`. */
  httpStatus: number;
  /** The status name as the source page writes it, e.g. `"Forbidden"`. */
  httpStatusName: string;
  /** The documented message template, verbatim (placeholders such as `{0}` included). */
  message: string;
  /** The documented longer explanation, verbatim, if the page gives one. */
  details?: string;
  /** Placeholder names in the message, in order of appearance: `["0", "1", "3"]`, `["maximum percentage"]`. */
  placeholders: string[];
  category: ErrorCategory;
  severity: Severity;
  /** True only where sending the same request again later can succeed. */
  retryable: boolean;
  remediation: Remediation;
  /** Request fields the documentation names, e.g. `["organizationRegistrationNumber"]`. */
  fields?: string[];
  /** ISO 3166-1 alpha-2 codes the documentation names, in its order. */
  countries?: string[];
  /** Further reading; https only. */
  links?: { label: string; href: string }[];
  actor?: Actor;
  /** Where the documented text comes from; set on every entry of `catalog`. */
  origin?: CatalogOrigin;
  /** The documented symbolic name, e.g. `"InventoryNotAvailable"` (cart) or `"ExpiredOrRevokedGrantInactiveToken"`. */
  name?: string;
  /**
   * How long the wait usually is, in words, where it is hours or more (`"Usually a few days"`). Such an error gets
   * this hint instead of a countdown; the wait does not come from `Retry-After`.
   */
  retryAfterHint?: string;
  /**
   * True where the documented message only says that the server's description explains the error (600002, 90000):
   * show the server's description as the title, not the message.
   */
  titleFromDescription?: boolean;
}

/** What an HTTP status means when the catalog does not know the code: the fallback explanation. */
export interface HttpStatusInfo {
  status: number;
  /** The name the source page uses, e.g. `"BadRequest"`. */
  name: string;
  /** A short human title, e.g. `"Bad request"`. */
  title: string;
  category: ErrorCategory;
  retryable: boolean;
  remediation: Remediation;
}

/** One normalized, safe view of any Partner Center error response (or of a request that got none). */
export interface PartnerCenterError {
  /** The HTTP status; `0` when no response arrived (network failure). */
  httpStatus: number;
  /** `body.code`, numbers coerced to string; `null` when the body has none. */
  code: string | null;
  /** The server's description as sent (trimmed, at most 1,024 characters) or a fallback. Never empty. */
  description: string;
  /** `body.data` when it is an array, else `[]`. */
  data: unknown[];
  source: string | null;
  /** The catalog entry for exactly this (code, status), if documented. */
  entry?: CatalogEntry;
  /** Short human title: the entry's message, else the status title. */
  title: string;
  category: ErrorCategory;
  severity: Severity;
  retryable: boolean;
  /** From `Retry-After`, given as seconds or as an HTTP-date. */
  retryAfterSeconds?: number;
  /** `MS-CorrelationId` response header. */
  correlationId?: string;
  /** `MS-RequestId` response header; re-send it to retry idempotently. */
  requestId?: string;
  /** The realm of `WWW-Authenticate: OAuth realm=...`. */
  authenticateRealm?: string;
  /** `Content-Type` response header, for diagnostics. */
  contentType?: string;
  /** When the response was received, ISO 8601. */
  receivedAt: string;
  /** What was wrong with the input itself, as codes to branch on; `describeProblem` gives the text. At most 16. */
  problems: Problem[];
}

/**
 * What can be wrong with a response, as a stable code. `detail` says which part or how many where the
 * code alone does not: the field (`'code'`, `'correlationId'`), the input part that threw, a count, a type.
 */
export type ProblemCode =
  // The input as a whole
  | 'status-invalid'
  | 'received-at-invalid'
  | 'unreadable'
  | 'no-response'
  // Reading the body of a Response
  | 'body-too-large'
  | 'body-incomplete'
  | 'body-already-read'
  | 'body-timed-out'
  | 'body-cancelled'
  | 'body-chunk-invalid'
  | 'body-unread-stream'
  // What the body is
  | 'body-empty'
  | 'body-not-json'
  | 'body-plain-text'
  | 'body-html'
  | 'body-xml'
  | 'body-array'
  | 'body-not-object'
  // Its fields
  | 'code-missing'
  | 'code-invalid'
  | 'description-missing'
  | 'description-from-message'
  | 'source-missing'
  | 'cleaned'
  | 'truncated'
  | 'data-not-array'
  | 'data-truncated'
  | 'data-not-json'
  | 'data-key-dropped'
  // Headers
  | 'retry-after-invalid'
  // The list itself
  | 'problems-truncated';

/** One thing that was wrong with the input. */
export interface Problem {
  code: ProblemCode;
  /** Which field, part, count or type the code is about, when it says more than the code alone. */
  detail?: string;
}
