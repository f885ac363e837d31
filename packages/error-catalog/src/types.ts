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
  /** Request fields the documentation or the fix names, e.g. `["organizationRegistrationNumber"]`. */
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
  /**
   * The catalog entry for the code: the (code, status) entry, or the code's only entry when the service sent it with
   * another status than the documented one (then `statusMismatch` says so).
   */
  entry?: CatalogEntry;
  /**
   * Set when the code is documented, but under other statuses than the one received (the page's status column is not
   * reliable: `800089` is documented under 403 and arrives as 400): the statuses it is documented under.
   */
  statusMismatch?: { documented: number[] };
  /**
   * Set, instead of `entry`, when the code is documented under several statuses and none is the one received: every
   * entry it may be, to show as candidates. Title and category then come from the received status.
   */
  candidates?: CatalogEntry[];
  /**
   * The cart line item or checkout order group this error belongs to (`parseCartErrors`, `parseCheckoutResult`): an
   * error inside a successful response, about one part of the purchase.
   */
  lineItem?: { lineItemId?: string | number; orderGroupId?: string };
  /** Short human title: the entry's message, else the status title. */
  title: string;
  category: ErrorCategory;
  severity: Severity;
  retryable: boolean;
  /**
   * How long to wait before retrying, in seconds: from `Retry-After` (seconds or an HTTP-date) or, when that header is
   * missing or invalid, from the description ("Try again in 38 seconds."). Never set for an entry with a
   * `retryAfterHint` (a wait of hours or days gets words, not a countdown).
   */
  retryAfterSeconds?: number;
  /** Where `retryAfterSeconds` came from: the `Retry-After` header, or the body's text. */
  retryAfterSource?: 'header' | 'body';
  /** `MS-CorrelationId` response header (or the identity platform's `correlation_id`). */
  correlationId?: string;
  /**
   * `MS-RequestId` response header (or the identity platform's `trace_id`, Graph's `request-id`, a problem body's
   * `traceId`). A retry re-sends the same `MS-RequestId` only when the call's outcome is unknown: no answer arrived
   * (a timeout, a dropped connection), or Partner Center timed out or failed while handling it (408, 500, 502, 504).
   * After a success or a business failure, the next call gets a new one.
   */
  requestId?: string;
  /** The realm of `WWW-Authenticate: OAuth realm=...`. */
  authenticateRealm?: string;
  /**
   * The OAuth 2.0 `error` value of an identity platform answer (`invalid_grant`, `interaction_required`), lower case:
   * with `code` (the AADSTS code), it decides the fix when the catalog has no entry for the code.
   */
  oauthError?: string;
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
  | 'problem-details'
  | 'partial-success'
  | 'source-missing'
  | 'cleaned'
  | 'truncated'
  | 'data-not-array'
  | 'data-truncated'
  | 'data-not-json'
  | 'data-key-dropped'
  // Headers
  | 'retry-after-invalid'
  // The catalog
  | 'catalog-unavailable'
  // The list itself
  | 'problems-truncated';

/** One thing that was wrong with the input. */
export interface Problem {
  code: ProblemCode;
  /** Which field, part, count or type the code is about, when it says more than the code alone. */
  detail?: string;
}
