// A wait the service wrote in words, for answers without a usable Retry-After header: Azure API Management in front of
// Partner Center says "Rate limit is exceeded. Try again in 57 seconds.", other Microsoft services "Please retry after
// 30 seconds" or "Try again in 2 minutes".
import { MAX_RETRY_AFTER_SECONDS } from './headers';

/** How much of a text is read for a wait: the description is at most 1,024 characters. */
const SCANNED = 1024;
// Fixed words around one number: nothing in it can backtrack, and the text it runs on is capped.
const WAIT =
  /\b(?:try again|retry)(?: the request)?(?: later)? (?:in|after) (\d{1,7}) ?(sec|second|min|minute|hour|hr|[smh])s?\b/i;
const UNIT_SECONDS: Record<string, number> = {
  s: 1,
  sec: 1,
  second: 1,
  m: 60,
  min: 60,
  minute: 60,
  h: 3600,
  hr: 3600,
  hour: 3600,
};

/**
 * The wait a text gives, in whole seconds (at least 1, at most MAX_RETRY_AFTER_SECONDS), else `undefined`. "Try again
 * in 0 seconds" gives 1: a body must not be able to invite a retry loop with no pause at all.
 */
export function waitInText(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const match = WAIT.exec(text.length > SCANNED ? text.slice(0, SCANNED) : text);
  if (!match) return undefined;
  const seconds = Number(match[1]) * (UNIT_SECONDS[(match[2] ?? 's').toLowerCase()] ?? 1);
  return Math.max(1, Math.min(seconds, MAX_RETRY_AFTER_SECONDS));
}
