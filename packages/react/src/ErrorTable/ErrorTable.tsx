import type { PartnerCenterError } from '@pc-errors/error-catalog';
import { useCallback, useMemo, type ComponentProps } from 'react';
import { columnHelper, compareCodes, DataTable, fitWidth, isOneOf, type DataTableStateProps } from '../DataTable';
import { categoryColumn, errorFacets, expandColumn } from '../DataTable/sharedColumns';
import { FixSuggestion } from '../FixSuggestion';
import type { HeadingLevel } from '../Heading';
import { factsOf } from '../errorFacts';
import { errorTitle } from '../format';
import { documentedStatuses } from '../documentedStatuses';
import { type CatalogText } from '../i18n/I18nProvider';
import { entryText } from '../i18n/entryText';
import { useI18n } from '../i18n/useI18n';
import { dateTimeFormat, formatList } from '../i18n/intl';
import type { Messages } from '../i18n/messages';

export type ErrorTableProps = Omit<ComponentProps<'div'>, 'children' | 'onSelect'> &
  DataTableStateProps<PartnerCenterError> & {
    /** The errors to list, e.g. every failed call of this session. */
    errors: readonly PartnerCenterError[];
    /** Level of the fix heading inside an expanded row; set it to fit the page's outline. @default 3 */
    headingLevel?: HeadingLevel;
    /** The table's accessible name. @default messages.tableLabel ("Errors") */
    label?: string;
  };

const helper = columnHelper<PartnerCenterError>();

function errorColumns(messages: Messages, locale: string, catalogText: Record<string, CatalogText>) {
  const documentedOf = (error: PartnerCenterError) =>
    documentedStatuses(error, (items) => formatList(items, locale, 'disjunction'), false);
  // Guarded: a locale tag the browser refuses costs the times their localisation, not the table.
  const time = dateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium' });
  // The widest a time gets in this locale: two-digit day, month and hour.
  const longestTime = time(new Date(Date.UTC(2026, 11, 28, 22, 58, 58))) ?? '';
  return [
    expandColumn<PartnerCenterError>(messages, (error) => errorTitle(error, catalogText)),
    helper.accessor('receivedAt', {
      id: 'time',
      header: messages.columns.time,
      meta: { width: fitWidth(messages.columns.time, [longestTime]) },
      sortFn: 'basic',
      sortDescFirst: true,
      cell: ({ getValue }) => <time dateTime={getValue()}>{time(new Date(getValue())) ?? getValue()}</time>,
    }),
    helper.accessor('httpStatus', {
      id: 'status',
      header: messages.columns.status,
      // Sized for one documented status beside the received one; a longer note is cut visually, read in full.
      meta: {
        width: fitWidth(messages.columns.status, [messages.noResponse, `000 ${messages.documentedShort('000')}`]),
      },
      sortDescFirst: true,
      filterFn: isOneOf,
      cell: ({ getValue, row }) => {
        if (getValue() === 0) return messages.noResponse;
        const documented = documentedOf(row.original);
        return documented ? (
          <>
            {getValue()} <span className="pce-table__note">{messages.documentedShort(documented)}</span>
          </>
        ) : (
          getValue()
        );
      },
    }),
    helper.accessor('code', {
      id: 'code',
      header: messages.columns.code,
      meta: { width: fitWidth(messages.columns.code, ['000000']), compare: compareCodes },
      cell: ({ getValue }) => <code>{getValue() ?? messages.noCode}</code>,
    }),
    helper.accessor((error) => errorTitle(error, catalogText), {
      id: 'title',
      header: messages.columns.title,
      sortFn: 'text',
      cell: ({ getValue, row }) => {
        const candidates = factsOf(row.original).candidates;
        return candidates ? (
          <>
            {getValue()} <span className="pce-table__note">{messages.possibleErrors(candidates.length)}</span>
          </>
        ) : (
          getValue()
        );
      },
    }),
    categoryColumn<PartnerCenterError>(messages),
    helper.accessor((error) => error.source ?? '', {
      id: 'source',
      header: messages.columns.source,
      meta: { width: fitWidth(messages.columns.source, ['PartnerFD']) },
      sortFn: 'text',
    }),
    helper.accessor((error) => error.correlationId ?? '', {
      id: 'correlationId',
      header: messages.columns.correlationId,
      meta: { width: fitWidth(messages.columns.correlationId, ['0'.repeat(36)]) }, // shown whole: support asks for it
      sortFn: 'text',
    }),
  ];
}

const searchTextIn =
  (messages: Messages, locale: string, catalogText: Record<string, CatalogText>) => (error: PartnerCenterError) => {
    const title = errorTitle(error, catalogText);
    // A description that contains the title already matches every search the title would.
    const texts = error.description.includes(title) ? [error.description] : [title, error.description];
    // What the lookup found is found by a search too: "documented 403", and the titles of the errors it may be.
    const { candidates } = factsOf(error);
    const documented = documentedStatuses(error, (items) => formatList(items, locale, 'disjunction'), false);
    return [
      error.httpStatus,
      documented && messages.documentedShort(documented),
      error.code,
      ...texts,
      ...(candidates?.map((entry) => entryText(entry, catalogText).message) ?? []),
      error.category,
      error.source,
      error.correlationId,
      error.requestId,
    ].join(' ');
  };

/**
 * Every error of a session (or of a bulk job) in one table: sort, search, filter by status and
 * category, hide columns, expand a row for its fix. Virtualized: 100,000 rows stay fluid.
 * @example <ErrorTable errors={log} getRowId={(error) => error.requestId ?? error.receivedAt} />
 */
export function ErrorTable({ errors, label, headingLevel = 3, ...props }: ErrorTableProps) {
  const { messages, locale, catalogText } = useI18n();
  const columns = useMemo(() => errorColumns(messages, locale, catalogText), [messages, locale, catalogText]);
  const searchText = useMemo(() => searchTextIn(messages, locale, catalogText), [messages, locale, catalogText]);
  const renderExpanded = useCallback(
    (error: PartnerCenterError) => {
      const title = errorTitle(error, catalogText);
      return (
        <>
          <p className="pce-table__summary">
            <span className="pce-table__summary-title">{title}</span>
            {error.description !== title && <> {error.description}</>}
          </p>
          {/* Not a named region here: every expanded row would add a landmark with the same name. */}
          <FixSuggestion error={error} headingLevel={headingLevel} aria-labelledby={undefined} />
        </>
      );
    },
    [catalogText, headingLevel],
  );
  const facets = useMemo(() => errorFacets(messages), [messages]);
  return (
    <DataTable
      data={errors}
      columns={columns}
      label={label ?? messages.tableLabel}
      searchText={searchText}
      facets={facets}
      emptyMessage={messages.empty}
      renderExpanded={renderExpanded}
      {...props}
    />
  );
}
