#!/usr/bin/env node
// Re-runnable: reads source/partner-center-rest-error-codes.txt into data/catalog.json.
// Fields the page states (code, status, message, details, countries) are rewritten from the page;
// fields written by hand (category, retryable, actor, fields, links, remediation...) are kept.
//   node scripts/import-seed.mjs           update data/catalog.json
//   node scripts/import-seed.mjs --check   exit 1 if the data is out of date with the page
//   node scripts/import-seed.mjs --merge F merge hand-written enrichment (JSON keyed by id) from F
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { countriesIn, foldRows, readRows } from './read-source.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceFile = path.join(root, 'source/partner-center-rest-error-codes.txt');
const dataFile = path.join(root, 'data/catalog.json');

const FIELD_ORDER = [
  'id',
  'code',
  'httpStatus',
  'httpStatusName',
  'message',
  'details',
  'category',
  'severity',
  'retryable',
  'actor',
  'fields',
  'countries',
  'links',
  'remediation',
];

/** @typedef {Record<string, unknown> & { id: string, code: string, httpStatus: number }} Entry */
/** @typedef {Record<string, Record<string, unknown>>} Enrichment hand-written fields, keyed by entry id */

const args = process.argv.slice(2);
/** @type {Entry[]} */
const existing = fs.existsSync(dataFile) ? JSON.parse(fs.readFileSync(dataFile, 'utf8')) : [];
const previous = new Map(existing.map((entry) => [entry.id, entry]));
/** @type {Enrichment[]} */
const merges = args.flatMap((arg, i) => (args[i - 1] === '--merge' ? [JSON.parse(fs.readFileSync(arg, 'utf8'))] : []));

const entries = foldRows(readRows(fs.readFileSync(sourceFile, 'utf8')))
  .map((row) => {
    const id = `${row.httpStatus}-${row.code}`;
    const handWritten = Object.assign({}, previous.get(id), ...merges.map((m) => m[id]));
    const countries = countriesIn(`${row.message}\n${row.details ?? ''}`);
    /** @type {Record<string, unknown>} */
    const entry = {
      severity: row.httpStatus < 300 ? 'info' : 'error',
      ...handWritten,
      id,
      code: row.code,
      httpStatus: row.httpStatus,
      httpStatusName: row.httpStatusName,
      message: row.message,
      details: row.details,
      countries: countries.length ? countries : undefined,
    };
    return /** @type {Entry} */ (
      Object.fromEntries(FIELD_ORDER.filter((key) => entry[key] !== undefined).map((key) => [key, entry[key]]))
    );
  })
  .sort((a, b) => Number(a.code) - Number(b.code) || a.httpStatus - b.httpStatus);

const text = JSON.stringify(entries, null, 2) + '\n';
if (args.includes('--check')) {
  const current = fs.existsSync(dataFile) ? fs.readFileSync(dataFile, 'utf8') : '';
  if (current !== text) {
    console.error('data/catalog.json is out of date with the source page: run node scripts/import-seed.mjs');
    process.exit(1);
  }
  console.log(`data/catalog.json matches the source page (${entries.length} entries)`);
} else {
  fs.writeFileSync(dataFile, text);
  const missing = entries.filter((entry) => !entry.remediation).length;
  console.log(`wrote ${entries.length} entries to data/catalog.json (${missing} still need a written remediation)`);
}
