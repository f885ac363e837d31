import { catalog, type CatalogEntry, type CatalogOrigin } from '@pc-errors/error-catalog';
import { useCallback, useMemo, type ComponentProps } from 'react';
import { columnHelper, compareCodes, DataTable, fitWidth, isOneOf, type DataTableStateProps } from '../DataTable';
import { categoryColumn, errorFacets, expandColumn } from '../DataTable/sharedColumns';
import { FixSuggestion } from '../FixSuggestion';
import type { HeadingLevel } from '../Heading';
import { type CatalogText } from '../i18n/I18nProvider';
import { useI18n } from '../i18n/useI18n';
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
/** The longest of a text over the catalog's entries. */
const longestOf = (textOf: (entry: CatalogEntry) => string) =>
  catalog.reduce((longest, entry) => (textOf(entry).length > longest.length ? textOf(entry) : longest), '');
/**
 * The longest status label ("503 ServiceUnavailable") and code ("AADSTS7000215") of the catalog, which those
 * columns fit; computed on first use, so that importing the module costs nothing.
 */
let longest: { status: string; code: string } | undefined;
const longestLabels = () =>
  (longest ??= {
    status: longestOf((entry) => `${entry.httpStatus} ${entry.httpStatusName}`),
    code: longestOf((entry) => entry.code),
  });

/** Where an entry is documented, in this language; an origin the strings lack as given. */
const originLabel = (messages: Messages, origin: unknown) =>
  (messages.origin as Partial<Record<string, string>>)[String(origin)] ?? String(origin);

const messageOf = (entry: CatalogEntry, catalogText: Record<string, CatalogText>) =>
  catalogText[entry.id]?.message ?? entry.message;

function catalogColumns(messages: Messages, catalogText: Record<string, CatalogText>) {
  return [
    expandColumn<CatalogEntry>(messages, (entry) => messages.entryName(entry.code, entry.httpStatus)),
    helper.accessor('code', {
      id: 'code',
      header: messages.columns.code,
      meta: { width: fitWidth(messages.columns.code, [longestLabels().code]), compare: compareCodes },
      cell: ({ getValue }) => <code>{getValue()}</code>,
    }),
    helper.accessor('httpStatus', {
      id: 'status',
      header: messages.columns.status,
      meta: { width: fitWidth(messages.columns.status, [longestLabels().status]) },
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
    helper.accessor((entry): CatalogOrigin | '' => entry.origin ?? '', {
      id: 'origin',
      header: messages.columns.origin,
      meta: { width: fitWidth(messages.columns.origin, Object.values(messages.origin)) },
      sortFn: 'text',
      filterFn: isOneOf,
      cell: ({ getValue }) => originLabel(messages, getValue()),
    }),
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
    entry.name,
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
  const facets = useMemo(
    () => [
      ...errorFacets(messages),
      { columnId: 'origin', label: messages.originFilter, format: (value: unknown) => originLabel(messages, value) },
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
      renderExpanded={renderExpanded}
      {...props}
    />
  );
}
