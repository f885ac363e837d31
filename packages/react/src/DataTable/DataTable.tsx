import {
  useTable,
  type ColumnDef,
  type ColumnFiltersState,
  type ExpandedState,
  type RowData,
  type SortingState,
} from '@tanstack/react-table';
import { defaultRangeExtractor, useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useCallback, useDeferredValue, useMemo, useRef, useState, type ComponentProps, type ReactNode } from 'react';
import { cx } from '../Heading';
import { useControllableState } from '../hooks/useControllableState';
import { usePaintedOnce } from '../hooks/usePaintedOnce';
import { useI18n } from '../i18n/useI18n';
import { DataRow } from './DataRow';
import { countBelow, minWidthOf, VirtualBody } from './DataTableBody';
import { DataTableHeader } from './DataTableHeader';
import { DataTableToolbar, type Facet } from './DataTableToolbar';
import { features, widthOf, type Features } from './features';
import { useAnnouncements } from './useAnnouncements';
import { useRowFocus } from './useRowFocus';
import { useRowHeight } from './useRowHeight';
import { useSearchWarmUp } from './useSearchWarmUp';
import { useTableRows } from './useTableRows';

export interface DataTableStateProps<TData> {
  /** The search text, controlled. */
  globalFilter?: string;
  /** The search text to start with, uncontrolled. @default '' */
  defaultGlobalFilter?: string;
  onGlobalFilterChange?: (value: string) => void;
  /** The sort order, controlled. */
  sorting?: SortingState;
  /** The sort order to start with, uncontrolled. Rows that arrive in this order (or its reverse) cost nothing to sort. */
  defaultSorting?: SortingState;
  onSortingChange?: (sorting: SortingState) => void;
  /** A stable identity per row (keeps focus and expansion when rows are added or reordered). @default the row's index */
  getRowId?: (row: TData, index: number) => string;
  /** Called when a row is chosen with Enter or a click on it. */
  onSelect?: (row: TData) => void;
  /** Height of the scrolling body. A number also sizes the first screen rendered on the server. @default 480 */
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

const EMPTY: never[] = [];
/** The first screen's height when the table is rendered before any layout (on the server), for a `height` in CSS units. */
const FIRST_SCREEN = 480;

const headerLabel = (header: unknown, id: string) => (typeof header === 'string' ? header : id);

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
  // Held here, not in TanStack's own store: a row made for rendering reaches the table through the options it was
  // made with, and those carry this setter.
  const [expandedState, setExpanded] = useState<ExpandedState>({});
  // Typing stays urgent; the rows follow in a render that the next key may interrupt.
  const deferredSearch = useDeferredValue(search);
  const filterKey = `${deferredSearch}\u0000${JSON.stringify(columnFilters)}`;

  const table = useTable({
    features,
    columns,
    data: data,
    getRowId,
    state: { sorting, columnFilters, expanded: expandedState },
    onExpandedChange: setExpanded,
    // Set per column where a column sorts descending first, so that TanStack never reads rows to guess.
    sortDescFirst: false,
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
    getRowCanExpand: () => true,
  });
  const { rows, rowAt, idOf, indexOfId, countFacets, warmSearch, filtering } = useTableRows({
    data,
    table,
    sorting,
    columnFilters,
    search: deferredSearch,
    searchText,
    getRowId,
  });
  const [announcement, setAnnouncement] = useAnnouncements(filterKey, () =>
    messages.resultCount(rows.length, data.length),
  );

  // Positions of the expanded rows among the rows shown (usually a handful).
  const expandedPositions = useMemo(() => {
    if (expandedState === true) return [...rows.keys()];
    const positions = Object.keys(expandedState)
      .filter((id) => expandedState[id])
      .map((id) => rows.indexOf(indexOfId(id)))
      .filter((position) => position >= 0);
    return positions.sort((a, b) => a - b);
    // indexOfId changes with the data, which `rows` follows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [expandedState, rows]);
  const expanded = useMemo(() => new Set(expandedPositions), [expandedPositions]);

  const scroller = useRef<HTMLDivElement>(null);
  const visibleColumns = table.getVisibleLeafColumns();
  const rowHeight = useRowHeight(scroller, [visibleColumns, messages]);
  // Only expanded rows are measured: measuring every row that scrolls in would make the virtualizer re-add up to
  // 100,000 offsets on each frame. A key changes with the expansion, so that a collapsed row drops its measure.
  const getItemKey = useCallback(
    (position: number) => {
      const index = rows[position] ?? -1;
      return expanded.has(position) ? `${index}\u0000open` : index;
    },
    [rows, expanded],
  );
  const activeIndexRef = useRef(-1);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: useCallback(() => rowHeight, [rowHeight]),
    getItemKey,
    overscan: 8,
    // Before any layout (on the server, and in the hydrating render) the first screen is rendered from this.
    initialRect: { width: 0, height: typeof height === 'number' ? height : FIRST_SCREEN },
    // The focused row stays mounted while it is scrolled out of view, so focus is never dropped.
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      const active = activeIndexRef.current;
      return active >= 0 && active < range.count && !indexes.includes(active)
        ? [...indexes, active].sort((a, b) => a - b)
        : indexes;
    },
  });
  const positionOf = useCallback((id: string) => rows.indexOf(indexOfId(id)), [rows, indexOfId]);
  const idAt = useCallback(
    (position: number) => (rows[position] === undefined ? undefined : idOf(rows[position])),
    [rows, idOf],
  );
  const { activeIndex, setActiveId, onKeyDown } = useRowFocus(rows.length, positionOf, idAt, scroller, virtualizer);
  activeIndexRef.current = activeIndex;
  // Read after the focused row's position is known: the range keeps that row rendered wherever it has moved.
  const items = virtualizer.getVirtualItems();
  // What may wait (facet counts, the search index) waits until the first rows are on screen.
  const firstRowsPainted = usePaintedOnce(rows.length === 0 || items.length > 0);
  useSearchWarmUp(warmSearch, firstRowsPainted);

  // Rows are memoized: a caller's inline onSelect must not make every row render again.
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const select = useCallback((original: TData) => onSelectRef.current?.(original), []);
  const renderRow = (item: VirtualItem) => {
    const index = rows[item.index];
    const row = index === undefined ? undefined : rowAt(index);
    if (!row) return null;
    const open = expanded.has(item.index);
    return (
      <DataRow
        key={row.id}
        row={row}
        index={item.index}
        // An expanded row adds a row of its own, so positions count the expansions before them.
        position={2 + item.index + countBelow(expandedPositions, item.index)}
        expanded={open}
        active={item.index === activeIndex}
        columns={visibleColumns}
        measure={open ? virtualizer.measureElement : undefined}
        onActivate={setActiveId}
        onSelect={select}
        renderExpanded={renderExpanded}
      />
    );
  };
  return (
    <div data-slot="data-table" className={cx('pce-table', className)} {...props}>
      <DataTableToolbar
        table={table}
        state={table.state}
        search={search}
        onSearchChange={setSearch}
        facets={facets}
        countFacets={firstRowsPainted ? countFacets : undefined}
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
          aria-rowcount={rows.length + expandedPositions.length + 1}
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
          <DataTableHeader table={table} />
          <VirtualBody
            items={items}
            totalSize={virtualizer.getTotalSize()}
            columnCount={visibleColumns.length}
            renderRow={renderRow}
          />
        </table>
        {rows.length === 0 && <p className="pce-table__empty">{filtering ? messages.emptyFiltered : emptyMessage}</p>}
      </div>
    </div>
  );
}
