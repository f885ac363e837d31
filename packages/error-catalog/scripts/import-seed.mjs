#!/usr/bin/env node
// Re-runnable: reads source/partner-center-rest-error-codes.txt into data/rest-error-codes.json.
// Fields the page states (code, status, message, details) are rewritten from the page, and the
// provenance from the source file's header; fields written by hand (category, retryable, actor, fields, links,
// remediation...) are kept. Entries that are not on the page (cart, identity) live in their own data files.
//   node scripts/import-seed.mjs           update data/rest-error-codes.json
//   node scripts/import-seed.mjs --check   exit 1 if the data is out of date with the page
//   node scripts/import-seed.mjs --merge F merge hand-written enrichment (JSON keyed by id) from F
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { entriesOf, tableText } from './data-table.mjs';
import { foldRows, readRows, splitSource } from './read-source.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceFile = path.join(root, 'source/partner-center-rest-error-codes.txt');
const dataFile = path.join(root, 'data/rest-error-codes.json');

/** @typedef {import('./data-table.mjs').Entry} Entry */
/** @typedef {Record<string, Record<string, unknown>>} Enrichment hand-written fields, keyed by entry id */

const args = process.argv.slice(2);
/** @type {Entry[]} */
const existing = fs.existsSync(dataFile) ? entriesOf(JSON.parse(fs.readFileSync(dataFile, 'utf8'))) : [];
const previous = new Map(existing.map((entry) => [`${entry.httpStatus}-${entry.code}`, entry]));
/** @type {Enrichment[]} */
const merges = args.flatMap((arg, i) => (args[i - 1] === '--merge' ? [JSON.parse(fs.readFileSync(arg, 'utf8'))] : []));
const { header, page } = splitSource(fs.readFileSync(sourceFile, 'utf8'));

const entries = foldRows(readRows(page))
  .map((row) => {
    const id = `${row.httpStatus}-${row.code}`;
    const handWritten = Object.assign({}, previous.get(id), ...merges.map((m) => m[id]));
    return /** @type {Entry} */ ({
      ...handWritten,
      code: row.code,
      httpStatus: row.httpStatus,
      message: row.message,
      details: row.details,
    });
  })
  .sort((a, b) => Number(a.code) - Number(b.code) || a.httpStatus - b.httpStatus);

// The date alone: how the page was copied is the header's business, not the bundle's.
const provenance = { title: header.title, url: header.url, copied: header.copied?.split(',')[0] };
const text = tableText(provenance, entries);
if (args.includes('--check')) {
  const current = fs.existsSync(dataFile) ? fs.readFileSync(dataFile, 'utf8') : '';
  if (current !== text) {
    console.error('data/rest-error-codes.json is out of date with the source page: run node scripts/import-seed.mjs');
    process.exit(1);
  }
  console.log(`data/rest-error-codes.json matches the source page (${entries.length} entries)`);
} else {
  fs.writeFileSync(dataFile, text);
  const missing = entries.filter((entry) => !entry.remediation).length;
  console.log(
    `wrote ${entries.length} entries to data/rest-error-codes.json (${missing} still need a written remediation)`,
  );
}
