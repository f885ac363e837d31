import {
  constructRow,
  type Column,
  type ColumnFiltersState,
  type Row,
  type RowData,
  type SortingState,
} from '@tanstack/react-table';
import type { ReactTable } from '@tanstack/react-table';
import { useCallback, useMemo, useRef } from 'react';
import type { Features } from './features';
import { countFacets, type FacetCounts, type ValueFilter } from './facetCounts';
import { compareBasic, sortRows, type RowOrder, type SortLevel } from './rowOrder';
import { normalizeQuery, searchRows, type SearchResult } from './search';

/** Whether `next` is `previous` with rows appended (a live log): the first, middle and last old rows are still there. */
export function appendsTo(previous: readonly unknown[], next: readonly unknown[]): boolean {
  const last = previous.length - 1;
  return (
    previous.length > 0 &&
    previous.length <= next.length &&
    next[0] === previous[0] &&
    next[last >> 1] === previous[last >> 1] &&
    next[last] === previous[last]
  );
}

/** Per-row data the pipeline keeps for the data it was given, extended when rows are appended. */
interface Caches<TData extends RowData> {
  data: readonly TData[];
  values: Map<string, unknown[]>;
  texts: (string | undefined)[];
  /** How many rows' texts the warm-up has built. */
  warmed: number;
  searchText?: (row: TData) => string;
  order?: { key: string; result: RowOrder };
  search?: SearchResult;
  rows: Map<number, Row<Features, TData>>;
  facets?: { data: readonly TData[]; counts: FacetCounts };
  /** Where rows with these ids were last found: checked first, as a live log rarely moves them. */
  found: Map<string, number>;
}

const toText = (value: unknown) =>
  typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';

interface TableRowsOptions<TData extends RowData> {
  data: readonly TData[];
  table: ReactTable<Features, TData>;
  sorting: SortingState;
  columnFilters: ColumnFiltersState;
  /** The search text (the deferred one: typing stays urgent). */
  search: string;
  searchText: (row: TData) => string;
  getRowId?: (row: TData, index: number) => string;
}

/**
 * The rows a table shows, as indexes into `data` in display order: sorted, searched and filtered over typed
 * arrays, not over one object per row. TanStack Table keeps the state, columns and headers; a TanStack row is made
 * only for a row that is rendered. So the first screen is painted without building a model of every row.
 */
