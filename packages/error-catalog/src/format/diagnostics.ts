import type { PartnerCenterError } from '../types';
import { describeProblem } from './problems';
import { maskedData } from './masked-data';
import { redactSecrets } from './secrets';

export { redactSecrets };

/** The most characters of one ticket value: a description is at most 1,024; data, its JSON. */
const MAX_VALUE = 2000;
// Any line break a text can hold, so that no value can start a line of its own (and pose as another field).
const LINE_BREAK = /\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]/g;

/** One ticket value: cut before it is scanned, masked, cut to its length, on one line. */
function ticketValue(value: unknown): string {
  let text = '';
  try {
    text = typeof value === 'string' ? value : String(value);
  } catch {
    // a value whose toString throws shows as nothing
  }
  const masked = redactSecrets(text.length > 2 * MAX_VALUE ? text.slice(0, 2 * MAX_VALUE) : text);
  const short = masked.length > MAX_VALUE ? `${masked.slice(0, MAX_VALUE - 1)}…` : masked;
  return short.replace(LINE_BREAK, ' ⏎ ');
}

// Each string masked on its own, before JSON escapes it (a secret escaped first would no longer look like one).
function dataText(data: unknown): string | undefined {
  try {
    const kept = maskedData(data);
    return kept.length ? JSON.stringify(kept) : undefined;
  } catch {
    return 'data that cannot be shown as JSON';
  }
}

function statusText(error: PartnerCenterError): string {
  // Status 0 is either no response at all (transient, cancelled) or a response whose status was not valid.
  if (error.httpStatus === 0) return error.category === 'unknown' ? '0 (not a valid HTTP status)' : '0 (no response)';
  // The entry's status name only when it is the status received: an entry found by code may be of another status.
  const named = error.entry?.httpStatus === error.httpStatus;
  return `${error.httpStatus}${named ? ` ${error.entry?.httpStatusName}` : ''}`;
}

function retryText({ retryAfterSeconds, retryAfterSource }: PartnerCenterError): string | undefined {
  if (retryAfterSeconds === undefined) return undefined;
  return `${retryAfterSeconds} s${retryAfterSource === 'body' ? ' (from the description)' : ''}`;
}

/**
 * Plain text for a support ticket: every fact support asks for, one per line, credentials masked in each
 * value and again in the whole text. The facts this library read come first; the server's words (title,
 * description, data) after them, each on one line, so a description cannot add or pose as a field.
 * Never throws; fast on any input (every value is cut before it is scanned).
 * @example navigator.clipboard.writeText(diagnosticsText(error))
 */
export function diagnosticsText(error: PartnerCenterError): string {
  const field = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch {
      return undefined;
    }
  };
  const problems = field(() =>
    error.problems
      .slice(0, 16)
      .map((problem) => describeProblem(problem))
      .join('; '),
  );
  const lines: [string, unknown][] = [
    ['Time', field(() => error.receivedAt)],
    ['HTTP status', field(() => statusText(error))],
    ['Error code', field(() => error.code)],
    ['Correlation ID', field(() => error.correlationId)],
    ['Request ID', field(() => error.requestId)],
    ['Retry after', field(() => retryText(error))],
    ['Auth realm', field(() => error.authenticateRealm)],
    ['OAuth error', field(() => error.oauthError)],
    ['Line item', field(() => error.lineItem?.lineItemId)],
    ['Order group', field(() => error.lineItem?.orderGroupId)],
    ['Catalog entry', field(() => error.entry?.id ?? (error.candidates ? undefined : 'not documented'))],
    ['Candidates', field(() => error.candidates?.map((entry) => entry.id).join(', '))],
    ['Documented status', field(() => error.statusMismatch?.documented.join(', '))],
    ['Category', field(() => `${error.category}${error.retryable ? ' (retryable)' : ''}`)],
    ['Severity', field(() => error.severity)],
    ['Source', field(() => error.source)],
    ['Title', field(() => error.title)],
    ['Description', field(() => error.description)],
    ['Data', field(() => dataText(error.data))],
    ['Input problems', problems],
  ];
  const body = lines
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([label, value]) => `${label}: ${ticketValue(value)}`)
    .join('\n');
  return redactSecrets(`Partner Center error\n${body}`);
}
