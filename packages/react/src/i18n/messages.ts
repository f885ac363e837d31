import {
  problemMessages,
  type CatalogOrigin,
  type ErrorCategory,
  type ProblemMessages,
  type Severity,
} from '@pc-errors/error-catalog';
import { bannerEn, n } from './bannerMessages';
import { detailsEn } from './detailsMessages';

/** Every user-visible string of the components. Replace any of them through `I18nProvider`. */
export interface Messages {
  retry: string;
  retryIn: (seconds: number) => string;
  retryReady: string;
  /** Beside Retry for an error whose wait is hours or more (the entry's `retryAfterHint`), instead of a countdown. */
  retryWhen: (hint: string) => string;
  dismiss: string;
  copyDetails: string;
  copied: string;
  copyFailed: string;
  details: string;
  detailLabels: {
    httpStatus: string;
    code: string;
    source: string;
    correlationId: string;
    requestId: string;
    time: string;
    realm: string;
    /** The statuses a code is documented under, when it arrived with another one. */
    documentedStatus: string;
    /** The documented errors a code may be, when its status does not say which. */
    candidates: string;
    retryAfter: string;
    lineItem: string;
    orderGroup: string;
  };
  /** A wait in seconds, e.g. "30 s". */
  waitSeconds: (seconds: number) => string;
  /** A wait that the server's description gave, not its `Retry-After` header. */
  waitFromBody: (wait: string) => string;
  noResponse: string;
  /** The banner's title for a request the user cancelled: calm, it is not a failure. */
  cancelledTitle: string;
  /** What the banner says of a cancelled request, in place of the technical cause. */
  cancelledDescription: string;
  severity: Record<Severity, string>;
  category: Record<ErrorCategory, string>;
  fixHeading: string;
  fieldsInvolved: string;
  countries: string;
  learnMore: string;
  opensInNewTab: string;
  /** The fix of an entry documented under another status than the one received, e.g. "Documented as 403 Forbidden; received 400." */
  statusMismatch: (documented: string, received: string) => string;
  /** Before the entries a code may be when none of its documented statuses is the one received. */
  candidatesIntro: (code: string, documented: string, received: string) => string;
  /** The heading of one of those entries. */
  candidate: (position: number, count: number, title: string) => string;
  columns: {
    expand: string;
    time: string;
    status: string;
    code: string;
    title: string;
    category: string;
    source: string;
    correlationId: string;
    message: string;
    retryable: string;
    origin: string;
  };
  /** Where a catalog entry is documented. */
  origin: Record<CatalogOrigin, string>;
  originFilter: string;
  /** In the status cell of an error whose code is documented under other statuses, e.g. "(documented 403)". */
  documentedShort: (documented: string) => string;
  /** In the title cell of an error that may be one of several documented errors. */
  possibleErrors: (count: number) => string;
  tableLabel: string;
  catalogTableLabel: string;
  search: string;
  searchPlaceholder: string;
  statusFilter: string;
  categoryFilter: string;
  clearFilters: string;
  columnsMenu: string;
  showFix: (title: string) => string;
  /** How a catalog entry is named where its message would be too long, e.g. "2006 (HTTP 403)". */
  entryName: (code: string, httpStatus: number) => string;
  /** Shown in the code column when a response had no code. */
  noCode: string;
  resultCount: (shown: number, total: number) => string;
  sortedBy: (column: string, direction: 'ascending' | 'descending') => string;
  sortCleared: string;
  empty: string;
  emptyFiltered: string;
  yes: string;
  no: string;
  /** `OrderOutcome`: what went through and what did not, of a cart or checkout. */
  order: {
    heading: string;
    /** "3 of 5 items ordered; 2 need attention." */
    summary: (ordered: number, total: number, failed: number) => string;
    allOrdered: (total: number) => string;
    noneOrdered: (total: number) => string;
    /** After the summary: problems of the order that name no item given. */
    otherProblems: (count: number) => string;
    failedHeading: string;
    orderedHeading: string;
    /** An order group that failed as a whole, with the items in it. */
    orderGroup: (id: string) => string;
    /** A failed line item the items given do not name. */
    lineItem: (id: string) => string;
    /** A problem of the order as a whole. */
    wholeOrder: string;
  };
  /** What was wrong with a response, by problem code (see `describeProblem`); a code left out reads in English. */
  problems: Partial<ProblemMessages>;
}

