import type { PartnerCenterError } from '@pc-errors/error-catalog';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fireEvent, fn, userEvent, waitFor, within } from 'storybook/test';
import { arabicCatalogText, arabicMessages, generateErrors, messagesFor, nextErrors } from '../../test/stories-data';
import { arabicErrors, storyErrors } from '../../test/story-errors';
import { pseudoMessages } from '../i18n/messages';
import { ErrorTable, type ErrorTableProps } from './ErrorTable';
import { inLocale } from '../../test/story-locale';

const session = Object.values(storyErrors).map((make) => make());
const byRequestId = (error: PartnerCenterError) => error.requestId ?? error.receivedAt;

const meta = {
  title: 'Components/ErrorTable',
  component: ErrorTable,
  args: { errors: session, onSelect: fn() },
} satisfies Meta<typeof ErrorTable>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The rows that stand for errors (not the header, not an expanded row's fix). */
const dataRows = (canvasElement: HTMLElement) =>
  within(canvasElement)
    .getAllByRole('row')
    .filter((row) => row.hasAttribute('data-row-index'));
/** The table's polite live region (not the visible count, which is hidden from screen readers). */
const liveRegion = (canvasElement: HTMLElement) =>
  canvasElement.querySelector<HTMLElement>('[data-slot="data-table"] > [role="status"]')!;

export const SessionLog: Story = {
  tags: ['pseudo-locale'],
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals);
    const table = within(canvasElement).getByRole('table', { name: t.tableLabel });
    await expect(table).toHaveAttribute('aria-rowcount', String(session.length + 1));
    // Virtualized: the rows in view are rendered, each with its true position among all of them.
    const rows = dataRows(canvasElement);
    await expect(rows.length).toBeGreaterThan(10);
    await expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
    await expect(within(canvasElement).getByRole('columnheader', { name: t.columns.correlationId })).toBeVisible();
  },
};
export const Sorted: Story = {
  args: { defaultSorting: [{ id: 'status', desc: true }] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('columnheader', { name: /Status/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(within(dataRows(canvasElement)[0]!).getByRole('cell', { name: '503' })).toBeVisible();
  },
};
/** Sorting by a click: `aria-sort` changes, and the new order is said in the live region (many screen readers ignore `aria-sort`). */
export const SortedByClick: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Code' }));
    await expect(canvas.getByRole('columnheader', { name: /Code/ })).toHaveAttribute('aria-sort', 'ascending');
    await expect(liveRegion(canvasElement)).toHaveTextContent('Sorted by Code, ascending');
    await expect(canvas.getByRole('button', { name: 'Code' })).toHaveFocus();
  },
};
export const Searched: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // "not found" is in no candidate's title (a row that may be one of several errors is also found by theirs).
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search' }), 'not found');
    await waitFor(() =>
      expect(liveRegion(canvasElement)).toHaveTextContent(new RegExp(`^\\d+ of ${session.length} rows$`)),
    );
    for (const row of dataRows(canvasElement)) await expect(row).toHaveTextContent(/not found/i);
  },
};
/** Filtered by a status chip: the chip is pressed, only its rows remain, the count is announced, "Clear filters" appears. */
export const Filtered: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const statuses = await canvas.findByRole('group', { name: 'HTTP status' });
    const chip = within(statuses).getByRole('button', { name: /^401\b/ });
    await userEvent.click(chip);
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(dataRows(canvasElement)).toHaveLength(2));
    for (const row of dataRows(canvasElement))
      await expect(within(row).getByRole('cell', { name: '401' })).toBeVisible();
    await waitFor(() => expect(liveRegion(canvasElement)).toHaveTextContent(`2 of ${session.length} rows`));
    await expect(canvas.getByRole('button', { name: 'Clear filters' })).toBeVisible();
  },
};
/** A column hidden through the Columns menu: its header is gone and focus is back on the menu button. */
export const ColumnHidden: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    const trigger = canvas.getByRole('button', { name: 'Columns' });
    await userEvent.click(trigger);
    const item = await body.findByRole('menuitemcheckbox', { name: /Correlation ID/ });
    await expect(item).toHaveAttribute('aria-checked', 'true');
    await userEvent.click(item);
    await expect(item).toHaveAttribute('aria-checked', 'false');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(body.queryByRole('menu')).toBeNull());
    await expect(trigger).toHaveFocus();
    await expect(canvas.queryByRole('columnheader', { name: 'Correlation ID' })).toBeNull();
    await expect(canvas.getByRole('columnheader', { name: /Source/ })).toBeVisible();
  },
};
/** The Columns menu open (opened from the keyboard), so that its portal is checked too. */
export const ColumnsMenuOpen: Story = {
  tags: ['pseudo-locale'],
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals);
    const body = within(canvasElement.ownerDocument.body);
    within(canvasElement).getByRole('button', { name: t.columnsMenu }).focus();
    await userEvent.keyboard('{Enter}');
    const menu = await body.findByRole('menu');
    const items = within(menu).getAllByRole('menuitemcheckbox');
    await expect(items.map((item) => item.textContent.replace('✓', ''))).toEqual([
      t.columns.time,
      t.columns.status,
      t.columns.code,
      t.columns.title,
      t.columns.category,
      t.columns.source,
      t.columns.correlationId,
    ]);
    for (const item of items) await expect(item).toHaveAttribute('aria-checked', 'true');
    await waitFor(() => expect(items[0]).toHaveFocus());
  },
};
/** A row expanded: its fix below it, and the button says so. */
export const ExpandedRow: Story = {
  tags: ['pseudo-locale'],
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals);
    const canvas = within(canvasElement);
    const expand = within(dataRows(canvasElement)[1]!).getByRole('button');
    await expect(expand).toHaveAccessibleName(t.showFix('Organization registration ID information is missing'));
    await expect(expand).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(expand);
    await expect(expand).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByRole('heading', { level: 3, name: t.fixHeading })).toBeVisible();
    await expect(canvas.getByRole('table')).toHaveAttribute('aria-rowcount', String(session.length + 2));
    await expect(
      canvas.getByText(/Organization registration ID information is missing/, {
        selector: '.pce-table__summary-title',
      }),
    ).toBeVisible();
  },
};
export const Empty: Story = {
  args: { errors: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('No errors yet.')).toBeVisible();
    await expect(within(canvasElement).getByRole('table')).toHaveAttribute('aria-rowcount', '1');
  },
};
export const NothingMatches: Story = {
  args: { defaultGlobalFilter: 'no such error anywhere' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('No rows match the search and filters.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(canvas.getByRole('table')).toHaveAttribute('aria-rowcount', String(session.length + 1)));
    await expect(dataRows(canvasElement).length).toBeGreaterThan(10);
    await expect(canvas.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
  },
};
export const HundredThousandRows: Story = {
  // Generated when the story renders, not when the file is imported (every story of the file would pay for it).
  loaders: [async () => ({ errors: generateErrors(100_000) })],
  args: { getRowId: byRequestId },
  render: (args, { loaded }) => <ErrorTable {...args} errors={loaded.errors as PartnerCenterError[]} />,
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table');
    await expect(table).toHaveAttribute('aria-rowcount', '100001');
    // The virtualizer renders rows once it has measured the scroll container.
    await waitFor(() => expect(dataRows(canvasElement).length).toBeGreaterThan(0));
    await expect(dataRows(canvasElement).length).toBeLessThan(60);
    // Keyboard to the last of 100,000 rows: it is rendered, focused, and knows its true position.
    await userEvent.click(within(dataRows(canvasElement)[0]!).getAllByRole('cell')[2]!);
    await expect(dataRows(canvasElement)[0]).toHaveFocus();
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(canvasElement.ownerDocument.activeElement).toHaveAttribute('aria-rowindex', '100001'));
    await expect(dataRows(canvasElement).length).toBeLessThan(60);
  },
};

