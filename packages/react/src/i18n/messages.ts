import { problemMessages, type ErrorCategory, type ProblemMessages, type Severity } from '@pc-errors/error-catalog';

/** Every user-visible string of the components. Replace any of them through `I18nProvider`. */
export interface Messages {
  retry: string;
  retryIn: (seconds: number) => string;
  retryReady: string;
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
  };
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
  };
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
  /** What was wrong with a response, by problem code (see `describeProblem`); a code left out reads in English. */
  problems: Partial<ProblemMessages>;
}

const n = (value: number) => value.toLocaleString('en');

/** English, the default. */
export const en: Messages = {
  retry: 'Retry',
  retryIn: (seconds) => `Retry available in ${seconds} s`,
  retryReady: 'You can retry now.',
  dismiss: 'Dismiss',
  copyDetails: 'Copy details',
  copied: 'Details copied to the clipboard.',
  copyFailed: 'The clipboard is not available here. Open the details and copy them by hand.',
  details: 'Details',
  detailLabels: {
    httpStatus: 'HTTP status',
    code: 'Error code',
    source: 'Source',
    correlationId: 'Correlation ID',
    requestId: 'Request ID',
    time: 'Time',
    realm: 'Auth realm',
  },
  noResponse: 'No response',
  cancelledTitle: 'Request cancelled',
  cancelledDescription: 'No answer arrived before the request was cancelled. It may or may not have been carried out.',
  severity: { error: 'Error', warning: 'Warning', info: 'Notice' },
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
  },
  tableLabel: 'Errors',
  catalogTableLabel: 'Documented Partner Center errors',
  search: 'Search',
  searchPlaceholder: 'Code, title, ID…',
  statusFilter: 'HTTP status',
  categoryFilter: 'Category',
  clearFilters: 'Clear filters',
  columnsMenu: 'Columns',
  showFix: (title) => `Show the fix for ${title}`,
  entryName: (code, httpStatus) => `${code} (HTTP ${httpStatus})`,
  noCode: 'none',
  resultCount: (shown, total) =>
    shown === total ? `${n(total)} ${total === 1 ? 'row' : 'rows'}` : `${n(shown)} of ${n(total)} rows`,
  sortedBy: (column, direction) => `Sorted by ${column}, ${direction}`,
  sortCleared: 'Sorting cleared',
  empty: 'No errors yet.',
  emptyFiltered: 'No rows match the search and filters.',
  yes: 'Yes',
  no: 'No',
  problems: problemMessages,
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

/** The pseudo-locale: every English string accented and lengthened. */
export const pseudoMessages: Messages = pseudoAll(en);
