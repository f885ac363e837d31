import { FlexRender, type Column, type Row, type RowData } from '@tanstack/react-table';
import { memo, type ReactNode } from 'react';
import type { Features } from './features';

export interface DataRowProps<TData extends RowData> {
  row: Row<Features, TData>;
  /** The row's place among the rows shown (the virtualizer's index). */
  index: number;
  /** Its position for screen readers, expansions before it counted (`aria-rowindex`). */
  position: number;
  expanded: boolean;
  /** The one row of the table in the tab order. */
  active: boolean;
  /** The visible columns; a new array when visibility or the columns change. */
  columns: Column<Features, TData>[];
  /** Set on an expanded row only: the virtualizer measures it, as its height is the fix's. */
  measure: ((node: Element | null) => void) | undefined;
  onActivate: (id: string) => void;
  onSelect: (row: TData) => void;
  renderExpanded: (row: TData) => ReactNode;
}

/**
 * One row and, when expanded, the row with its fix. Memoized: while the table scrolls, the rows that stay in
 * view keep their props (TanStack keeps one Row object per row through sorting and filtering) and do not render.
 */
function DataRowImpl<TData extends RowData>({
  row,
  index,
  position,
  expanded,
  active,
  columns,
  measure,
  onActivate,
  onSelect,
  renderExpanded,
}: DataRowProps<TData>) {
  return (
    // One tbody per row, so that an expanded row's fix is measured with its row.
    <tbody ref={measure} data-index={index} data-state={expanded ? 'open' : 'closed'}>
      <tr
        data-row-index={index}
        aria-rowindex={position}
        data-state={expanded ? 'open' : 'closed'}
        tabIndex={active ? 0 : -1}
        className="pce-table__row"
        onFocus={() => onActivate(row.id)}
        onClick={() => onSelect(row.original)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && event.target === event.currentTarget) {
            row.toggleExpanded();
            onSelect(row.original);
          }
        }}
      >
        {row.getVisibleCells().map((cell) => (
          <td key={cell.id} data-column={cell.column.id}>
            <FlexRender cell={cell} />
          </td>
        ))}
      </tr>
      {expanded && (
        <tr className="pce-table__expansion" aria-rowindex={position + 1}>
          <td colSpan={columns.length}>{renderExpanded(row.original)}</td>
        </tr>
      )}
    </tbody>
  );
}

// Pure: an app that imports only ErrorBanner must be able to drop the table code.
export const DataRow = /* @__PURE__ */ memo(DataRowImpl) as typeof DataRowImpl;