export function useTableRows<TData extends RowData>({
  data,
  table,
  sorting,
  columnFilters,
  search,
  searchText,
  getRowId,
}: TableRowsOptions<TData>) {
  const cachesRef = useRef<Caches<TData>>(undefined);
  const caches: Caches<TData> = (cachesRef.current ??= {
    data,
    values: new Map(),
    texts: [],
    warmed: 0,
    rows: new Map(),
    found: new Map(),
  });
  if (caches.data !== data) {
    // Rows appended keep what was computed for the others; other data starts afresh.
    if (!appendsTo(caches.data, data)) {
      caches.values.clear();
      caches.texts = [];
      caches.warmed = 0;
      caches.order = undefined;
      caches.search = undefined;
      caches.rows.clear();
    }
    caches.data = data;
  }
  if (caches.searchText !== searchText) {
    caches.texts = [];
    caches.warmed = 0;
    caches.search = undefined;
    caches.searchText = searchText;
  }

  /** A column's value in every row; lower-cased text for columns that sort as text. */
  const valuesOf = (column: Column<Features, TData>, asText: boolean): unknown[] => {
    const key = `${column.id}\u0000${asText}`;
    const values = caches.values.get(key) ?? [];
    const accessor = column.accessorFn;
    for (let index = values.length; index < data.length; index++) {
      const value = accessor ? accessor(data[index] as TData, index) : undefined;
      values.push(asText ? toText(value).toLowerCase() : value);
    }
    caches.values.set(key, values);
    return values;
  };
  // The column definitions stand for the columns' values and sort rules (TanStack's column objects are not kept
  // across renders).
  const columns = table.options.columns;

  const sortKey = JSON.stringify(sorting);
  const order = useMemo(() => {
    const levels: SortLevel[] = [];
    for (const { id, desc } of sorting) {
      const column = table.getColumn(id);
      if (!column?.getCanSort()) continue;
      const { sortFn, meta } = column.columnDef;
      const compare = meta?.compare ?? compareBasic;
      levels.push({ values: valuesOf(column, sortFn === 'text' && !meta?.compare), compare, desc });
    }
    const previous = caches.order?.key === sortKey ? caches.order.result : undefined;
    const result = sortRows(data.length, levels, previous);
    caches.order = { key: sortKey, result };
    return result.order;
    // The columns' identity stands for their sort functions; sorting by its JSON.
  }, [data, sortKey, columns]);

  const query = normalizeQuery(search);
  const searched = useMemo(() => {
    if (query === '') return undefined;
    const texts = caches.texts;
    const textOf = (index: number) => (texts[index] ??= searchText(data[index] as TData).toLowerCase());
    const previous = caches.search;
    caches.search = searchRows(textOf, data.length, query, previous);
    return caches.search;
  }, [data, query, searchText]);

  const filters = useMemo(
    (): ValueFilter[] =>
      columnFilters.flatMap(({ id, value }) => {
        const column = table.getColumn(id);
        return column && Array.isArray(value) && value.length > 0
          ? [{ id, values: valuesOf(column, false), chosen: new Set<unknown>(value) }]
          : [];
      }),
    [data, columnFilters, columns],
  );

  const rows = useMemo(() => {
    if (!searched && filters.length === 0) return order;
    const shown = new Uint8Array(data.length);
    if (searched) for (const index of searched.matches) shown[index] = 1;
    else shown.fill(1);
    for (const { values, chosen } of filters)
      for (let index = 0; index < shown.length; index++)
        if (shown[index] && !chosen.has(values[index])) shown[index] = 0;
    const visible = new Int32Array(order.length);
    let length = 0;
    for (const index of order) if (shown[index]) visible[length++] = index;
    return visible.slice(0, length);
  }, [order, searched, filters, data.length]);

  // The caller's getRowId is often an inline function: the latest one is used, and the data alone renews these.
  const getRowIdRef = useRef(getRowId);
  getRowIdRef.current = getRowId;
  const idOf = useCallback(
    (index: number) => {
      const rowId = getRowIdRef.current;
      return rowId ? rowId(data[index] as TData, index) : String(index);
    },
    [data],
  );

  /** The TanStack row of the data's `index`-th row, made when first rendered. */
  const rowAt = (index: number): Row<Features, TData> | undefined => {
    const original = data[index];
    if (original === undefined) return undefined;
    const cached = caches.rows.get(index);
    if (cached?.original === original) return cached;
    const row = constructRow(table, idOf(index), original, index, 0);
    caches.rows.set(index, row);
    return row;
  };

  /** The index in the data of the row with this id, or -1. */
  const indexOfId = useCallback(
    (id: string): number => {
      const hint = caches.found.get(id) ?? (getRowIdRef.current ? -1 : Number(id));
      if (hint >= 0 && hint < data.length && idOf(hint) === id) return hint;
      for (let index = 0; index < data.length; index++)
        if (idOf(index) === id) {
          caches.found.set(id, index);
          return index;
        }
      return -1;
    },
    [caches, data, idOf],
  );

  /** Each facet column's value counts over the rows that the search and the other filters leave. */
  const countFacetValues = useCallback(
    (columnIds: readonly string[]) => {
      const facets = columnIds.flatMap((id) => {
        const column = table.getColumn(id);
        return column ? [{ id, values: valuesOf(column, false) }] : [];
      });
      // Counted again from the start unless rows were only appended (a live log).
      const previous =
        caches.facets?.data === data || appendsTo(caches.facets?.data ?? [], data) ? caches.facets : undefined;
      const result = countFacets(facets, data.length, searched, filters, columnFilters, previous?.counts);
      caches.facets = { data, counts: result };
      return result.counts;
    },
    [data, searched, filters, columnFilters],
  );

  /** Builds every row's search text ahead of the first keystroke; returns whether more remain. */
  const warmSearch = useCallback(
    (deadline: number) => {
      const texts = caches.texts;
      while (caches.warmed < data.length) {
        const index = caches.warmed++;
        texts[index] ??= searchText(data[index] as TData).toLowerCase();
        if (index % 256 === 0 && performance.now() > deadline) return true;
      }
      return false;
    },
    [caches, data, searchText],
  );

  return {
    rows,
    rowAt,
    idOf,
    indexOfId,
    countFacets: countFacetValues,
    warmSearch,
    filtering: query !== '' || filters.length > 0,
  };
}
