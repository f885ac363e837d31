import {
  columnFilteringFeature,
  columnVisibilityFeature,
  createColumnHelper,
  rowExpandingFeature,
  rowSortingFeature,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  type Row,
} from '@tanstack/react-table';
import type { RowData } from '@tanstack/react-table';
import type { CompareValues } from './rowOrder';

/** What a column tells the table core beyond TanStack's own definition. */
export interface DataColumnMeta {
  /** The column's CSS width. The table lays out at fixed widths so rows never reflow as they scroll in. */
  width?: string;
  /** How the column's values compare, ascending, when the rows are sorted by it. @default `<` and `>` (lower-cased text for `sortFn: 'text'`) */
  compare?: CompareValues;
}

/** A column's CSS width, if it sets one. */
export const widthOf = (column: { columnDef: { meta?: DataColumnMeta } }): string | undefined =>
  column.columnDef.meta?.width;

/**
 * One feature set for every table of the library; module scope keeps it stable, as TanStack Table asks.
 * TanStack keeps the state (sorting, filters, visibility, expansion), the columns and the headers; the rows are
 * sorted, searched and filtered by `useTableRows`, so no row model factory is registered here.
 */
export const features = tableFeatures({
  // TanStack's type slot for column meta, written as its docs write it.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  columnMeta: {} as DataColumnMeta,
  rowSortingFeature,
  columnFilteringFeature,
  columnVisibilityFeature,
  rowExpandingFeature,
  sortFns: { basic: sortFn_basic, text: sortFn_text },
});
export type Features = typeof features;

export const columnHelper = <TData extends RowData>() => createColumnHelper<Features, TData>();

const numeric = /^\d+$/;
/** Error codes sort as numbers where they are numbers ("900" before "2006"), as text otherwise. */
export function compareCodes(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (typeof a !== 'string') return 1;
  if (typeof b !== 'string') return -1;
  const aNumeric = numeric.test(a);
  const bNumeric = numeric.test(b);
  if (aNumeric && bNumeric) return a.length - b.length || (a < b ? -1 : 1);
  if (aNumeric !== bNumeric) return aNumeric ? -1 : 1;
  return a < b ? -1 : 1;
}

/**
 * A facet filter: the row's value is one of the chosen values (numbers stay numbers). Declared on facet columns so
 * that TanStack never guesses a filter from the rows; `useTableRows` applies the same rule over its value arrays.
 */
export const isOneOf = <TData extends RowData>(row: Row<Features, TData>, columnId: string, chosen: unknown) =>
  !Array.isArray(chosen) || chosen.length === 0 || chosen.includes(row.getValue(columnId));
