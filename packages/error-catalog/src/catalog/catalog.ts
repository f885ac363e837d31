import cartData from '../../data/cart-errors.json';
import identityData from '../../data/identity-errors.json';
import pageData from '../../data/rest-error-codes.json';
import { placeholdersOf } from '../format/format-message';
import type { CatalogEntry, CatalogOrigin, CatalogProvenance } from '../types';
import { deepFreeze } from './freeze';
import { GDAP_LINKS, GDAP_STEPS } from './gdap';
import { statusTitle } from './status-titles';

// The data leaves out what follows from other fields (the id, the status's name, the countries the documented
// text names, an identity code's lookup link), the defaults (severity "error", retryable false) and the GDAP steps
// and links, which `gdap: true` appends to an entry's own.
type CatalogRecord = Omit<
  CatalogEntry,
  'id' | 'httpStatusName' | 'placeholders' | 'countries' | 'origin' | 'severity' | 'retryable'
> &
  Partial<Pick<CatalogEntry, 'severity' | 'retryable'>> & { gdap?: boolean };
// A data file is a table (scripts/data-table.mjs writes it): `columns` names the fields of every row, and a row's
// last element, when it is an object, holds its optional fields. `summary` and `steps` make the remediation.
interface DataFile {
  provenance: CatalogProvenance;
  columns: string[];
  entries: unknown[][];
}
const sources = {
  'rest-error-codes': pageData,
  cart: cartData,
  identity: identityData,
} as unknown as Record<CatalogOrigin, DataFile>;

function recordsOf({ columns, entries }: DataFile): CatalogRecord[] {
  return entries.map((row) => {
    const { summary, steps, ...fields } = Object.fromEntries(columns.map((column, i) => [column, row[i]]));
    return { ...fields, ...(row[columns.length] as object), remediation: { summary, steps } } as CatalogRecord;
  });
}

/** The page each part of the catalog was taken from (`catalogOrigins[entry.origin]`). Deeply frozen. */
export const catalogOrigins: Readonly<Record<CatalogOrigin, CatalogProvenance>> = deepFreeze({
  'rest-error-codes': sources['rest-error-codes'].provenance,
  cart: sources.cart.provenance,
  identity: sources.identity.provenance,
});

// Numeric codes in numeric order, then the identity codes ("AADSTS50076") by their number.
const codeOrder = (code: string): [number, number] =>
  /^\d+$/.test(code) ? [0, Number(code)] : [1, Number(code.replace(/^\D+/, ''))];
const byCodeThenStatus = (a: CatalogEntry, b: CatalogEntry): number => {
  const [groupA, numberA] = codeOrder(a.code);
  const [groupB, numberB] = codeOrder(b.code);
  return groupA - groupB || numberA - numberB || a.httpStatus - b.httpStatus;
};

/**
 * Every entry, one per (code, HTTP status), sorted by code then status: the documented page's errors, the cart's
 * line-item errors and the identity platform's most common sign-in errors (`origin` says which). Frozen all the way
 * down (steps, fields, countries, links): the entries are shared by every caller and by the lookups.
 */
export const catalog: readonly CatalogEntry[] = deepFreeze(
  (Object.keys(sources) as CatalogOrigin[])
    .flatMap((origin) => recordsOf(sources[origin]).map((record) => entryOf(record, origin)))
    .sort(byCodeThenStatus),
);

/** ISO 3166-1 alpha-2 codes a text names in parentheses, "Armenia (AM)", in order of first mention. */
function countriesIn(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(/\(([A-Z]{2})\)/g), (match) => match[1] ?? ''))];
}

function entryOf(record: CatalogRecord, origin: CatalogOrigin): CatalogEntry {
  const { code, httpStatus, gdap, ...documented } = record;
  const countries = countriesIn(`${record.message}\n${record.details ?? ''}`);
  const lookup =
    origin === 'identity'
      ? [
          {
            label: 'Microsoft Entra error lookup',
            href: `https://login.microsoftonline.com/error?code=${code.slice(6)}`,
          },
        ]
      : [];
  const links = [...lookup, ...(record.links ?? []), ...(gdap ? GDAP_LINKS : [])];
  const remediation = gdap
    ? { summary: record.remediation.summary, steps: [...record.remediation.steps, ...GDAP_STEPS] }
    : record.remediation;
  return {
    id: `${httpStatus}-${code}`,
    code,
    httpStatus,
    httpStatusName: statusTitle(httpStatus)?.[1] ?? '',
    severity: 'error',
    retryable: false,
    ...documented,
    placeholders: placeholdersOf(record.message),
    remediation,
    ...(countries.length && { countries }),
    ...(links.length && { links }),
    origin,
  };
}

const byId = new Map<string, CatalogEntry>();
/** Every entry of a code, in catalog order. */
export const entriesByCode = new Map<string, readonly CatalogEntry[]>();
for (const entry of catalog) {
  byId.set(entry.id, entry);
  entriesByCode.set(entry.code, [...(entriesByCode.get(entry.code) ?? []), entry]);
}

/** The catalog's key for a code as a caller gives it: trimmed, identity codes upper-cased; `undefined` for nonsense. */
export function codeKey(code: string | number): string | undefined {
  if (typeof code === 'string') {
    const key = code.trim();
    return /^aadsts\d+$/i.test(key) ? key.toUpperCase() : key;
  }
  return Number.isSafeInteger(code) ? String(code) : undefined;
}

/**
 * The entry for a code. With a status, exactly the (code, status) entry or `undefined`: never an
 * entry of another status. Without one, the entry only when the code is unambiguous.
 * `lookupEntry` is the forgiving lookup for codes received with a status the catalog does not list.
 * @example getEntry('2006', 403)?.message // "Partner isn't valid for offer"
 * @example getEntry('2006') // undefined: 2006 is documented for 400 and 403
 */
export function getEntry(code: string | number, httpStatus?: number): CatalogEntry | undefined {
  const key = codeKey(code);
  if (key === undefined) return undefined;
  if (httpStatus !== undefined) return byId.get(`${httpStatus}-${key}`);
  const entries = entriesByCode.get(key);
  return entries?.length === 1 ? entries[0] : undefined;
}

/** Every entry of a code, whatever its status (empty when the code is not documented). */
export function findEntries(code: string | number): CatalogEntry[] {
  const key = codeKey(code);
  return key === undefined ? [] : [...(entriesByCode.get(key) ?? [])];
}
