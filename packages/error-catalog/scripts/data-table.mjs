// The layout of the data files. Each holds its entries as a table, to keep the package inside its size budget:
// `columns` names the fields of every row in order, and a row's last element, when it is an object, holds the
// optional fields (`details`, `retryable`, `links`...). `summary` and `steps` are the entry's remediation.
// src/catalog/catalog.ts reads the same layout from `columns`. Nothing that follows from other fields is stored
// (the id, the status's name, the countries the documented text names, an identity code's lookup link).

/** The fields every entry has, in the order of a row. */
export const COLUMNS = ['code', 'httpStatus', 'message', 'category', 'actor', 'summary', 'steps'];
/** The optional fields, in the order they are written. */
export const OPTIONAL = [
  'name',
  'details',
  'titleFromDescription',
  'severity',
  'retryable',
  'retryAfterHint',
  'fields',
  'gdap',
  'links',
];

/** @typedef {Record<string, unknown> & { code: string, httpStatus: number }} Entry an entry as an object */

/**
 * The entries of a data file, as objects with a `remediation`.
 * @param {{ columns: string[], entries: unknown[][] }} file
 * @returns {Entry[]}
 */
export function entriesOf(file) {
  return file.entries.map((row) => {
    /** @type {Record<string, unknown>} */
    const entry = Object.fromEntries(file.columns.map((column, i) => [column, row[i]]));
    const { summary, steps, ...fields } = entry;
    const optional = /** @type {Record<string, unknown> | undefined} */ (row[file.columns.length]);
    const record = { ...fields, ...optional, remediation: { summary, steps } };
    return /** @type {Entry} */ (/** @type {unknown} */ (record));
  });
}

/**
 * A data file's text: the provenance, the columns and one row per entry. The defaults (severity "error",
 * retryable false) are not written out.
 * @param {Record<string, unknown>} provenance
 * @param {Entry[]} entries
 * @returns {string}
 */
export function tableText(provenance, entries) {
  const rows = entries.map((entry) => {
    const remediation = /** @type {{ summary?: string, steps?: string[] } | undefined} */ (entry.remediation);
    /** @type {Record<string, unknown>} */
    const flat = { ...entry, summary: remediation?.summary, steps: remediation?.steps };
    if (flat.severity === 'error') delete flat.severity;
    if (flat.retryable === false) delete flat.retryable;
    const optional = Object.fromEntries(
      OPTIONAL.filter((key) => flat[key] !== undefined).map((key) => [key, flat[key]]),
    );
    const row = COLUMNS.map((column) => flat[column] ?? null);
    return Object.keys(optional).length ? [...row, optional] : row;
  });
  return `${JSON.stringify({ provenance, columns: COLUMNS, entries: rows }, null, 2)}\n`;
}
