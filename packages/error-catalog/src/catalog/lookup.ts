import type { CatalogEntry } from '../types';
import { catalog, codeKey, entriesByCode, getEntry } from './catalog';
import { isIdentityStatus, isSuccess } from './status-kinds';
import { deepFreeze } from './freeze';

export { identityCodeOf } from './identity-code';

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
 * Whether an entry answers for a received status. A code of the identity platform answers for the statuses sign-in
 * errors come with (400, 401, 403: the token endpoint, Graph). An error documented inside a successful response (a
 * cart line item's, HTTP 200) answers for any 2xx, since those errors arrive inside 200 and 201 bodies. Any other
 * status is a mismatch: a 401 or a 503 whose body holds a cart code is a failure of its own.
 */
function answersFor(entry: CatalogEntry, status: number): boolean {
  if (entry.httpStatus === status) return true;
  if (entry.origin === 'identity') return isIdentityStatus(status);
  return isSuccess(entry.httpStatus) && isSuccess(status);
}

// One frozen `{ documented }` per code, shared by every error that carries it: an error log of drifted codes keeps
// no copy per error.
const mismatches = new Map<readonly CatalogEntry[], { documented: number[] }>();
function mismatchOf(entries: readonly CatalogEntry[]): { documented: number[] } {
  let mismatch = mismatches.get(entries);
  if (!mismatch) {
    mismatch = deepFreeze({ documented: [...new Set(entries.map((entry) => entry.httpStatus))] });
    mismatches.set(entries, mismatch);
  }
  return mismatch;
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
  const key = codeKey(code);
  if (key === undefined || key.length > 64) return {};
  const status = Number.isInteger(httpStatus) ? httpStatus : undefined;
  // The common case first: the (code, status) the page documents, found without building anything.
  const exact = status === undefined ? undefined : getEntry(key, status);
  if (exact) return { entry: exact };
  const entries = entriesByCode.get(key) ?? entriesByCode.get(byName.get(key.toLowerCase()) ?? '');
  if (!entries) return {};
  const fitting = status === undefined ? entries : entries.filter((entry) => answersFor(entry, status));
  if (fitting.length === 1) return { entry: fitting[0] };
  const statusMismatch = status === undefined || fitting.length ? undefined : mismatchOf(entries);
  const choices = fitting.length ? fitting : entries;
  if (choices.length === 1) return { entry: choices[0], ...(statusMismatch && { statusMismatch }) };
  return { candidates: [...choices], ...(statusMismatch && { statusMismatch }) };
}
