// Reads the documented "Partner Center REST error codes" page (plain text) into table rows
// and folds them into one record per (code, HTTP status). Shared by the importer and nothing else:
// the tests re-read the page on their own so that a bug here cannot hide itself.

const ROW = /^([A-Za-z]+) (\d{3}) (\d+) (.*)$/;
const TABLE_HEADER = 'HTTP Status HTTP Error Code Error code Description';

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

/**
 * ISO 3166-1 alpha-2 codes the text names in parentheses, in order of first mention.
 * @param {string} text
 * @returns {string[]}
 */
export function countriesIn(text) {
  return [...new Set([...text.matchAll(/\(([A-Z]{2})\)/g)].map((m) => m[1] ?? ''))];
}
