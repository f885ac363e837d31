/**
 * The only response headers the parser keeps. Everything else (Authorization, Cookie, Set-Cookie,
 * proxies' own headers) is dropped on the way in, so it cannot reach an error, its JSON or a ticket.
 */
export const ALLOWED_HEADERS = [
  'ms-correlationid',
  'ms-requestid',
  'retry-after',
  'www-authenticate',
  'content-type',
] as const;
export type AllowedHeader = (typeof ALLOWED_HEADERS)[number];
export type KeptHeaders = Partial<Record<AllowedHeader, string>>;

const allowed = new Set<string>(ALLOWED_HEADERS);

function keep(kept: KeptHeaders, name: unknown, value: unknown): void {
  if (typeof name !== 'string') return;
  const key = name.trim().toLowerCase();
  if (!allowed.has(key)) return;
  const text = Array.isArray(value)
    ? value.map(String).join(', ')
    : typeof value === 'string' || typeof value === 'number'
      ? String(value)
      : undefined;
  if (text === undefined) return;
  const header = key as AllowedHeader;
  kept[header] = kept[header] === undefined ? text : `${kept[header]}, ${text}`;
}

/**
 * Reads `Headers`, `[name, value]` tuples or a plain record, names case-insensitive. Each header is read on
 * its own, so a hostile one (a throwing getter) is skipped and noted in `problems` without losing the others.
 */
export function readHeaders(headers: unknown, problems: string[]): KeptHeaders {
  const kept: KeptHeaders = {};
  const each = (read: () => void) => {
    try {
      read();
    } catch {
      problems.push('a header could not be read');
    }
  };
  if (headers == null || typeof headers !== 'object') return kept;
  if (typeof (headers as Headers).forEach === 'function' && typeof (headers as Headers).get === 'function') {
    (headers as Headers).forEach((value, name) => each(() => keep(kept, name, value)));
  } else if (Array.isArray(headers)) {
    for (const pair of headers) each(() => Array.isArray(pair) && keep(kept, pair[0], pair[1]));
  } else {
    for (const name of Object.keys(headers)) each(() => keep(kept, name, (headers as Record<string, unknown>)[name]));
  }
  return kept;
}

/** The longest wait `retryAfterSeconds` reports, whichever form the header takes: a countdown of weeks helps no one, and timers overflow past ~24.8 days. */
export const MAX_RETRY_AFTER_SECONDS = 7 * 86_400;

/** `Retry-After` as whole seconds from `now`: delta-seconds or an HTTP-date (RFC 9110 §10.2.3). */
export function retryAfterSeconds(value: string, now: number): number | undefined {
  const text = value.trim();
  if (/^\d+$/.test(text)) return Math.min(Number(text), MAX_RETRY_AFTER_SECONDS);
  const date = /[a-z]/i.test(text) ? Date.parse(text) : NaN; // Date.parse('5') would be a year
  return Number.isNaN(date)
    ? undefined
    : Math.min(Math.max(0, Math.ceil((date - now) / 1000)), MAX_RETRY_AFTER_SECONDS);
}

/** The realm of `WWW-Authenticate: OAuth realm=urn:cpsvc:cpid:{cid}` (quoted or not). */
export function authenticateRealm(value: string): string | undefined {
  return /\brealm\s*=\s*(?:"([^"]*)"|([^\s,]+))/i
    .exec(value)
    ?.slice(1)
    .find((part) => part !== undefined);
}
