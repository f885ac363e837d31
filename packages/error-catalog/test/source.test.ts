// The catalog's evidence is the documented page: re-read it here, independently of the importer,
// and prove that every row is represented by its (code, status) entry with its verbatim text.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog, getEntry } from '../src';

const page = fs.readFileSync(new URL('../source/partner-center-rest-error-codes.txt', import.meta.url), 'utf8');
const lines = page.split('\n');
const tableStart = lines.findIndex((line) => line.startsWith('HTTP Status HTTP Error Code Error code Description'));

interface Row {
  statusName: string;
  status: number;
  code: string;
  text: string;
}
const rows: Row[] = [];
for (const line of lines.slice(tableStart + 1)) {
  const match = /^(\w+) (\d{3}) (\d+) (.*)$/.exec(line);
  if (match) rows.push({ statusName: match[1]!, status: Number(match[2]), code: match[3]!, text: match[4]! });
  else rows.at(-1)!.text += `\n${line}`;
}
rows.forEach((row) => (row.text = row.text.trimEnd()));

const documentedText = (id: string) => {
  const entry = catalog.find((candidate) => candidate.id === id)!;
  return entry.details ? `${entry.message}\n${entry.details}` : entry.message;
};

describe('the source page', () => {
  it('has the 264 table rows and 258 distinct codes the design names', () => {
    expect(tableStart).toBeGreaterThan(0);
    expect(rows).toHaveLength(264);
    expect(new Set(rows.map((row) => row.code)).size).toBe(258);
  });

  it.each(rows.map((row, index) => [index + 1, row.status, row.code, row] as const))(
    'row %i (%i %s) is represented by its entry with its verbatim text',
    (_index, status, code, row) => {
      const entry = getEntry(code, status);
      expect(entry, `${status}-${code}`).toBeDefined();
      expect(entry!.httpStatusName).toBe(row.statusName);
      const [first, ...rest] = row.text.split('\n');
      const text = documentedText(entry!.id);
      expect(text).toContain(first);
      for (const line of rest.filter(Boolean)) expect(text).toContain(line);
    },
  );
});

describe('the catalog', () => {
  it('has 259 entries, one per (code, HTTP status), with unique ids', () => {
    expect(catalog).toHaveLength(259);
    const ids = catalog.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(259);
    for (const entry of catalog) expect(entry.id).toBe(`${entry.httpStatus}-${entry.code}`);
    expect(new Set(catalog.map((entry) => entry.code)).size).toBe(258);
  });

  it('keeps 2006 as two entries, one per status', () => {
    expect(getEntry('2006', 403)?.message).toBe("Partner isn't valid for offer");
    expect(getEntry('2006', 400)?.message).toBe("Updates on subscriptions for offer {0} aren't allowed");
  });

  it('folds the exact duplicate of 800071 into one entry', () => {
    expect(rows.filter((row) => row.code === '800071')).toHaveLength(2);
    expect(catalog.filter((entry) => entry.code === '800071')).toHaveLength(1);
  });

  it.each(['600002', '600049', '600050', '600051'])('merges the short and long rows of %s, keeping both texts', (code) => {
    const documented = rows.filter((row) => row.code === code);
    expect(documented).toHaveLength(2);
    const entry = getEntry(code, 400)!;
    expect(entry.message).not.toContain('\n');
    expect(entry.details).toBeDefined();
    for (const row of documented) expect(`${entry.message}\n${entry.details}`).toContain(row.text.split('\n').at(-1));
  });

  it('sorts by code, then by status', () => {
    const keys = catalog.map((entry) => [Number(entry.code), entry.httpStatus] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(keys).toEqual(sorted);
  });

  it('marks the two HTTP 200 rows as notices, not errors, and keeps the unusual statuses', () => {
    expect(['warning', 'info']).toContain(getEntry('400072', 200)?.severity);
    expect(['warning', 'info']).toContain(getEntry('10021', 200)?.severity);
    expect(catalog.filter((entry) => entry.httpStatus >= 400).every((entry) => entry.severity === 'error')).toBe(true);
    expect(getEntry('800036')?.httpStatus).toBe(417);
    expect(getEntry('400')?.httpStatus).toBe(401);
  });
});
