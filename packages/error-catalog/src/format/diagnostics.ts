import type { PartnerCenterError } from '../types';

// A support ticket is pasted into mail and chat: whatever looks like a credential is masked, even in the server's text.
// A bare value ends at a quote, bracket, `,`, `;`, `&`, `<`, `>` or whitespace, so "(…?code=x)." keeps its ")."
const VALUE = String.raw`[^\s"'\\&,;(){}\[\]<>]+`;
// Names whose `name=value` (query strings, form bodies, connection strings, SAS tokens) is a credential.
const ASSIGNED =
  'access_token|refresh_token|id_token|client_secret|client_assertion|password|code|sig|(?:api[-_]?|subscription-|account|sharedaccess)?key';
// Names whose `name: value` is a credential. Not `code`: "Error code: 800060" is no secret.
const LABELLED = 'access_token|refresh_token|id_token|client_secret|client_assertion|password';
// JSON members that carry one. Not `"code"`: it is the error code of every Partner Center body.
const MEMBERS = `${LABELLED}|cookie|set-cookie|authorization|proxy-authorization`;
const SECRETS: [RegExp, string][] = [
  // Header lines: everything after the name, to the end of the line (cookie attributes included).
  [/\b((?:Set-)?Cookie|(?:Proxy-)?Authorization)[ \t]*:[^\r\n]*/gi, '$1: [redacted]'],
  [/\b(Bearer|Basic)\s+[\w\-.~+/]+=*/gi, '$1 [redacted]'],
  [/\beyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]*/g, '[redacted token]'],
  // "client_secret": "…"; also \"client_secret\": \"…\" (JSON inside a JSON string) and 'client_secret': '…'.
  [new RegExp(String.raw`("(?:${MEMBERS})"\s*:\s*)"(?:[^"\\]|\\.)*"`, 'gi'), '$1"[redacted]"'],
  [new RegExp(String.raw`(\\"(?:${MEMBERS})\\"\s*:\s*)\\"(?:(?!\\").)*\\"`, 'gi'), '$1\\"[redacted]\\"'],
  [new RegExp(String.raw`('(?:${MEMBERS})'\s*:\s*)'[^']*'`, 'gi'), "$1'[redacted]'"],
  [new RegExp(String.raw`\b((?:${LABELLED})\s*:\s*)(?:"[^"\r\n]*"|'[^'\r\n]*'|${VALUE})`, 'gi'), '$1[redacted]'],
  [new RegExp(String.raw`\b((?:${ASSIGNED})=)${VALUE}`, 'gi'), '$1[redacted]'],
];

/** Masks bearer tokens, JWTs, cookie and authorization lines, and credential parameters or JSON members in text. */
export function redactSecrets(text: string): string {
  return SECRETS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

function dataText(data: unknown[]): string | undefined {
  if (!data.length) return undefined;
  try {
    // Masked before it is cut: a secret cut in half no longer looks like one.
    const json = redactSecrets(JSON.stringify(data));
    return json.length > 2000 ? `${json.slice(0, 2000)}… (${json.length} characters)` : json;
  } catch {
    return `${data.length} item(s) that cannot be shown as JSON`;
  }
}

/**
 * Plain text for a support ticket: every fact support asks for, one per line, credentials masked.
 * @example navigator.clipboard.writeText(diagnosticsText(error))
 */
export function diagnosticsText(error: PartnerCenterError): string {
  // Status 0 is either no response at all (transient) or a response whose status was not valid.
  const noStatus = error.category === 'transient' ? '0 (no response)' : '0 (not a valid HTTP status)';
  const status =
    error.httpStatus === 0 ? noStatus : `${error.httpStatus}${error.entry ? ` ${error.entry.httpStatusName}` : ''}`;
  const lines: [string, string | number | undefined | null][] = [
    ['Time', error.receivedAt],
    ['HTTP status', status],
    ['Error code', error.code],
    ['Title', error.title],
    ['Description', error.description],
    ['Source', error.source],
    ['Category', `${error.category}${error.retryable ? ' (retryable)' : ''}`],
    ['Severity', error.severity],
    ['Correlation ID', error.correlationId],
    ['Request ID', error.requestId],
    ['Retry after', error.retryAfterSeconds === undefined ? undefined : `${error.retryAfterSeconds} s`],
    ['Auth realm', error.authenticateRealm],
    ['Catalog entry', error.entry?.id ?? 'not documented'],
    ['Data', dataText(error.data)],
    ['Input problems', error.problems.join('; ') || undefined],
  ];
  const body = lines
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([label, value]) => `${label}: ${value}`)
    .join('\n');
  return redactSecrets(`Partner Center error\n${body}`);
}
