import { useTable, type ColumnDef, type ColumnFiltersState, type Row, type SortingState } from '@tanstack/react-table';
import type { RowData } from '@tanstack/react-table';
import { defaultRangeExtractor, useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ComponentProps,
  type ReactNode,
} from 'react';
import { cx } from '../Heading';
import { useControllableState } from '../hooks/useControllableState';
import { usePaintedOnce } from '../hooks/usePaintedOnce';
import { useI18n } from '../i18n/I18nProvider';
import { DataRow } from './DataRow';
import { DataTableToolbar, type Facet } from './DataTableToolbar';
import { features, widthOf, type Features } from './features';
import { useRowFocus } from './useRowFocus';
import { useSearchIndex, useSearchIndexWarmUp } from './useSearchIndex';

export interface DataTableStateProps<TData> {
  /** The search text, controlled. */
  globalFilter?: string;
  /** The search text to start with, uncontrolled. @default '' */
  defaultGlobalFilter?: string;
  onGlobalFilterChange?: (value: string) => void;
  /** The sort order, controlled. */
  sorting?: SortingState;
  /** The sort order to start with, uncontrolled. */
  defaultSorting?: SortingState;
  onSortingChange?: (sorting: SortingState) => void;
  /** A stable identity per row (keeps focus and expansion when rows are added or reordered). @default the row's index */
  getRowId?: (row: TData, index: number) => string;
  /** Called when a row is chosen with Enter or a click on it. */
  onSelect?: (row: TData) => void;
  /** Height of the scrolling body. @default 480 */
  height?: number | string;
}

export type DataTableProps<TData extends RowData> = Omit<ComponentProps<'div'>, 'children' | 'onSelect'> &
  DataTableStateProps<TData> & {
    data: readonly TData[];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    columns: ColumnDef<Features, TData, any>[];
    /** The table's accessible name. */
    label: string;
    /** All the text the search box should find in a row; computed once per row. */
    searchText: (row: TData) => string;
    facets: Facet[];
    renderExpanded: (row: TData) => ReactNode;
    emptyMessage: string;
  };

/**
 * The height a collapsed row had when last measured on this page; at first, that of the default tokens
 * (a 40px row, 4px padding above and below, a 1px border). A right first guess spares the virtualizer
 * re-adding every row's offset once the real height is read.
 */
let lastRowHeight = 49;
const EMPTY: never[] = [];

/** Stands in for the rows above or below the rendered window; a row needs a cell to take a height. */
function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tbody aria-hidden="true" className="pce-table__spacer">
      <tr>
        <td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
      </tr>
    </tbody>
  );
}

/** The indexes of the expanded rows among the rows shown (usually a handful). */
function expandedIndexesOf(expanded: true | Record<string, boolean>, rowIds: readonly string[]): Set<number> {
  if (expanded === true) return new Set(rowIds.keys());
  const indexes = new Set<number>();
  for (const id of Object.keys(expanded)) {
    const index = expanded[id] ? rowIds.indexOf(id) : -1;
    if (index >= 0) indexes.add(index);
  }
  return indexes;
}

/** The fixed columns' widths plus room for the flexible ones, which fixed layout would otherwise squeeze to nothing. */
function minWidthOf(widths: (string | undefined)[]): string {
  const fixed = widths.filter((width) => width !== undefined);
  const flexible = widths.length - fixed.length;
  return `calc(${[...fixed, `${Math.max(flexible, 1) * 16}em`].join(' + ')})`;
}

/** How many of the sorted `indexes` are below `index`. */
function countBelow(indexes: readonly number[], index: number): number {
  let low = 0;
  let high = indexes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((indexes[middle] ?? Infinity) < index) low = middle + 1;
    else high = middle;
  }
  return low;
}

function headerLabel(header: unknown, id: string): string {
  return typeof header === 'string' ? header : id;
}

