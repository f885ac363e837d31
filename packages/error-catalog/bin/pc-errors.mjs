#!/usr/bin/env node
// pc-errors explain <code> [--status N] [--json]: what a Partner Center error code means and how to fix it.
// --json always prints an array of entries (one element with --status), so scripts read one shape.
import { findEntries, getEntry } from '../dist/index.js';

const USAGE = 'Usage: pc-errors explain <code> [--status N] [--json]';
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};

function describe(entry) {
  const lines = [
    `${entry.code} (HTTP ${entry.httpStatus} ${entry.httpStatusName}): ${entry.message}`,
    `  category: ${entry.category}, ${entry.retryable ? 'retryable' : 'not retryable'}${entry.actor ? `, to be resolved by the ${entry.actor}` : ''}`,
  ];
  if (entry.details) lines.push('', ...entry.details.split('\n').map((line) => `  ${line}`));
  if (entry.fields?.length) lines.push(`  fields: ${entry.fields.join(', ')}`);
  if (entry.countries?.length) lines.push(`  countries: ${entry.countries.join(', ')}`);
  lines.push(
    '',
    `Fix: ${entry.remediation.summary}`,
    ...entry.remediation.steps.map((step, i) => `  ${i + 1}. ${step}`),
  );
  for (const link of entry.links ?? []) lines.push(`  ${link.label}: ${link.href}`);
  return lines.join('\n');
}

const [command, code] = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--status');
if (flag('--help') || flag('-h')) {
  console.log(USAGE);
  process.exit(0);
}
if (command !== 'explain' || !code) {
  console.error(USAGE);
  process.exit(2);
}
const statusText = option('--status');
if (flag('--status') && (statusText === undefined || statusText.startsWith('--'))) {
  console.error(`--status needs an HTTP status code\n${USAGE}`);
  process.exit(2);
}
const status = statusText === undefined ? undefined : Number(statusText);
if (statusText !== undefined && !/^\d{3}$/.test(statusText)) {
  console.error(`--status must be an HTTP status code, not "${statusText}"\n${USAGE}`);
  process.exit(2);
}
const entries = status === undefined ? findEntries(code) : [getEntry(code, status)].filter(Boolean);
if (!entries.length) {
  const others = status === undefined ? [] : findEntries(code).map((entry) => entry.httpStatus);
  console.error(
    `Error code ${code}${status === undefined ? '' : ` with HTTP ${status}`} is not in the documented Partner Center error catalog.` +
      (others.length ? ` It is documented for HTTP ${others.join(', ')}.` : ''),
  );
  process.exit(1);
}
if (flag('--json')) console.log(JSON.stringify(entries, null, 2));
else {
  if (entries.length > 1)
    console.log(`Code ${code} is documented for ${entries.length} HTTP statuses; pass --status to pick one.\n`);
  console.log(entries.map(describe).join('\n\n'));
}
