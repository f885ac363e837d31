// The baseline: what a developer writes with @tanstack/react-table v9 and @tanstack/react-virtual alone,
// over the same rows and columns, with a search box, sortable headers and virtual rows.
import type { PartnerCenterError } from '@pc-errors/error-catalog';
import {
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_includesString,
  globalFilteringFeature,
  columnFilteringFeature,
  rowSortingFeature,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  useTable,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';

const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  filterFns: { includesString: filterFn_includesString },
  sortFns: { basic: sortFn_basic, text: sortFn_text },
});
const helper = createColumnHelper<typeof features, PartnerCenterError>();
const columns = helper.columns([
  helper.accessor('receivedAt', { id: 'time', header: 'Time', sortFn: 'basic', sortDescFirst: true }),
  helper.accessor('httpStatus', { id: 'status', header: 'Status', sortFn: 'basic' }),
  helper.accessor((error) => error.code ?? '', { id: 'code', header: 'Code', sortFn: 'text' }),
  helper.accessor('title', { id: 'title', header: 'Title', sortFn: 'text' }),
  helper.accessor('category', { id: 'category', header: 'Category', sortFn: 'text' }),
  helper.accessor((error) => error.source ?? '', { id: 'source', header: 'Source', sortFn: 'text' }),
  helper.accessor((error) => error.correlationId ?? '', {
    id: 'correlationId',
    header: 'Correlation ID',
    sortFn: 'text',
  }),
]);

export function PlainTable({
  errors,
  getRowId,
  defaultSorting,
}: {
  errors: PartnerCenterError[];
  getRowId: (error: PartnerCenterError, index: number) => string;
  defaultSorting: SortingState;
}) {
  const [globalFilter, setGlobalFilter] = useState('');
  const [sorting, setSorting] = useState<SortingState>(defaultSorting);
  const table = useTable({
    features,
    columns,
    data: errors,
    getRowId,
    state: { globalFilter, sorting },
    onGlobalFilterChange: setGlobalFilter,
    onSortingChange: setSorting,
    globalFilterFn: 'includesString',
  });
  const rows = table.getRowModel().rows;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 40,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div>
      <input
        type="search"
        aria-label="Search"
        value={globalFilter}
        onChange={(event) => setGlobalFilter(event.target.value)}
      />
      <div ref={scroller} data-slot="plain-scroller" style={{ maxHeight: 480, overflow: 'auto' }}>
        {/* The row count, as any virtual table owes a screen reader: it also marks a filter that left the visible rows alone. */}
        <table aria-rowcount={rows.length + 1}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <th key={header.id} data-column={header.column.id}>
                    <button type="button" onClick={header.column.getToggleSortingHandler()}>
                      <table.FlexRender header={header} />
                    </button>
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {top > 0 && (
              <tr>
                <td colSpan={7} style={{ height: top }} />
              </tr>
            )}
            {items.map((item) => {
              const row = rows[item.index]!;
              return (
                <tr key={row.id} data-index={item.index} data-row-index={item.index} ref={virtualizer.measureElement}>
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id} data-column={cell.column.id}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              );
            })}
            {bottom > 0 && (
              <tr>
                <td colSpan={7} style={{ height: bottom }} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
