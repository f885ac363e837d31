import type { PartnerCenterError } from '../types';

// A support ticket is pasted into mail and chat: whatever looks like a credential is masked, even in the server's text.
const SECRETS: [RegExp, string][] = [
  [/\b(Bearer|Basic)\s+[\w\-.~+/]+=*/gi, '$1 [redacted]'],
  [/\beyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]*/g, '[redacted token]'],
  [/\b((?:access_token|refresh_token|id_token|client_secret|password|code)=)[^&\s"]+/gi, '$1[redacted]'],
];

/** Masks bearer tokens, JWTs and credential query parameters in text. */
export function redactSecrets(text: string): string {
  return SECRETS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

function dataText(data: unknown[]): string | undefined {
  if (!data.length) return undefined;
  try {
    const json = JSON.stringify(data);
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
  const status = error.httpStatus === 0 ? '0 (no response)' : `${error.httpStatus}${error.entry ? ` ${error.entry.httpStatusName}` : ''}`;
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
