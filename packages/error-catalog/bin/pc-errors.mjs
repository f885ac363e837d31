#!/usr/bin/env node
// @ts-check
// pc-errors explain <code> [--status N] [--json]: what a Partner Center error means and how to fix it.
// Run `pc-errors --help` for the usage, the exit codes and examples.
import { parseArgs, styleText } from 'node:util';
import { catalogOrigins, getHttpStatus, lookupEntry } from '@pc-errors/error-catalog';

/** @typedef {import('@pc-errors/error-catalog').CatalogEntry} CatalogEntry */
/** @typedef {import('@pc-errors/error-catalog').HttpStatusInfo} HttpStatusInfo */

const USAGE = 'Usage: pc-errors explain <code> [--status N] [--json]';
const HELP = `${USAGE}
       pc-errors explain --status N

Explains an error: what it means, who has to act, and the steps that fix it.
<code> is a Partner Center error code (800089), a cart line-item code (10001) or a
Microsoft Entra sign-in code (AADSTS700082, in any case).

Options:
  -s, --status N   the HTTP status the error came with: --status 400 or --status=400
      --json       print a JSON array: the catalog entries that apply (with statusMismatch
                   when the code is documented under another status), or the HTTP status's
                   fallback (it has "status" and no "id") when the catalog has no entry
  -h, --help       show this help

When the code is documented under another status than the one given, its entry is shown
with a note; a code documented under several other statuses shows them all as candidates.
A code the catalog does not know gets the explanation of its HTTP status.

Examples:
  pc-errors explain 800089 --status 400
  pc-errors explain 2006 --status=500
  pc-errors explain AADSTS700082
  pc-errors explain 1002 --status 401
  pc-errors explain 429
  pc-errors explain 10001 --json

Exit codes:
  0  explained: an entry, its candidates, or the fallback of an HTTP status the page names
  1  not explained: the code is not in the catalog, and no status the page names was given
  2  wrong call: an unknown option, no code, or a status that is not an HTTP status

Colour is used when standard output is a terminal, unless NO_COLOR is set;
FORCE_COLOR=1 turns it on for other outputs.`;

const OPTIONS = /** @type {const} */ ({
  status: { type: 'string', short: 's' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
});

// Terminal controls: C0 and C1 controls (ESC starts colour, screen-clearing, title and OSC 8 link sequences), DEL,
// bidi overrides and isolates, line and paragraph separators.
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g;
const LONGEST_ECHO = 100;

/**
 * An argument as it may be echoed to a terminal: each control written as a visible escape (`\x1B`), cut to 100
 * characters. A script may pass a server's code along, and a code must not be able to drive the terminal.
 * @param {string} text
 */
function shown(text) {
  const visible = text.replace(CONTROLS, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return visible.length > LONGEST_ECHO ? `${visible.slice(0, LONGEST_ECHO - 3)}...` : visible;
}

/** @param {string} message @returns {never} */
function wrongCall(message) {
  console.error(`pc-errors: ${message}\n${USAGE}\nRun pc-errors --help for the options and examples.`);
  process.exit(2);
}

/** Edit distance, to suggest the option a typo meant. @param {string} a @param {string} b */
function distance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    /** @type {number[]} */
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** @param {string[]} args */
function readArgs(args) {
  // A lenient pass finds unknown options, to name them with a suggestion; the strict pass then checks values.
  const { tokens = [] } = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name in OPTIONS) continue;
    const known = Object.keys(OPTIONS).map((name) => `--${name}`);
    const [closest = ''] = known.sort((a, b) => distance(token.rawName, a) - distance(token.rawName, b));
    const hint = distance(token.rawName, closest) <= 3 ? ` Did you mean ${closest}?` : '';
    wrongCall(`unknown option ${shown(token.rawName)}.${hint}`);
  }
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch {
    return wrongCall('--status needs an HTTP status code, as in --status 400 or --status=400.');
  }
}

const { values, positionals } = readArgs(process.argv.slice(2));
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const [command, code, ...extra] = positionals;
if (command !== 'explain') wrongCall(command ? `unknown command ${shown(command)}.` : 'no command.');
if (extra.length) wrongCall(`unexpected argument ${shown(extra[0] ?? '')}.`);
if (values.status !== undefined && !/^[1-5]\d\d$/.test(values.status)) {
  wrongCall(`--status must be an HTTP status code (100-599), not "${shown(values.status)}".`);
}
if (code === undefined && values.status === undefined) wrongCall('no code to explain.');

const colour = !process.env.NO_COLOR && (process.stdout.isTTY || Boolean(process.env.FORCE_COLOR));
/** @param {Parameters<typeof styleText>[0]} format @param {string} text */
const paint = (format, text) => (colour ? styleText(format, text) : text);

