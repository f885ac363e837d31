import type { ReactTable, RowData } from '@tanstack/react-table';
import type { Features } from './features';

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

/** The column headers: a sort button in each sortable one, with `aria-sort` saying how the rows are ordered. */
export function DataTableHeader<TData extends RowData>({ table }: { table: ReactTable<Features, TData> }) {
  return (
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
                aria-sort={canSort ? (sorted ? ariaSort[sorted] : 'none') : undefined}
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
  );
}
