import type { PartnerCenterError } from '@pc-errors/error-catalog';
import { useMemo, type ComponentProps } from 'react';
import { columnHelper, DataTable, ExpandButton, isOneOf, sortCodes, type DataTableStateProps } from '../DataTable';
import { FixSuggestion } from '../FixSuggestion';
import type { HeadingLevel } from '../Heading';
import { displayTitle } from '../format';
import { useI18n } from '../i18n/I18nProvider';
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

function errorColumns(messages: Messages, locale: string) {
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium' });
  return [
    helper.display({
      id: 'expand',
      header: messages.columns.expand,
      enableHiding: false,
      cell: ({ row }) => <ExpandButton row={row} label={messages.showFix(row.original.title)} />,
    }),
    helper.accessor('receivedAt', {
      id: 'time',
      header: messages.columns.time,
      sortFn: 'basic',
      sortDescFirst: true,
      cell: ({ getValue }) => {
        const date = new Date(getValue());
        return <time dateTime={getValue()}>{Number.isNaN(date.getTime()) ? getValue() : time.format(date)}</time>;
      },
    }),
    helper.accessor('httpStatus', {
      id: 'status',
      header: messages.columns.status,
      sortFn: 'basic',
      filterFn: isOneOf,
      cell: ({ getValue }) => (getValue() === 0 ? messages.noResponse : getValue()),
    }),
    helper.accessor('code', { id: 'code', header: messages.columns.code, sortFn: sortCodes, cell: ({ getValue }) => <code>{getValue() ?? '—'}</code> }),
    helper.accessor((error) => displayTitle(error.title, error), { id: 'title', header: messages.columns.title, sortFn: 'text' }),
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
    helper.accessor((error) => error.source ?? '', { id: 'source', header: messages.columns.source, sortFn: 'text' }),
    helper.accessor((error) => error.correlationId ?? '', { id: 'correlationId', header: messages.columns.correlationId, sortFn: 'text' }),
  ];
}

const searchText = (error: PartnerCenterError) =>
  [error.httpStatus, error.code, error.title, error.description, error.category, error.source, error.correlationId, error.requestId].join(' ');

/**
 * Every error of a session (or of a bulk job) in one table: sort, search, filter by status and
 * category, hide columns, expand a row for its fix. Virtualized: 100,000 rows stay fluid.
 * @example <ErrorTable errors={log} getRowId={(error) => error.requestId ?? error.receivedAt} />
 */
export function ErrorTable({ errors, label, headingLevel = 3, ...props }: ErrorTableProps) {
  const { messages, locale } = useI18n();
  const columns = useMemo(() => errorColumns(messages, locale), [messages, locale]);
  const facets = useMemo(
    () => [
      { columnId: 'status', label: messages.statusFilter, format: (value: unknown) => (value === 0 ? messages.noResponse : String(value)) },
      {
        columnId: 'category',
        label: messages.categoryFilter,
        format: (value: unknown) => messages.category[value as PartnerCenterError['category']] ?? String(value),
      },
    ],
    [messages],
  );
  return (
    <DataTable
      data={errors}
      columns={columns}
      label={label ?? messages.tableLabel}
      searchText={searchText}
      facets={facets}
      emptyMessage={messages.empty}
      renderExpanded={(error) => <FixSuggestion error={error} headingLevel={headingLevel} />}
      {...props}
    />
  );
}
