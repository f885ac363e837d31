// Reads the documented "Partner Center REST error codes" page (plain text) into table rows
// and folds them into one record per (code, HTTP status). Shared by the importer and nothing else:
// the tests re-read the page on their own so that a bug here cannot hide itself.

const ROW = /^([A-Za-z]+) (\d{3}) (\d+) (.*)$/;
const TABLE_HEADER = 'HTTP Status HTTP Error Code Error code Description';
const HEADER_START = '=== pc-errors source header';
const HEADER_END = '=== end of the pc-errors source header';

/**
 * Splits the source file into this repository's header (where the page comes from: `Title:`, `URL:`, `Copied:`...)
 * and the page text after it. A file without the header is all page.
 * @param {string} text
 * @returns {{ header: Record<string, string>, page: string }}
 */
export function splitSource(text) {
  if (!text.startsWith(HEADER_START)) return { header: {}, page: text };
  const end = text.indexOf(HEADER_END);
  if (end < 0) throw new Error('source header is not closed');
  const lines = text.slice(0, end).split(/\r?\n/).slice(1);
  const header = Object.fromEntries(
    lines.flatMap((line) => {
      const [, key, value] = /^([A-Za-z]+): (.+)$/.exec(line) ?? [];
      return key && value ? [[key.toLowerCase(), value]] : [];
    }),
  );
  return { header, page: text.slice(text.indexOf('\n', end) + 1).replace(/^(\r?\n)+/, '') };
}

/** @typedef {{ statusName: string, status: number, code: string, text: string, line: number }} Row */

/**
 * @param {string} pageText
 * @returns {Row[]}
 */
export function readRows(pageText) {
  const lines = pageText.split(/\r?\n/);
  const start = lines.indexOf(TABLE_HEADER);
  if (start < 0) throw new Error('error-code table header not found');
  /** @type {Row[]} */
  const rows = [];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const match = ROW.exec(line);
    const last = rows.at(-1);
    if (match) {
      const [, statusName = '', status, code = '', text = ''] = match;
      rows.push({ statusName, status: Number(status), code, text, line: i + 1 });
    } else if (last) {
      last.text += '\n' + line; // continuation of a long, multi-line explanation
    }
  }
  for (const row of rows) row.text = row.text.trimEnd();
  return rows;
}

/**
 * One record per (code, status). An exact repeat is dropped; a code documented twice with
 * different texts (a short row and a longer explanation) keeps the short first line as the
 * message and everything else, verbatim, as details.
 * @param {Row[]} rows
 */
export function foldRows(rows) {
  /** @type {Map<string, Row[]>} */
  const byKey = new Map();
  for (const row of rows) {
    const key = `${row.status}-${row.code}`;
    const group = byKey.get(key) ?? [];
    if (!group.some((seen) => seen.text === row.text)) group.push(row);
    byKey.set(key, group);
  }
  return [...byKey.values()].map((group) => {
    // The multi-line row carries the short title on its first line; prefer it as the message.
    const ordered = [...group].sort((a, b) => Number(b.text.includes('\n')) - Number(a.text.includes('\n')));
    const [first = group[0], ...rest] = ordered;
    if (!first) throw new Error('an empty group of rows');
    const [message = '', ...more] = first.text.split('\n');
    const details = [more.join('\n').trim(), ...rest.map((row) => row.text)].filter(Boolean).join('\n\n');
    return {
      code: first.code,
      httpStatus: first.status,
      httpStatusName: first.statusName,
      message: message.trim(),
      ...(details ? { details } : {}),
      lines: group.map((row) => row.line),
    };
  });
}
