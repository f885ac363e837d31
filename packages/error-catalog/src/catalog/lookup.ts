import type { CatalogEntry } from '../types';
import { catalog, codeKey, entriesByCode } from './catalog';

/** What the catalog knows about a code received with a status. */
export interface EntryLookup {
  /** The entry to use: the exact (code, status) entry, or the code's only entry when it is documented under another status. */
  entry?: CatalogEntry;
  /** Set when the received status is not one the code is documented under: the statuses it is documented under. */
  statusMismatch?: { documented: number[] };
  /** Set, instead of `entry`, when the code has several entries and none matches: every one of them, to show as candidates. */
  candidates?: CatalogEntry[];
}

// The cart's line-item errors carry `CartErrorCode` names in the .NET SDK; a portal may pass the name on.
const byName = new Map(
  catalog.flatMap((entry) =>
    entry.origin === 'cart' && entry.name ? [[entry.name.toLowerCase(), entry.code] as const] : [],
  ),
);

/**
 * Whether an entry answers for a received status. A code of the cart or identity platform is one error whatever
 * the status that carries it (a cart answers 201, checkout 200, the token endpoint 400 or 401). An error documented
 * inside a successful response (HTTP 200) answers for any 2xx, since those errors arrive inside 200 and 201 bodies.
 */
function answersFor(entry: CatalogEntry, status: number): boolean {
  if (entry.httpStatus === status || entry.origin === 'cart' || entry.origin === 'identity') return true;
  return entry.httpStatus >= 200 && entry.httpStatus < 300 && status >= 200 && status < 300;
}

/**
 * The catalog's answer for a code as received: the code decides, the status picks among a code's entries.
 * - the (code, status) entry when there is one (also a line-item, identity or 2xx entry received with any fitting status);
 * - else the code's only entry, with `statusMismatch` naming the status it is documented under (the page's status
 *   column is not reliable: `800089` is documented under 403 and arrives as 400);
 * - else, for a code documented under several statuses, none of them the one received, every entry as `candidates`;
 * - `{}` for a code the catalog does not know, or that is not a code.
 * Without a status (a code inside a line item or a token error), the code's only entry, or its candidates.
 * The cart's `CartErrorCode` names (`"InventoryNotAvailable"`) and identity codes in any case are accepted too.
 * @example lookupEntry('800089', 400) // { entry: <403-800089>, statusMismatch: { documented: [403] } }
 * @example lookupEntry('2006', 500) // { candidates: [<400-2006>, <403-2006>], statusMismatch: { documented: [400, 403] } }
 */
export function lookupEntry(code: string | number | null | undefined, httpStatus?: number): EntryLookup {
  if (code === null || code === undefined) return {};
  let key = codeKey(code);
  if (key === undefined || key.length > 64) return {};
  key = byName.get(key.toLowerCase()) ?? key;
  const entries = entriesByCode.get(key);
  if (!entries) return {};
  const status = Number.isInteger(httpStatus) ? httpStatus : undefined;
  const fitting = status === undefined ? entries : entries.filter((entry) => answersFor(entry, status));
  if (fitting.length === 1) return { entry: fitting[0] };
  const documented = [...new Set(entries.map((entry) => entry.httpStatus))];
  const statusMismatch = status === undefined || fitting.length ? undefined : { documented };
  const choices = fitting.length ? fitting : entries;
  if (choices.length === 1) return { entry: choices[0], ...(statusMismatch && { statusMismatch }) };
  return { candidates: [...choices], ...(statusMismatch && { statusMismatch }) };
}

const IDENTITY_CODE = /AADSTS(\d{1,10})(?!\d)/i;
const SCANNED = 4096;

/**
 * The Microsoft Entra error code in a token or sign-in error text, as the catalog keys it (`"AADSTS700082"`), else
 * `undefined`. Reads an OAuth `error_description` ("AADSTS700082: The refresh token has expired…"), a Graph
 * `error.message`, or any text: only its first 4,096 characters, in one linear pass; anything that is not a string
 * gives `undefined`.
 * @example identityCodeOf('AADSTS700082: The refresh token has expired due to inactivity.') // "AADSTS700082"
 */
export function identityCodeOf(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const match = IDENTITY_CODE.exec(text.length > SCANNED ? text.slice(0, SCANNED) : text);
  return match ? `AADSTS${match[1]}` : undefined;
}
