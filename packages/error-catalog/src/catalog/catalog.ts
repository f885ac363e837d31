import records from '../../data/catalog.json';
import { placeholdersOf } from '../format/format-message';
import type { CatalogEntry } from '../types';
import { deepFreeze } from './freeze';

type CatalogRecord = Omit<CatalogEntry, 'placeholders'>;

/**
 * Every documented error, one entry per (code, HTTP status), sorted by code then status. Frozen all the way
 * down (steps, fields, countries, links): the entries are shared by every caller and by the lookups.
 */
export const catalog: readonly CatalogEntry[] = deepFreeze(
  (records as CatalogRecord[]).map((record) => ({ ...record, placeholders: placeholdersOf(record.message) })),
);

const byId = new Map<string, CatalogEntry>();
const byCode = new Map<string, CatalogEntry[]>();
for (const entry of catalog) {
  byId.set(entry.id, entry);
  byCode.set(entry.code, [...(byCode.get(entry.code) ?? []), entry]);
}

function codeKey(code: string | number): string | undefined {
  if (typeof code === 'string') return code.trim();
  return Number.isSafeInteger(code) ? String(code) : undefined;
}

/**
 * The entry for a code. With a status, exactly the (code, status) entry or `undefined`: never an
 * entry of another status. Without one, the entry only when the code is unambiguous.
 * @example getEntry('2006', 403)?.message // "Partner isn't valid for offer"
 * @example getEntry('2006') // undefined: 2006 is documented for 400 and 403
 */
export function getEntry(code: string | number, httpStatus?: number): CatalogEntry | undefined {
  const key = codeKey(code);
  if (key === undefined) return undefined;
  if (httpStatus !== undefined) return byId.get(`${httpStatus}-${key}`);
  const entries = byCode.get(key);
  return entries?.length === 1 ? entries[0] : undefined;
}

/** Every entry of a code, whatever its status (empty when the code is not documented). */
export function findEntries(code: string | number): CatalogEntry[] {
  const key = codeKey(code);
  return key === undefined ? [] : [...(byCode.get(key) ?? [])];
}