/** English, the default. */
export const en: Messages = {
  ...bannerEn,
  // After the banner's: its full set of detail labels replaces the banner's one.
  ...detailsEn,
  category: {
    authentication: 'Sign-in',
    authorization: 'Permission',
    validation: 'Invalid request',
    'not-found': 'Not found',
    conflict: 'Conflict',
    eligibility: 'Eligibility',
    limit: 'Limit',
    transient: 'Temporary',
    service: 'Service',
    unknown: 'Other',
    cancelled: 'Cancelled',
  },
  fixHeading: 'How to fix it',
  fieldsInvolved: 'Fields involved',
  countries: 'Countries and regions',
  learnMore: 'Learn more',
  opensInNewTab: '(opens in a new tab)',
  statusMismatch: (documented, received) => `Documented as ${documented}; received ${received}.`,
  candidatesIntro: (code, documented, received) =>
    `Code ${code} is documented as ${documented}, not ${received}. It may be one of these errors:`,
  candidate: (position, count, title) => `Possibility ${n(position)} of ${n(count)}: ${title}`,
  columns: {
    expand: 'Fix',
    time: 'Time',
    status: 'Status',
    code: 'Code',
    title: 'Title',
    category: 'Category',
    source: 'Source',
    correlationId: 'Correlation ID',
    message: 'Message',
    retryable: 'Retryable',
    origin: 'Documented in',
  },
  origin: { 'rest-error-codes': 'REST error codes', cart: 'Cart line items', identity: 'Microsoft Entra sign-in' },
  originFilter: 'Documented in',
  documentedShort: (documented) => `(documented ${documented})`,
  possibleErrors: (count) => `(${n(count)} possible errors)`,
  tableLabel: 'Errors',
  catalogTableLabel: 'Documented Partner Center errors',
  search: 'Search',
  searchPlaceholder: 'Code, title, ID…',
  statusFilter: 'HTTP status',
  categoryFilter: 'Category',
  clearFilters: 'Clear filters',
  columnsMenu: 'Columns',
  showFix: (title) => `Show the fix for ${title}`,
  noCode: 'none',
  resultCount: (shown, total) =>
    shown === total ? `${n(total)} ${total === 1 ? 'row' : 'rows'}` : `${n(shown)} of ${n(total)} rows`,
  sortedBy: (column, direction) => `Sorted by ${column}, ${direction}`,
  sortCleared: 'Sorting cleared',
  empty: 'No errors yet.',
  emptyFiltered: 'No rows match the search and filters.',
  yes: 'Yes',
  no: 'No',
  order: {
    heading: 'Order result',
    summary: (ordered, total, failed) =>
      `${n(ordered)} of ${n(total)} ${total === 1 ? 'item' : 'items'} ordered; ${n(failed)} ${failed === 1 ? 'needs' : 'need'} attention.`,
    allOrdered: (total) => (total === 1 ? 'The item was ordered.' : `All ${n(total)} items ordered.`),
    noneOrdered: (total) => (total === 1 ? 'The item was not ordered.' : `None of the ${n(total)} items was ordered.`),
    otherProblems: (count) =>
      count === 1 ? 'One problem concerns the order as a whole.' : `${n(count)} problems concern the order as a whole.`,
    failedHeading: 'Not ordered',
    orderedHeading: 'Ordered',
    orderGroup: (id) => `Order group ${id}`,
    lineItem: (id) => `Line item ${id}`,
    wholeOrder: 'The order',
  },
  // Left to describeProblem's own English, so that the strings every component imports carry none of its text.
  problems: {},
};

const ACCENTS: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ó',
  u: 'ú',
  c: 'ç',
  n: 'ñ',
  y: 'ý',
  A: 'Å',
  E: 'É',
  I: 'Í',
  O: 'Ö',
  U: 'Ü',
  C: 'Ç',
  N: 'Ñ',
  Y: 'Ý',
};

/** Accented and about 40% longer, in brackets: shows truncation and any string that skipped the messages. */
export function pseudo(text: string): string {
  const accented = text.replace(/[aeiouycnAEIOUYCN]/g, (char) => ACCENTS[char] ?? char);
  const padding = '·'.repeat(Math.ceil(text.length * 0.4));
  return `[${accented}${padding}]`;
}

function pseudoAll<T>(value: T): T {
  if (typeof value === 'string') return pseudo(value) as T;
  if (typeof value === 'function')
    return ((...args: unknown[]) => pseudo(String((value as (...a: unknown[]) => unknown)(...args)))) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, pseudoAll(inner)])) as T;
  return value;
}

// A call without arguments, so that a bundler drops it (and the problem texts) from a page that does not use it.
const pseudoLocale = (): Messages => pseudoAll({ ...en, problems: problemMessages });

/** The pseudo-locale: every English string accented and lengthened, the input problems' too. */
export const pseudoMessages: Messages = /* @__PURE__ */ pseudoLocale();
