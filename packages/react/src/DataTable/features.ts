import {
  columnFacetingFeature,
  columnFilteringFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createFacetedRowModel,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowExpandingFeature,
  rowSortingFeature,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  type Row,
  type Table,
} from '@tanstack/react-table';
import type { RowData } from '@tanstack/react-table';

/** What a column tells the table core beyond TanStack's own definition. */
export interface DataColumnMeta {
  /** The column's CSS width. The table lays out at fixed widths so rows never reflow as they scroll in. */
  width?: string;
}

/** A column's CSS width, if it sets one. */
export const widthOf = (column: { columnDef: { meta?: DataColumnMeta } }): string | undefined =>
  column.columnDef.meta?.width;

/**
 * Counts a column's values over its faceted rows, as TanStack's own `createFacetedUniqueValues` does,
 * but from each row's cached value instead of a fresh one-value array per row and column.
 */
// The features object is being built here, so the table's feature type cannot be named yet.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function facetedValueCounts(table: Table<any, RowData>, columnId: string): () => Map<unknown, number> {
  let counted: unknown;
  let counts = new Map<unknown, number>();
  return () => {
    const rows = table.getColumn(columnId)?.getFacetedRowModel().flatRows ?? [];
    if (rows === counted) return counts;
    counted = rows;
    counts = new Map();
    for (const row of rows) {
      const value = row.getValue(columnId);
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    return counts;
  };
}

/** One feature set for every table of the library; module scope keeps it stable, as TanStack Table asks. */
export const features = tableFeatures({
  columnMeta: {},
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  columnFacetingFeature,
  columnVisibilityFeature,
  rowExpandingFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  facetedRowModel: createFacetedRowModel(),
  facetedUniqueValues: facetedValueCounts,
  sortFns: { basic: sortFn_basic, text: sortFn_text },
});
export type Features = typeof features;

export const columnHelper = <TData extends RowData>() => createColumnHelper<Features, TData>();

const numeric = /^\d+$/;
/** Error codes sort as numbers where they are numbers ("900" before "2006"), as text otherwise. */
export function compareCodes(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const aNumeric = numeric.test(a);
  const bNumeric = numeric.test(b);
  if (aNumeric && bNumeric) return a.length - b.length || (a < b ? -1 : 1);
  if (aNumeric !== bNumeric) return aNumeric ? -1 : 1;
  return a < b ? -1 : 1;
}

/** A facet filter: the row's value is one of the chosen values (numbers stay numbers). */
export const isOneOf = <TData extends RowData>(row: Row<Features, TData>, columnId: string, chosen: unknown) =>
  !Array.isArray(chosen) || chosen.length === 0 || chosen.includes(row.getValue(columnId));

export const sortCodes = <TData extends RowData>(
  rowA: Row<Features, TData>,
  rowB: Row<Features, TData>,
  columnId: string,
) => compareCodes(rowA.getValue<string | null>(columnId), rowB.getValue<string | null>(columnId));