/** A live log: errors arrive while the user works in the table; the focused row keeps focus as rows are added above it. */
function LiveLog(args: ErrorTableProps) {
  const [errors, setErrors] = useState(() => generateErrors(12));
  return (
    <>
      <button
        type="button"
        className="pce-button"
        onClick={() => setErrors((current) => [...current, ...nextErrors(current)])}
      >
        Receive an error
      </button>
      <ErrorTable {...args} errors={errors} />
    </>
  );
}
export const LiveLogAppendingRows: Story = {
  args: { getRowId: byRequestId, defaultSorting: [{ id: 'time', desc: true }] },
  render: (args) => <LiveLog {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table');
    const receive = canvas.getByRole('button', { name: 'Receive an error' });
    await userEvent.click(receive);
    await expect(table).toHaveAttribute('aria-rowcount', '14');
    await expect(receive).toHaveFocus();
    // The user moves to the second row with the keyboard.
    await userEvent.click(within(dataRows(canvasElement)[0]!).getAllByRole('cell')[2]!);
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(canvasElement.ownerDocument.activeElement).toHaveAttribute('aria-rowindex', '3'));
    const focused = canvasElement.ownerDocument.activeElement as HTMLElement;
    const correlationId = within(focused).getAllByRole('cell').at(-1)!.textContent;
    // New errors arrive from the service (not from the user: focus is not touched), newest first, above the focused row.
    await fireEvent.click(receive);
    await fireEvent.click(receive);
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', '16'));
    const stillFocused = canvasElement.ownerDocument.activeElement as HTMLElement;
    await expect(stillFocused).toHaveAttribute('data-row-index');
    await expect(stillFocused).toHaveTextContent(correlationId);
    await expect(stillFocused).toHaveAttribute('aria-rowindex', '5');
  },
};

