import { useTable, type ColumnDef, type ColumnFiltersState, type Row, type SortingState } from '@tanstack/react-table';
import type { RowData } from '@tanstack/react-table';
import { defaultRangeExtractor, useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type ComponentProps, type ReactNode } from 'react';
import { cx } from '../Heading';
import { useControllableState } from '../hooks/useControllableState';
import { useI18n } from '../i18n/I18nProvider';
import { DataTableToolbar, type Facet } from './DataTableToolbar';
import { features, type Features } from './features';
import { useRowFocus } from './useRowFocus';

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

const ROW_HEIGHT = 40;
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

  // Each row's searchable text is built once per data array, lower-cased, so a keystroke is one indexOf per row.
  const haystacks = useMemo(() => new WeakMap<object, string>(), [data, searchText]);
  const globalFilterFn = useCallback(
    (row: Row<Features, TData>, _columnId: string, value: unknown) => {
      let text = haystacks.get(row.original);
      if (text === undefined) haystacks.set(row.original, (text = searchText(row.original).toLowerCase()));
      return text.includes(String(value).trim().toLowerCase());
    },
    [haystacks, searchText],
  );

  const searchColumnId = columns.find((column) => 'accessorFn' in column || 'accessorKey' in column)?.id;
  const table = useTable({
    features,
    columns,
    data: data as TData[],
    getRowId,
    state: { sorting, columnFilters, globalFilter: deferredSearch },
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      setSorting(next);
      const first = next[0];
      const column = first && table.getColumn(first.id);
      setAnnouncement(
        column ? messages.sortedBy(headerLabel(column.columnDef.header, column.id), first.desc ? 'descending' : 'ascending') : messages.sortCleared,
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
  const scroller = useRef<HTMLDivElement>(null);
  const activeIndexRef = useRef(-1);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rowIds[index] ?? index,
    overscan: 8,
    // The focused row stays mounted while it is scrolled out of view, so focus is never dropped.
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      const active = activeIndexRef.current;
      return active >= 0 && active < range.count && !indexes.includes(active) ? [...indexes, active].sort((a, b) => a - b) : indexes;
    },
  });
  const { activeIndex, setActiveId, onKeyDown } = useRowFocus(rowIds, scroller, virtualizer);
  activeIndexRef.current = activeIndex;

  // Announce the result count once the user stops changing the search or filters, not per keystroke.
  const filtering = deferredSearch !== '' || columnFilters.length > 0;
  const filterKey = `${deferredSearch}\u0000${JSON.stringify(columnFilters)}`;
  const firstFilter = useRef(filterKey);
  useEffect(() => {
    if (filterKey === firstFilter.current) return undefined;
    const timer = setTimeout(() => setAnnouncement(messages.resultCount(rows.length, data.length)), 400);
    return () => clearTimeout(timer);
  }, [filterKey, rows.length, data.length, messages]);

  const visibleColumns = table.getVisibleLeafColumns();
  const renderRow = (item: VirtualItem) => {
    const row = rows[item.index];
    if (!row) return null;
    const expanded = row.getIsExpanded();
    return (
      // One tbody per virtual item, so that an expanded row's fix is measured with its row.
      <tbody key={row.id} ref={virtualizer.measureElement} data-index={item.index}>
        <tr
          data-row-index={item.index}
          aria-rowindex={item.index + 2}
          data-state={expanded ? 'open' : 'closed'}
          tabIndex={item.index === activeIndex ? 0 : -1}
          className="pce-table__row"
          onFocus={() => setActiveId(row.id)}
          onClick={() => onSelect?.(row.original)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && event.target === event.currentTarget) {
              row.toggleExpanded();
              onSelect?.(row.original);
            }
          }}
        >
          {row.getVisibleCells().map((cell) => (
            <td key={cell.id} data-column={cell.column.id}>
              <table.FlexRender cell={cell} />
            </td>
          ))}
        </tr>
        {expanded && (
          <tr className="pce-table__expansion">
            <td colSpan={visibleColumns.length}>{renderExpanded(row.original)}</td>
          </tr>
        )}
      </tbody>
    );
  };
  // Spacers stand for the rows not rendered, including the gap around a focused row kept far from the window.
  const body: ReactNode[] = [];
  let cursor = 0;
  for (const item of virtualizer.getVirtualItems()) {
    if (item.start > cursor) body.push(<Spacer key={`gap-${item.index}`} height={item.start - cursor} columns={visibleColumns.length} />);
    body.push(renderRow(item));
    cursor = Math.max(cursor, item.end);
  }
  if (virtualizer.getTotalSize() > cursor) body.push(<Spacer key="end" height={virtualizer.getTotalSize() - cursor} columns={visibleColumns.length} />);

  return (
    <div data-slot="data-table" className={cx('pce-table', className)} {...props}>
      <DataTableToolbar table={table} search={search} onSearchChange={setSearch} facets={facets} />
      <p className="pce-table__count" aria-hidden="true">
        {messages.resultCount(rows.length, data.length)}
      </p>
      <p role="status" className="pce-visually-hidden">
        {announcement}
      </p>
      <div ref={scroller} className="pce-table__scroll" style={{ maxHeight: height }}>
        <table aria-label={label} aria-rowcount={rows.length + 1} className="pce-table__grid" onKeyDown={onKeyDown}>
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
                      aria-sort={canSort ? (sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none') : undefined}
                    >
                      {canSort ? (
                        <button type="button" className="pce-table__sort" onClick={header.column.getToggleSortingHandler()}>
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
