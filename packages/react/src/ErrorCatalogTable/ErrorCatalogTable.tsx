import { catalog, type CatalogEntry } from '@pc-errors/error-catalog';
import { useCallback, useMemo, type ComponentProps } from 'react';
import { columnHelper, compareCodes, DataTable, fitWidth, isOneOf, type DataTableStateProps } from '../DataTable';
import { categoryColumn, errorFacets, expandColumn } from '../DataTable/sharedColumns';
import { FixSuggestion } from '../FixSuggestion';
import type { HeadingLevel } from '../Heading';
import { useI18n, type CatalogText } from '../i18n/I18nProvider';
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
/** The longest "503 ServiceUnavailable" of the catalog, which the status column fits (computed on first use, so that importing the module costs nothing). */
let longestStatus: string | undefined;
const longestStatusLabel = () =>
  (longestStatus ??= catalog.reduce((longest, entry) => {
    const label = `${entry.httpStatus} ${entry.httpStatusName}`;
    return label.length > longest.length ? label : longest;
  }, ''));

const messageOf = (entry: CatalogEntry, catalogText: Record<string, CatalogText>) =>
  catalogText[entry.id]?.message ?? entry.message;

function catalogColumns(messages: Messages, catalogText: Record<string, CatalogText>) {
  return [
    expandColumn<CatalogEntry>(messages, (entry) => messages.entryName(entry.code, entry.httpStatus)),
    helper.accessor('code', {
      id: 'code',
      header: messages.columns.code,
      meta: { width: fitWidth(messages.columns.code, ['000000']), compare: compareCodes },
      cell: ({ getValue }) => <code>{getValue()}</code>,
    }),
    helper.accessor('httpStatus', {
      id: 'status',
      header: messages.columns.status,
      meta: { width: fitWidth(messages.columns.status, [longestStatusLabel()]) },
      sortDescFirst: true,
      filterFn: isOneOf,
      cell: ({ row }) => `${row.original.httpStatus} ${row.original.httpStatusName}`,
    }),
    helper.accessor((entry) => messageOf(entry, catalogText), {
      id: 'message',
      header: messages.columns.message,
      sortFn: 'text',
    }),
    categoryColumn<CatalogEntry>(messages),
    helper.accessor((entry) => (entry.retryable ? messages.yes : messages.no), {
      id: 'retryable',
      header: messages.columns.retryable,
      meta: { width: fitWidth(messages.columns.retryable, [messages.yes, messages.no]) },
      sortFn: 'text',
    }),
  ];
}

const searchTextIn = (catalogText: Record<string, CatalogText>) => (entry: CatalogEntry) => {
  const text = catalogText[entry.id];
  return [
    entry.code,
    entry.httpStatus,
    entry.httpStatusName,
    text?.message ?? entry.message,
    entry.details,
    entry.category,
    text?.summary ?? entry.remediation.summary,
    ...(entry.fields ?? []),
  ].join(' ');
};
const entryId = (entry: CatalogEntry) => entry.id;

/**
 * Browse and search every documented Partner Center error with its fix.
 * @example <ErrorCatalogTable defaultGlobalFilter="transfer" />
 */
export function ErrorCatalogTable({ entries = catalog, label, headingLevel = 3, ...props }: ErrorCatalogTableProps) {
  const { messages, catalogText } = useI18n();
  const columns = useMemo(() => catalogColumns(messages, catalogText), [messages, catalogText]);
  const searchText = useMemo(() => searchTextIn(catalogText), [catalogText]);
  const renderExpanded = useCallback(
    (entry: CatalogEntry) => (
      <>
        <p className="pce-table__summary">
          <span className="pce-table__summary-title">{messageOf(entry, catalogText)}</span>
          {entry.details && <> {entry.details}</>}
        </p>
        {/* Not a named region here: every expanded row would add a landmark with the same name. */}
        <FixSuggestion entry={entry} headingLevel={headingLevel} aria-labelledby={undefined} />
      </>
    ),
    [catalogText, headingLevel],
  );
  const facets = useMemo(() => errorFacets(messages), [messages]);
  return (
    <DataTable
      data={entries}
      columns={columns}
      label={label ?? messages.catalogTableLabel}
      searchText={searchText}
      facets={facets}
      emptyMessage={messages.emptyFiltered}
      getRowId={entryId}
      renderExpanded={renderExpanded}
      {...props}
    />
  );
}
