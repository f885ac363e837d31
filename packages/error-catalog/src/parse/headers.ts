import type { Problem } from '../types';
import { addProblem } from './problems';

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
/** The most header entries looked at: a response has a few dozen; a hostile object may claim millions. */
const MAX_HEADERS = 200;
/** The most characters kept of one header, repeated values joined: far more than any allowed header needs. */
const MAX_VALUE = 1024;
const LONGEST_NAME = Math.max(...ALLOWED_HEADERS.map((name) => name.length)) + 2;
// Thrown to leave a Headers.forEach, which has no other way out.
const STOP = new Error('more headers than are read');

function keep(kept: KeptHeaders, name: unknown, value: unknown): void {
  // Checked before any work on the name: no allowed name is long, and a long one is not trimmed or lowered.
  if (typeof name !== 'string' || name.length > LONGEST_NAME) return;
  const key = name.trim().toLowerCase();
  if (!allowed.has(key)) return;
  // A list by index, never through its own `slice`, `map` or iterator: at most 16 of its values, joined.
  const text = Array.isArray(value)
    ? Array.from({ length: Math.min(value.length, 16) }, (_, index) => String(value[index])).join(', ')
    : typeof value === 'string' || typeof value === 'number'
      ? String(value)
      : undefined;
  if (text === undefined) return;
  const header = key as AllowedHeader;
  const joined = kept[header] === undefined ? text : `${kept[header]}, ${text}`;
  kept[header] = joined.length > MAX_VALUE ? joined.slice(0, MAX_VALUE) : joined;
}

/**
 * Reads `Headers`, `[name, value]` tuples or a plain record, names case-insensitive, at most 200 entries.
 * Each header is read on its own, so a hostile one (a throwing getter) is skipped and noted in `problems`
 * without losing the others.
 */
export function readHeaders(headers: unknown, problems: Problem[]): KeptHeaders {
  const kept: KeptHeaders = {};
  let seen = 0;
  const each = (read: () => void) => {
    if (++seen > MAX_HEADERS) throw STOP;
    try {
      read();
    } catch {
      addProblem(problems, 'unreadable', 'header');
    }
  };
  if (headers == null || typeof headers !== 'object') return kept;
  try {
    if (typeof (headers as Headers).forEach === 'function' && typeof (headers as Headers).get === 'function') {
      (headers as Headers).forEach((value, name) => each(() => keep(kept, name, value)));
    } else if (Array.isArray(headers)) {
      const pairs = headers as unknown[];
      // By index, never through the list's own iterator; `each` stops after MAX_HEADERS.
      for (let index = 0; index < Math.min(pairs.length, MAX_HEADERS + 1); index++) {
        each(() => {
          const pair = pairs[index];
          if (Array.isArray(pair)) keep(kept, pair[0], pair[1]);
        });
      }
    } else {
      const record = headers as Record<string, unknown>;
      for (const name of Object.keys(record)) each(() => keep(kept, name, record[name]));
    }
  } catch (stop) {
    if (stop !== STOP) throw stop;
    addProblem(problems, 'truncated', 'headers');
  }
  return kept;
}

/** The longest wait `retryAfterSeconds` reports, whichever form the header takes: a countdown of weeks helps no one, and timers overflow past ~24.8 days. */
export const MAX_RETRY_AFTER_SECONDS = 7 * 86_400;

const MONTHS = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
const DAY = 'Mon|Tue|Wed|Thu|Fri|Sat|Sun';
const LONG_DAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const TIME = String.raw`(\d{2}):(\d{2}):(\d{2})`;
// The three forms RFC 9110 §5.6.7 lets a recipient accept, exactly (fixed widths: nothing to backtrack over).
// Groups: day, month, year (asctime: month, day), then hour, minute, second (asctime: then year).
const IMF_FIXDATE = new RegExp(String.raw`^(?:${DAY}), (\d{2}) (${MONTHS}) (\d{4}) ${TIME} GMT$`);
const RFC850_DATE = new RegExp(String.raw`^(?:${LONG_DAY}), (\d{2})-(${MONTHS})-(\d{2}) ${TIME} GMT$`);
const ASCTIME_DATE = new RegExp(String.raw`^(?:${DAY}) (${MONTHS}) ( \d|\d{2}) ${TIME} (\d{4})$`);
const LONGEST_DATE = 'Wednesday, 09-Nov-94 08:49:37 GMT'.length;

function utc(year: number, month: string, day: number, time: string[]): number | undefined {
  const [hour, minute, second] = time.map(Number) as [number, number, number];
  const monthIndex = MONTHS.split('|').indexOf(month);
  const date = Date.UTC(year, monthIndex, day, hour, minute, second);
  // No rolling over: "31 Feb" or "25:00:00" is not a date.
  const back = new Date(date);
  const valid =
    back.getUTCDate() === day && back.getUTCMonth() === monthIndex && hour < 24 && minute < 60 && second < 61;
  return valid ? date : undefined;
}

/** An HTTP-date in any of its three forms, as ms since the epoch; `undefined` for anything else. */
export function httpDate(text: string, now: number): number | undefined {
  if (text.length > LONGEST_DATE) return undefined;
  let match = IMF_FIXDATE.exec(text);
  if (match) return utc(Number(match[3]), match[2] as string, Number(match[1]), match.slice(4, 7));
  match = ASCTIME_DATE.exec(text);
  if (match) return utc(Number(match[6]), match[1] as string, Number(match[2]), match.slice(3, 6));
  match = RFC850_DATE.exec(text);
  if (!match) return undefined;
  // A two-digit year more than 50 years ahead is the most recent past year with those digits (RFC 9110).
  const thisYear = new Date(now).getUTCFullYear();
  let year = Math.floor(thisYear / 100) * 100 + Number(match[3]);
  if (year > thisYear + 50) year -= 100;
  return utc(year, match[2] as string, Number(match[1]), match.slice(4, 7));
}

/**
 * `Retry-After` as whole seconds from `now`: delta-seconds or an HTTP-date (RFC 9110 §10.2.3), nothing else.
 * `undefined` when the value is neither; the wait is at most MAX_RETRY_AFTER_SECONDS.
 */
export function retryAfterSeconds(value: string, now: number): number | undefined {
  const text = value.trim();
  if (/^\d{1,20}$/.test(text)) return Math.min(Number(text), MAX_RETRY_AFTER_SECONDS);
  const date = httpDate(text, now);
  return date === undefined
    ? undefined
    : Math.min(Math.max(0, Math.ceil((date - now) / 1000)), MAX_RETRY_AFTER_SECONDS);
}

/** The realm of `WWW-Authenticate: OAuth realm=urn:cpsvc:cpid:{cid}` (quoted or not). */
export function authenticateRealm(value: string): string | undefined {
  return /\brealm[ \t]*=[ \t]*(?:"([^"]*)"|([^\s,"]+))/i
    .exec(value)
    ?.slice(1)
    .find((part) => part !== undefined);
}
