import { catalog, type CatalogEntry } from '@pc-errors/error-catalog';
import { useMemo, type ComponentProps } from 'react';
import { columnHelper, DataTable, ExpandButton, isOneOf, sortCodes, type DataTableStateProps } from '../DataTable';
import { FixSuggestion } from '../FixSuggestion';
import type { HeadingLevel } from '../Heading';
import { useI18n } from '../i18n/I18nProvider';
import type { Messages } from '../i18n/messages';

export type ErrorCatalogTableProps = Omit<ComponentProps<'div'>, 'children' | 'onSelect'> &
  DataTableStateProps<CatalogEntry> & {
    /** The entries to browse. @default every documented entry (`catalog`) */
    entries?: readonly CatalogEntry[];
    /** Level of the fix heading inside an expanded row; set it to fit the page's outline. @default 3 */
    headingLevel?: HeadingLevel;
    /** The table's accessible name. @default messages.catalogTableLabel */
    label?: string;
  };

const helper = columnHelper<CatalogEntry>();

function catalogColumns(messages: Messages) {
  return [
    helper.display({
      id: 'expand',
      header: messages.columns.expand,
      enableHiding: false,
      cell: ({ row }) => <ExpandButton row={row} label={messages.showFix(`${row.original.code} (${row.original.httpStatus})`)} />,
    }),
    helper.accessor('code', { id: 'code', header: messages.columns.code, sortFn: sortCodes, cell: ({ getValue }) => <code>{getValue()}</code> }),
    helper.accessor('httpStatus', {
      id: 'status',
      header: messages.columns.status,
      sortFn: 'basic',
      filterFn: isOneOf,
      cell: ({ row }) => `${row.original.httpStatus} ${row.original.httpStatusName}`,
    }),
    helper.accessor('message', { id: 'message', header: messages.columns.message, sortFn: 'text' }),
    helper.accessor('category', {
      id: 'category',
      header: messages.columns.category,
      sortFn: 'text',
      filterFn: isOneOf,
      cell: ({ getValue }) => (
        <span className="pce-badge" data-category={getValue()}>
          {messages.category[getValue()]}
        </span>
      ),
    }),
    helper.accessor((entry) => (entry.retryable ? messages.yes : messages.no), { id: 'retryable', header: messages.columns.retryable, sortFn: 'text' }),
  ];
}

const searchText = (entry: CatalogEntry) =>
  [entry.code, entry.httpStatus, entry.httpStatusName, entry.message, entry.details, entry.category, entry.remediation.summary, ...(entry.fields ?? [])].join(
    ' ',
  );
const entryId = (entry: CatalogEntry) => entry.id;

/**
 * Browse and search every documented Partner Center error with its fix.
 * @example <ErrorCatalogTable defaultGlobalFilter="transfer" />
 */
export function ErrorCatalogTable({ entries = catalog, label, headingLevel = 3, ...props }: ErrorCatalogTableProps) {
  const { messages } = useI18n();
  const columns = useMemo(() => catalogColumns(messages), [messages]);
  const facets = useMemo(
    () => [
      { columnId: 'status', label: messages.statusFilter },
      {
        columnId: 'category',
        label: messages.categoryFilter,
        format: (value: unknown) => messages.category[value as CatalogEntry['category']] ?? String(value),
      },
    ],
    [messages],
  );
  return (
    <DataTable
      data={entries}
      columns={columns}
      label={label ?? messages.catalogTableLabel}
      searchText={searchText}
      facets={facets}
      emptyMessage={messages.emptyFiltered}
      getRowId={entryId}
      renderExpanded={(entry) => <FixSuggestion entry={entry} headingLevel={headingLevel} />}
      {...props}
    />
  );
}
