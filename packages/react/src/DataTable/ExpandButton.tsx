import type { Row } from '@tanstack/react-table';
import type { RowData } from '@tanstack/react-table';
import type { Features } from './features';

/** The expand column's width: its button and the cell's padding. */
export const EXPAND_WIDTH = 'calc(var(--pce-button-height) + 2 * var(--pce-table-cell-padding-x))';

/** The first cell of every row: shows or hides the row's fix. */
export function ExpandButton<TData extends RowData>({ row, label }: { row: Row<Features, TData>; label: string }) {
  const expanded = row.getIsExpanded();
  return (
    <button
      type="button"
      className="pce-table__expand"
      aria-expanded={expanded}
      aria-label={label}
      tabIndex={-1}
      onClick={(event) => {
        event.stopPropagation();
        row.toggleExpanded();
      }}
    >
      <span aria-hidden="true" data-state={expanded ? 'open' : 'closed'} className="pce-table__chevron" />
    </button>
  );
}