/** The lines of one catalog entry. @param {CatalogEntry} entry */
function describeEntry(entry) {
  const where =
    entry.origin === 'identity'
      ? `Microsoft Entra sign-in error${entry.name ? `, ${entry.name}` : ''}`
      : `${entry.origin === 'cart' ? `cart line item${entry.name ? `, ${entry.name}` : ''}, inside ` : ''}HTTP ${entry.httpStatus} ${entry.httpStatusName}`;
  const retry = entry.retryable
    ? `retryable${entry.retryAfterHint ? ` (${entry.retryAfterHint.toLowerCase()})` : ''}`
    : 'not retryable';
  const lines = [
    paint('bold', `${entry.code} (${where}): ${entry.message}`),
    `  category: ${entry.category}, ${retry}${entry.actor ? `, to be resolved by the ${entry.actor}` : ''}`,
  ];
  if (entry.titleFromDescription) lines.push("  title: the server's description, which says which cause applies");
  if (entry.details) lines.push('', ...entry.details.split('\n').map((line) => paint('dim', `  ${line}`)));
  if (entry.fields?.length) lines.push(`  fields: ${entry.fields.join(', ')}`);
  if (entry.countries?.length) lines.push(`  countries: ${entry.countries.join(', ')}`);
  lines.push('', paint('bold', `Fix: ${entry.remediation.summary}`));
  lines.push(...entry.remediation.steps.map((step, i) => `  ${i + 1}. ${step}`));
  for (const link of entry.links ?? []) lines.push(`  ${link.label}: ${link.href}`);
  if (entry.origin)
    lines.push(
      paint('dim', `  documented in: ${catalogOrigins[entry.origin].title}, ${catalogOrigins[entry.origin].url}`),
    );
  return lines.join('\n');
}

/** The lines of an HTTP status's fallback. @param {HttpStatusInfo} info */
function describeStatus(info) {
  return [
    paint('bold', `HTTP ${info.status} ${info.name}: ${info.title}`),
    `  category: ${info.category}, ${info.retryable ? 'retryable' : 'not retryable'}`,
    '',
    paint('bold', `Fix: ${info.remediation.summary}`),
    ...info.remediation.steps.map((step, i) => `  ${i + 1}. ${step}`),
  ].join('\n');
}

/** @param {string} text */
const note = (text) => paint('yellow', `Note: ${text}`);
/** @param {number[]} statuses */
const statusList = (statuses) =>
  `HTTP ${statuses.length > 1 ? `${statuses.slice(0, -1).join(', ')} and ${statuses.at(-1)}` : statuses[0]}`;

/**
 * Prints the answer and exits: entries (with a note when the status differs), else the HTTP status's fallback.
 * @param {CatalogEntry[]} entries @param {string[]} notes @param {{ documented: number[] } | undefined} statusMismatch
 * @param {HttpStatusInfo} [fallback]
 */
function answer(entries, notes, statusMismatch, fallback) {
  if (values.json) {
    const items = entries.length
      ? entries.map((entry) => ({ ...entry, ...(statusMismatch && { statusMismatch }) }))
      : [fallback];
    console.log(JSON.stringify(items, null, 2));
  } else {
    const blocks = entries.length ? entries.map(describeEntry) : fallback ? [describeStatus(fallback)] : [];
    console.log([...notes.map(note), ...blocks].join('\n\n'));
  }
  process.exit(0);
}

const status = values.status === undefined ? undefined : Number(values.status);
const found = code === undefined ? {} : lookupEntry(code, status);
const { statusMismatch } = found;
if (found.entry) {
  const notes = statusMismatch
    ? [
        `code ${found.entry.code} is documented under ${statusList(statusMismatch.documented)}, not ${status}; this is its entry (the status the service sends is not always the documented one).`,
      ]
    : [];
  answer([found.entry], notes, statusMismatch);
}
if (found.candidates) {
  const candidateCode = found.candidates[0]?.code ?? shown(code ?? '');
  const notes = statusMismatch
    ? [
        `code ${candidateCode} is documented under ${statusList(statusMismatch.documented)}, not ${status}; every one is shown as a candidate.`,
      ]
    : [
        `code ${candidateCode} is documented under ${statusList(found.candidates.map((entry) => entry.httpStatus))}; pass --status to pick one.`,
      ];
  answer(found.candidates, notes, statusMismatch);
}
// Not a catalog code: the status given, or the "code" itself when it is a status the page names, explains it.
const fallbackStatus = status ?? (code !== undefined && /^\d{3}$/.test(code) ? Number(code) : undefined);
const fallback = fallbackStatus === undefined ? undefined : getHttpStatus(fallbackStatus);
if (fallback) {
  const notes =
    code === undefined
      ? []
      : status === undefined
        ? [`${code} is not an error code of the catalog; this is what HTTP ${code} means.`]
        : [
            `error code ${shown(code)} is not in the catalog; this is what HTTP ${status} means for a code it does not know.`,
          ];
  answer([], notes, undefined, fallback);
}
if (code === undefined) {
  console.error(
    `HTTP ${status} is not a status the Partner Center error page names, so there is no explanation for it.`,
  );
  process.exit(1);
}
console.error(
  `Error code ${shown(code)} is not in the catalog of documented Partner Center, cart and Microsoft Entra errors.` +
    (status === undefined
      ? ' Pass --status with the HTTP status it came with to get that status explained.'
      : ` HTTP ${status} is not a status the Partner Center error page names either.`),
);
process.exit(1);
