import { catalog } from '@pc-errors/error-catalog';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderToStream } from '../../test/server';
import { generateErrors } from '../../test/stories-data';
import { ErrorCatalogTable } from '../ErrorCatalogTable';
import { ErrorTable } from './ErrorTable';

const errors = generateErrors(10_000);
const rowId = (error: { requestId?: string }, index: number) => error.requestId ?? String(index);
const rowsIn = (html: string) => [...html.matchAll(/<tr data-row-index="(\d+)"/g)].map((match) => Number(match[1]));

describe('the tables on the server', () => {
  it('render the first screen of rows, with the true row count, in renderToString', () => {
    const html = renderToString(
      <ErrorTable errors={errors} getRowId={rowId} defaultSorting={[{ id: 'time', desc: true }]} height={400} />,
    );
    expect(html).toContain('aria-rowcount="10001"');
    const rows = rowsIn(html);
    // 400 px of 49 px rows and the overscan: a screen, not 10,000 rows.
    expect(rows.length).toBeGreaterThanOrEqual(8);
    expect(rows.length).toBeLessThan(30);
    expect(rows.slice(0, 3)).toEqual([0, 1, 2]);
    // Newest first: the last error of the log leads.
    expect(html).toContain(errors.at(-1)!.correlationId);
  });

  it('render the catalog table with its first entries in a streamed render', async () => {
    const html = await renderToStream(<ErrorCatalogTable />);
    expect(html).toContain(`aria-rowcount="${catalog.length + 1}"`);
    expect(rowsIn(html).length).toBeGreaterThanOrEqual(8);
    expect(html).toContain(`<code>${catalog[0]!.code}</code>`);
  });

  it('render an empty log as its empty state', () => {
    expect(renderToString(<ErrorTable errors={[]} />)).toContain('No errors yet.');
  });
});