/** An Arabic portal: strings, catalog titles and the service's descriptions in Arabic, laid out right to left. */
export const RightToLeft: Story = {
  args: { errors: arabicErrors(), lang: 'ar', dir: 'rtl' },
  decorators: [inLocale({ locale: 'ar', messages: arabicMessages, catalogText: arabicCatalogText })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table', { name: 'الأخطاء' });
    await expect(getComputedStyle(table).direction).toBe('rtl');
    // The first column (time) starts at the right.
    const time = canvas.getByRole('columnheader', { name: 'الوقت' }).getBoundingClientRect();
    const status = canvas.getByRole('columnheader', { name: 'الحالة' }).getBoundingClientRect();
    await expect(time.left).toBeGreaterThan(status.left);
    await expect(canvas.getByRole('cell', { name: 'الاشتراك غير موجود.' })).toBeVisible();
    await expect(canvas.getByRole('searchbox', { name: 'بحث' })).toBeVisible();
  },
};

/** The pseudo-locale: headers, toolbar, chips and counts through the messages; catalog titles stay as documented. */
export const PseudoLocale: Story = {
  globals: { locale: 'pseudo' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const t = pseudoMessages;
    await expect(canvas.getByRole('table', { name: t.tableLabel })).toBeVisible();
    await expect(canvas.getByRole('searchbox', { name: t.search })).toHaveAttribute('placeholder', t.searchPlaceholder);
    await expect(canvas.getByRole('columnheader', { name: t.columns.correlationId })).toBeVisible();
    await expect(await canvas.findByRole('group', { name: t.categoryFilter })).toBeVisible();
    await expect(canvas.getByRole('button', { name: t.columnsMenu })).toBeVisible();
  },
};

/** Search and sort kept by the caller, as a portal keeps them in its URL. */
export const Controlled: Story = {
  render: function Render(args) {
    const [globalFilter, setGlobalFilter] = useState('40');
    const [sorting, setSorting] = useState([{ id: 'time', desc: true }]);
    return (
      <>
        <p>
          URL state:{' '}
          <code>
            ?q={globalFilter}&amp;sort={sorting.map((sort) => `${sort.id}:${sort.desc ? 'desc' : 'asc'}`).join(',')}
          </code>
        </p>
        <ErrorTable
          {...args}
          globalFilter={globalFilter}
          onGlobalFilterChange={setGlobalFilter}
          sorting={sorting}
          onSortingChange={setSorting}
        />
      </>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('searchbox', { name: 'Search' })).toHaveValue('40');
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search' }), '4');
    await userEvent.click(canvas.getByRole('button', { name: 'Code' }));
    await expect(canvas.getByText('?q=404&sort=code:asc')).toBeVisible();
  },
};
