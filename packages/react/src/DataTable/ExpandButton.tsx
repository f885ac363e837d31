import type { Row } from '@tanstack/react-table';
import type { RowData } from '@tanstack/react-table';
import type { Features } from './features';

/**
 * A column width that fits, on one line, its header (with the sort icon when `sortable`) and the longest of
 * `values`, in the current language: a `ch` is about one character. `extra` adds characters' worth of room
 * for a value's own padding (a badge).
 */
export function fitWidth(header: string, values: readonly string[] = [], { sortable = true, extra = 0 } = {}): string {
  const chars = Math.max(header.length + (sortable ? 3 : 0), ...values.map((value) => value.length + extra));
  return `calc(${chars}ch + 2 * var(--pce-table-cell-padding-x))`;
}

/** The expand column's width: its button, or its header if that is wider. */
export const expandWidth = (header: string) =>
  `max(calc(var(--pce-button-height) + 2 * var(--pce-table-cell-padding-x)), ${fitWidth(header, [], { sortable: false })})`;

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