/** The table core shared by `ErrorTable` and `ErrorCatalogTable`: sorting, search, facets, column menu, expansion, virtual rows. */
export function DataTable<TData extends RowData>({
  data,
  columns,
  label,
  searchText,
  facets,
  renderExpanded,
  emptyMessage,
  onSelect,
  getRowId,
  globalFilter: globalFilterProp,
  defaultGlobalFilter = '',
  onGlobalFilterChange,
  sorting: sortingProp,
  defaultSorting = EMPTY,
  onSortingChange,
  height = 480,
  className,
  ...props
}: DataTableProps<TData>) {
  const { messages } = useI18n();
  const [search, setSearch] = useControllableState(globalFilterProp, defaultGlobalFilter, onGlobalFilterChange);
  const [sorting, setSorting] = useControllableState(sortingProp, defaultSorting, onSortingChange);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [announcement, setAnnouncement] = useState('');
  // Typing stays urgent; the filtering of many rows is deferred and may be interrupted by the next key.
  const deferredSearch = useDeferredValue(search);

  const searchTextOf = useSearchIndex(data, searchText);
  const globalFilterFn = useCallback(
    (row: Row<Features, TData>, _columnId: string, value: unknown) =>
      searchTextOf(row.original, row.index).includes(String(value).trim().toLowerCase()),
    [searchTextOf],
  );

  const searchColumnId = columns.find((column) => 'accessorFn' in column || 'accessorKey' in column)?.id;
  const table = useTable({
    features,
    columns,
    data: data,
    getRowId,
    state: { sorting, columnFilters, globalFilter: deferredSearch },
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      setSorting(next);
      const first = next[0];
      const column = first && table.getColumn(first.id);
      setAnnouncement(
        column
          ? messages.sortedBy(headerLabel(column.columnDef.header, column.id), first.desc ? 'descending' : 'ascending')
          : messages.sortCleared,
      );
    },
    onColumnFiltersChange: setColumnFilters,
    globalFilterFn,
    getRowCanExpand: () => true,
    // One search per row, over the precomputed text, instead of one per row and column.
    getColumnCanGlobalFilter: (column) => column.id === searchColumnId,
  });

  const rows = table.getRowModel().rows;
  const rowIds = useMemo(() => rows.map((row) => row.id), [rows]);
  const expandedState = table.state.expanded;
  const expandedIndexes = useMemo(() => expandedIndexesOf(expandedState, rowIds), [expandedState, rowIds]);

  // Collapsed rows are one line each, so they share one height, read from the DOM (it follows zoom and
  // fonts). Only expanded rows are measured one by one: measuring every row that scrolls in would make
  // the virtualizer re-add up to 100,000 offsets on each frame. getItemKey changes only with the rows or
  // the expansion, as a new key function also re-adds them all.
  const [rowHeight, setRowHeight] = useState(lastRowHeight);
  const estimateSize = useCallback(() => rowHeight, [rowHeight]);
  const getItemKey = useCallback(
    (index: number) => {
      const id = rowIds[index] ?? String(index);
      return expandedIndexes.has(index) ? `${id}\u0000open` : id;
    },
    [rowIds, expandedIndexes],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const activeIndexRef = useRef(-1);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize,
    getItemKey,
    overscan: 8,
    // The focused row stays mounted while it is scrolled out of view, so focus is never dropped.
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      const active = activeIndexRef.current;
      return active >= 0 && active < range.count && !indexes.includes(active)
        ? [...indexes, active].sort((a, b) => a - b)
        : indexes;
    },
  });
  // What may wait (facet counts, the search index) waits until the first rows are on screen.
  const firstRowsPainted = usePaintedOnce(rows.length === 0 || virtualizer.getVirtualItems().length > 0);
  useSearchIndexWarmUp(data, searchTextOf, firstRowsPainted);
  const { activeIndex, setActiveId, onKeyDown } = useRowFocus(rowIds, scroller, virtualizer);
  activeIndexRef.current = activeIndex;

  // Reading a row's height forces a layout, so it is read when it can change (the first rows, other columns
  // or strings, a new size of the table from zoom or fonts), not on every commit while scrolling.
  const measureRowHeight = useCallback(() => {
    const height = scroller.current?.querySelector('tbody[data-state="closed"]')?.getBoundingClientRect().height;
    if (!height) return;
    lastRowHeight = height;
    if (Math.abs(height - rowHeight) > 0.5) setRowHeight(height);
  }, [rowHeight]);
  const showsRows = virtualizer.getVirtualItems().length > 0;
  useLayoutEffect(measureRowHeight, [measureRowHeight, showsRows, table.getVisibleLeafColumns(), messages]);
  useEffect(() => {
    const grid = scroller.current?.querySelector('table');
    if (!grid || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => measureRowHeight());
    observer.observe(grid);
    return () => observer.disconnect();
  }, [measureRowHeight]);
  useLayoutEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);

  // Announce the result count once the user stops changing the search or filters, not per keystroke.
  const filtering = deferredSearch !== '' || columnFilters.length > 0;
  const filterKey = `${deferredSearch}\u0000${JSON.stringify(columnFilters)}`;
  const announcedFilter = useRef(filterKey);
  useEffect(() => {
    // Only a change of the search or filters is announced (clearing them back included), not the first render.
    if (filterKey === announcedFilter.current) return undefined;
    const timer = setTimeout(() => {
      announcedFilter.current = filterKey;
      setAnnouncement(messages.resultCount(rows.length, data.length));
    }, 400);
    return () => clearTimeout(timer);
  }, [filterKey, rows.length, data.length, messages]);

  const visibleColumns = table.getVisibleLeafColumns();
  // Rows are memoized: a caller's inline onSelect must not make every row render again.
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const select = useCallback((original: TData) => onSelectRef.current?.(original), []);
  // An expanded row adds a row of its own, so positions count the expansions before them.
  const sortedExpanded = useMemo(() => [...expandedIndexes].sort((a, b) => a - b), [expandedIndexes]);
  const rowIndexOf = (index: number) => 2 + index + countBelow(sortedExpanded, index);
  const renderRow = (item: VirtualItem) => {
    const row = rows[item.index];
    if (!row) return null;
    const expanded = expandedIndexes.has(item.index);
    return (
      <DataRow
        key={row.id}
        row={row}
        index={item.index}
        position={rowIndexOf(item.index)}
        expanded={expanded}
        active={item.index === activeIndex}
        columns={visibleColumns}
        measure={expanded ? virtualizer.measureElement : undefined}
        onActivate={setActiveId}
        onSelect={select}
        renderExpanded={renderExpanded}
      />
    );
  };
  // Spacers stand for the rows not rendered, including the gap around a focused row kept far from the window.
  const body: ReactNode[] = [];
  let cursor = 0;
  for (const item of virtualizer.getVirtualItems()) {
    if (item.start > cursor)
      body.push(<Spacer key={`gap-${item.index}`} height={item.start - cursor} columns={visibleColumns.length} />);
    body.push(renderRow(item));
    cursor = Math.max(cursor, item.end);
  }
  if (virtualizer.getTotalSize() > cursor)
    body.push(<Spacer key="end" height={virtualizer.getTotalSize() - cursor} columns={visibleColumns.length} />);

  return (
    <div data-slot="data-table" className={cx('pce-table', className)} {...props}>
      <DataTableToolbar
        table={table}
        state={table.state}
        rows={rows}
        search={search}
        onSearchChange={setSearch}
        facets={facets}
        facetsReady={firstRowsPainted}
      />
      <p className="pce-table__count" aria-hidden="true">
        {messages.resultCount(rows.length, data.length)}
      </p>
      <p role="status" className="pce-visually-hidden">
        {announcement}
      </p>
      <div ref={scroller} className="pce-table__scroll" style={{ maxHeight: height }}>
        <table
          aria-label={label}
          aria-rowcount={rows.length + expandedIndexes.size + 1}
          className="pce-table__grid"
          style={{ minWidth: minWidthOf(visibleColumns.map(widthOf)) }}
          onKeyDown={onKeyDown}
        >
          <colgroup>
            {visibleColumns.map((column) => (
              <col
                key={column.id}
                data-column={column.id}
                style={widthOf(column) ? { width: widthOf(column) } : undefined}
              />
            ))}
          </colgroup>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const canSort = header.column.getCanSort();
                  const content = <table.FlexRender header={header} />;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      data-column={header.column.id}
                      aria-sort={
                        canSort
                          ? sorted === 'asc'
                            ? 'ascending'
                            : sorted === 'desc'
                              ? 'descending'
                              : 'none'
                          : undefined
                      }
                    >
                      {canSort ? (
                        <button
                          type="button"
                          className="pce-table__sort"
                          onClick={header.column.getToggleSortingHandler()}
                        >
                          {content}
                          <span className="pce-table__sort-icon" aria-hidden="true" data-sorted={sorted || 'none'} />
                        </button>
                      ) : (
                        content
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          {body}
        </table>
        {rows.length === 0 && <p className="pce-table__empty">{filtering ? messages.emptyFiltered : emptyMessage}</p>}
      </div>
    </div>
  );
}
