// The catalog's evidence is the documented page: re-read it here, independently of the importer,
// and prove that every row is represented by its (code, status) entry with its verbatim text.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog, catalogOrigins, getEntry } from '../src';

const source = fs.readFileSync(new URL('../source/partner-center-rest-error-codes.txt', import.meta.url), 'utf8');
// The file starts with this repository's header about the page; the page text follows its closing line.
const headerEnd = source.indexOf('\n=== end of the pc-errors source header');
const header = source.slice(0, headerEnd);
const page = source.slice(source.indexOf('\n', headerEnd + 1) + 1).replace(/^\n+/, '');
const lines = page.split('\n');
const pageEntries = catalog.filter((entry) => entry.origin === 'rest-error-codes');
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

const rowsOf = (status: number, code: string) => rows.filter((row) => row.status === status && row.code === code);
// The ISO codes a row names in parentheses, "Armenia (AM)" and "Armenia(AM)" alike, in order of first mention.
const countriesOf = (text: string) => [...new Set(Array.from(text.matchAll(/\(([A-Z]{2})\)/g), (match) => match[1]!))];
const MERGED = ['600002', '600049', '600050', '600051'];

describe('the source file', () => {
  it('credits the page in a header of its own: title, URL on learn.microsoft.com, copy date, licence', () => {
    expect(header).toMatch(/^=== pc-errors source header/);
    expect(header).toContain('\nTitle: Partner Center REST error codes\n');
    expect(header).toContain('\nURL: https://learn.microsoft.com/en-us/partner-center/developer/error-codes\n');
    expect(header).toMatch(/\nCopied: \d{4}-\d{2}-\d{2},/);
    expect(header).toMatch(/\nLicence: .+/);
    expect(catalogOrigins['rest-error-codes']).toEqual({
      title: 'Partner Center REST error codes',
      url: 'https://learn.microsoft.com/en-us/partner-center/developer/error-codes',
      copied: /\nCopied: (\d{4}-\d{2}-\d{2})/.exec(header)![1],
    });
  });

  it('has the page text after the header, with no leftovers of the site it was copied from', () => {
    expect(lines[0]).toBe('Partner Center REST error codes');
    expect(page).not.toMatch(/[\u0370-\u03ff]/); // the Greek "share via" of a scraped page chrome
  });
});

describe('the source page', () => {
  it('has the 264 table rows and 258 distinct codes the design names', () => {
    expect(tableStart).toBeGreaterThan(0);
    expect(rows).toHaveLength(264);
    expect(new Set(rows.map((row) => row.code)).size).toBe(258);
  });

  it('has multi-line text only in the long rows of the four merged codes', () => {
    expect(rows.filter((row) => row.text.includes('\n')).map((row) => row.code)).toEqual(MERGED);
  });

  it.each(rows.map((row, index) => [index + 1, row.status, row.code, row] as const))(
    'row %i (%i %s) is represented by its entry, with its verbatim text and its countries',
    (_index, status, code, row) => {
      const entry = getEntry(code, status);
      expect(entry, `${status}-${code}`).toBeDefined();
      expect(entry!.httpStatusName).toBe(row.statusName);
      if (!MERGED.includes(code)) {
        expect(entry!.message).toBe(row.text);
        expect(entry!.details).toBeUndefined();
      }
      const countries = countriesOf(
        rowsOf(status, code)
          .map((each) => each.text)
          .join('\n'),
      );
      expect(entry!.countries).toEqual(countries.length ? countries : undefined);
      for (const country of countriesOf(row.text)) expect(entry!.countries).toContain(country);
    },
  );
});

describe('the catalog', () => {
  it('has 259 entries of the page, one per (code, HTTP status), and unique ids with the others', () => {
    expect(pageEntries).toHaveLength(259);
    expect(new Set(pageEntries.map((entry) => entry.code)).size).toBe(258);
    const ids = catalog.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of catalog) expect(entry.id).toBe(`${entry.httpStatus}-${entry.code}`);
  });

  it('adds no entry of its own under a code the page documents', () => {
    const pageCodes = new Set(pageEntries.map((entry) => entry.code));
    expect(catalog.filter((entry) => entry.origin !== 'rest-error-codes' && pageCodes.has(entry.code))).toEqual([]);
  });

  it('keeps 2006 as two entries, one per status', () => {
    expect(getEntry('2006', 403)?.message).toBe("Partner isn't valid for offer");
    expect(getEntry('2006', 400)?.message).toBe("Updates on subscriptions for offer {0} aren't allowed");
  });

  it('folds the exact duplicate of 800071 into one entry', () => {
    expect(rows.filter((row) => row.code === '800071')).toHaveLength(2);
    expect(catalog.filter((entry) => entry.code === '800071')).toHaveLength(1);
  });

  it.each(MERGED)(
    'merges the short and long rows of %s: message = first line of the long row, details = the rest, then the short row',
    (code) => {
      const documented = rowsOf(400, code);
      expect(documented).toHaveLength(2);
      const long = documented.find((row) => row.text.includes('\n'))!;
      const short = documented.find((row) => !row.text.includes('\n'))!;
      const [firstLine, ...rest] = long.text.split('\n');
      const entry = getEntry(code, 400)!;
      expect(entry.message).toBe(firstLine);
      expect(entry.details).toBe(`${rest.join('\n').trim()}\n\n${short.text}`);
    },
  );

  it('keeps the documented text of 600002 as its message: the code has several causes', () => {
    expect(getEntry('600002', 400)?.message).toBe(
      'This error code might have multiple reasons, and error description should provide further clarity.',
    );
    expect(getEntry('600002', 400)?.countries).toHaveLength(24);
  });

  it('sorts by code, then by status: numeric codes first, then the identity codes by number', () => {
    const keys = catalog.map((entry) => {
      const identity = entry.code.startsWith('AADSTS');
      return [identity ? 1 : 0, Number(entry.code.replace('AADSTS', '')), entry.httpStatus] as const;
    });
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    expect(keys).toEqual(sorted);
    expect(catalog.at(-1)?.code).toMatch(/^AADSTS/);
  });

  it('reads the two HTTP 200 rows as failed line items, and keeps the unusual statuses', () => {
    // They arrive inside a successful cart or checkout response, but the line item they report wasn't bought.
    expect(getEntry('400072', 200)?.severity).toBe('error');
    expect(getEntry('10021', 200)?.severity).toBe('error');
    expect(catalog.filter((entry) => entry.httpStatus >= 400).every((entry) => entry.severity === 'error')).toBe(true);
    expect(getEntry('800036')?.httpStatus).toBe(417);
    expect(getEntry('400')?.httpStatus).toBe(401);
  });
});
