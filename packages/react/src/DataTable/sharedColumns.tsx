import type { ErrorCategory } from '@pc-errors/error-catalog';
import type { RowData } from '@tanstack/react-table';
import type { Messages } from '../i18n/messages';
import type { Facet } from './DataTableToolbar';
import { ExpandButton, expandWidth, fitWidth } from './ExpandButton';
import { columnHelper, isOneOf } from './features';

// The columns and facets both tables show, defined once. Each takes the strings of the current language.

/** The first column: a button that shows or hides the row's fix, named after the row. */
export function expandColumn<TData extends RowData>(messages: Messages, nameOf: (row: TData) => string) {
  return columnHelper<TData>().display({
    id: 'expand',
    header: messages.columns.expand,
    enableHiding: false,
    meta: { width: expandWidth(messages.columns.expand) },
    cell: ({ row }) => <ExpandButton row={row} label={messages.showFix(nameOf(row.original))} />,
  });
}

/** Whatever category a row has, its label in this language, or the category itself for one the strings lack. */
const categoryLabel = (messages: Messages, category: unknown) =>
  (messages.category as Partial<Record<string, string>>)[String(category)] ?? String(category);

/** The category as a badge, filterable by the category facet. */
export function categoryColumn<TData extends { category: ErrorCategory }>(messages: Messages) {
  return columnHelper<TData>().accessor((row) => row.category, {
    id: 'category',
    header: messages.columns.category,
    meta: { width: fitWidth(messages.columns.category, Object.values(messages.category), { extra: 2 }) },
    sortFn: 'text',
    filterFn: isOneOf,
    cell: ({ getValue }) => (
      <span className="pce-badge" data-category={getValue()}>
        {categoryLabel(messages, getValue())}
      </span>
    ),
  });
}

/** The status and category facets, on the columns with those ids. */
export const errorFacets = (messages: Messages): Facet[] => [
  {
    columnId: 'status',
    label: messages.statusFilter,
    format: (value) => (value === 0 ? messages.noResponse : String(value)),
  },
  { columnId: 'category', label: messages.categoryFilter, format: (value) => categoryLabel(messages, value) },
];
