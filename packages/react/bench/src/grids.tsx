// Each grid of the benchmark, and how the page reads what it shows: its rows, their cells, its scroller.
import type { PartnerCenterError } from '@pc-errors/error-catalog';
import { catalog } from '@pc-errors/error-catalog';
import { ErrorCatalogTable, ErrorTable } from '@pc-errors/react';
import type { ReactNode } from 'react';
import { AgGridTable } from './AgGridTable';
import { LiveLog } from './LiveLog';
import { MuiTable } from './MuiTable';
import { PlainTable } from './PlainTable';
import { searchedText } from './rows';

/** What the page checks of a row: the text of its key cell (correlation ID or code) and its status. */
export interface BenchRow {
  correlationId?: string | null;
  httpStatus: number;
}

export interface Grid {
  /** `arriving`: the same rows and those a live log receives after them. */
  render: (errors: PartnerCenterError[], arriving: PartnerCenterError[]) => ReactNode;
  /** What the grid's search looks through, lower-cased. */
  searched: (row: BenchRow) => string;
  /** The rows the grid shows, when not the generated errors, in the order they show first. */
  rows?: () => BenchRow[];
  /** A rendered row, and the attribute that holds its place in the rows shown. */
  row: string;
  index: string;
  /** A cell of a row, by the column's name in this grid. */
  cell: { status: string; correlationId: string };
  /** The element that scrolls the rows. */
  viewport: string;
  /** The part of the page whose changes are the grid's answer to an action (rows, header, row count). */
  watched: string;
  sortHeader: string;
  searchBox: string;
  /** Rows per page, for a grid that pages. */
  pageSize?: number;
  /** A live log: rows beyond the first `rows` arrive later (see `LiveLog`). */
  live?: boolean;
}

const rowId = (error: PartnerCenterError) => error.requestId ?? '';
const newestFirst = [{ id: 'time', desc: true }];

const tanstackCells = { status: 'td[data-column="status"]', correlationId: 'td[data-column="correlationId"]' };

export const grids: Record<string, Grid> = {
  ours: {
    render: (errors) => <ErrorTable errors={errors} getRowId={rowId} defaultSorting={newestFirst} />,
    searched: (row) => searchedText.ours(row as PartnerCenterError),
    row: 'tr[data-row-index]',
    index: 'data-row-index',
    cell: tanstackCells,
    viewport: '.pce-table__scroll',
    watched: '.pce-table__scroll',
    sortHeader: 'th[data-column="status"] button',
    searchBox: 'input[type="search"]',
  },
  plain: {
    render: (errors) => <PlainTable errors={errors} getRowId={rowId} defaultSorting={newestFirst} />,
    searched: (row) => searchedText.columns(row as PartnerCenterError),
    row: 'tr[data-row-index]',
    index: 'data-row-index',
    cell: tanstackCells,
    viewport: '[data-slot="plain-scroller"]',
    watched: '[data-slot="plain-scroller"]',
    sortHeader: 'th[data-column="status"] button',
    searchBox: 'input[type="search"]',
  },
  agGrid: {
    render: (errors) => <AgGridTable errors={errors} />,
    searched: (row) => searchedText.columns(row as PartnerCenterError),
    row: '.ag-grid-scrolling-rows .ag-row',
    index: 'row-index',
    cell: { status: '[col-id="status"]', correlationId: '[col-id="correlationId"]' },
    viewport: '.ag-grid-viewport',
    watched: '.ag-root',
    sortHeader: '.ag-header-cell[col-id="status"] .ag-header-cell-label',
    searchBox: 'input[type="search"]',
  },
  mui: {
    render: (errors) => <MuiTable errors={errors} />,
    searched: (row) => searchedText.columns(row as PartnerCenterError),
    row: '.MuiDataGrid-row',
    index: 'data-rowindex',
    cell: { status: '[data-field="httpStatus"]', correlationId: '[data-field="correlationId"]' },
    viewport: '.MuiDataGrid-virtualScroller',
    watched: '.MuiDataGrid-main',
    sortHeader: '.MuiDataGrid-columnHeader[data-field="httpStatus"] .MuiDataGrid-columnHeaderTitleContainer',
    searchBox: '.MuiDataGrid-toolbar input',
    pageSize: 100,
  },
  /** ErrorTable as a live log's view: 1,000 errors a second arrive once the runner starts them. */
  get live(): Grid {
    return {
      ...this.ours!,
      render: (errors, arriving) => <LiveLog errors={arriving} initial={errors.length} />,
      live: true,
    };
  },
  /** ErrorCatalogTable over every documented entry, in catalog order; the code is its key cell. */
  catalog: {
    render: () => <ErrorCatalogTable />,
    rows: () =>
      catalog.map((entry) => ({
        correlationId: entry.code,
        httpStatus: entry.httpStatus,
        searchable: [
          entry.code,
          entry.httpStatus,
          entry.httpStatusName,
          entry.message,
          entry.details,
          entry.category,
          entry.remediation.summary,
          ...(entry.fields ?? []),
        ]
          .join(' ')
          .toLowerCase(),
      })),
    searched: (row) => (row as BenchRow & { searchable: string }).searchable,
    row: 'tr[data-row-index]',
    index: 'data-row-index',
    cell: { status: 'td[data-column="status"]', correlationId: 'td[data-column="code"]' },
    viewport: '.pce-table__scroll',
    watched: '.pce-table__scroll',
    sortHeader: 'th[data-column="status"] button',
    searchBox: 'input[type="search"]',
  },
  /** No table: React and the same rows, the first screen of them as a list. The floor under every grid. */
  floor: {
    render: (errors) => (
      <ul data-slot="floor" style={{ height: 480, overflow: 'auto', margin: 0 }}>
        {errors
          .slice(-20)
          .reverse()
          .map((error, index) => (
            <li key={rowId(error)} data-row-index={index}>
              <span data-column="status">{error.httpStatus}</span> {error.title}{' '}
              <span data-column="correlationId">{error.correlationId}</span>
            </li>
          ))}
      </ul>
    ),
    searched: (row) => searchedText.columns(row as PartnerCenterError),
    row: 'li[data-row-index]',
    index: 'data-row-index',
    cell: { status: '[data-column="status"]', correlationId: '[data-column="correlationId"]' },
    viewport: '[data-slot="floor"]',
    watched: '[data-slot="floor"]',
    sortHeader: '',
    searchBox: '',
  },
};
