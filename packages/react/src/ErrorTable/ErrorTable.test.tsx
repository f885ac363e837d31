import type { PartnerCenterError } from '@pc-errors/error-catalog';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import {
  inProgress,
  missingRegistration,
  notFound,
  offline,
  pcError,
  throttled,
  unauthorized,
} from '../../test/fixtures';
import { fakeTableLayout } from '../../test/layout';
import { I18nProvider } from '../i18n/I18nProvider';
import { pseudoMessages } from '../i18n/messages';
import { ErrorTable } from './ErrorTable';

let layout: ReturnType<typeof fakeTableLayout>;
beforeEach(() => (layout = fakeTableLayout()));
afterEach(() => layout.mockRestore());

function log(): PartnerCenterError[] {
  const errors = [notFound(), throttled(), inProgress(), unauthorized(), missingRegistration(), offline()];
  return errors.map((error, index) => ({
    ...error,
    receivedAt: new Date(Date.UTC(2026, 10, 24, 10, index)).toISOString(),
    correlationId: `corr-${index}`,
  }));
}
const bodyRows = () => screen.getAllByRole('row').filter((row) => row.hasAttribute('data-row-index'));
const statuses = () => bodyRows().map((row) => within(row).getAllByRole('cell')[2]!.textContent);

describe('ErrorTable', () => {
  it('lists every error with its true row count for screen readers', async () => {
    const { container } = render(<ErrorTable errors={log()} />);
    const table = screen.getByRole('table', { name: 'Errors' });
    expect(table).toHaveAttribute('aria-rowcount', '7');
    expect(bodyRows()).toHaveLength(6);
    expect(bodyRows()[0]).toHaveAttribute('aria-rowindex', '2');
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Fix',
      'Time',
      'Status',
      'Code',
      'Title',
      'Category',
      'Source',
      'Correlation ID',
    ]);
    expect(screen.getByText('Subscription with ID 9f2b not found.')).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('sorts from the header button, sets aria-sort, and announces the new order', async () => {
    const user = userEvent.setup();
    render(<ErrorTable errors={log()} />);
    const header = screen.getByRole('columnheader', { name: /Status/ });
    expect(header).toHaveAttribute('aria-sort', 'none');
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(statuses()).toEqual(['429', '409', '404', '401', '400', 'No response']);
    expect(screen.getByText('Sorted by Status, descending')).toHaveAttribute('role', 'status');
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(statuses()[0]).toBe('No response');
  });

  it('filters by a search and announces the count once typing settles', async () => {
    const user = userEvent.setup();
    render(<ErrorTable errors={log()} />);
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'order');
    expect(bodyRows()).toHaveLength(1);
    expect(await screen.findByText('1 of 6 rows', { selector: '[role="status"]' })).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'nothing matches this');
    expect(screen.getByText('No rows match the search and filters.')).toBeInTheDocument();
  });

  it('filters by status and category chips that say whether they are pressed', async () => {
    const user = userEvent.setup();
    render(<ErrorTable errors={log()} />);
    // The chips follow the rows' first paint.
    const statusGroup = await screen.findByRole('group', { name: 'HTTP status' });
    const chip = within(statusGroup).getByRole('button', { name: /^429/ });
    expect(chip).toHaveAttribute('aria-pressed', 'false');
    await user.click(chip);
    expect(chip).toHaveAttribute('aria-pressed', 'true');
    expect(statuses()).toEqual(['429']);
    // Facets count what the other filters leave: only the category of the 429 is still offered.
    const categories = within(screen.getByRole('group', { name: 'Category' })).getAllByRole('button');
    expect(categories.map((button) => button.textContent)).toEqual(['Limit 1']);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(bodyRows()).toHaveLength(6);
  });

  it('expands a row to show its whole text and its fix, counted as a row of its own', async () => {
    const user = userEvent.setup();
    render(<ErrorTable errors={log()} />);
    const table = screen.getByRole('table', { name: 'Errors' });
    expect(table).toHaveAttribute('aria-rowcount', '7');
    const expand = screen.getByRole('button', {
      name: 'Show the fix for Organization registration ID information is missing',
    });
    expect(expand).toHaveAttribute('aria-expanded', 'false');
    await user.click(expand);
    expect(expand).toHaveAttribute('aria-expanded', 'true');
    const fix = screen.getByRole('heading', { name: 'How to fix it' }).closest('tr')!;
    expect(fix).toHaveTextContent('organizationRegistrationNumber');
    // Screen readers count the fix's row: positions after it move down by one.
    const row = expand.closest('tr')!;
    const position = Number(row.getAttribute('aria-rowindex'));
    expect(fix).toHaveAttribute('aria-rowindex', String(position + 1));
    expect(table).toHaveAttribute('aria-rowcount', '8');
    const positions = screen.getAllByRole('row').map((candidate) => Number(candidate.getAttribute('aria-rowindex')));
    expect(positions).toEqual([1, 2, 3, 4, 5, 6, 7, 8].slice(0, positions.length));
    expect(await axe(table)).toHaveNoViolations();
  });

  it('moves focus between rows with the arrow keys, Home and End, and selects with Enter', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const errors = log();
    render(<ErrorTable errors={errors} onSelect={onSelect} />);
    const rows = bodyRows();
    expect(rows.filter((row) => row.tabIndex === 0)).toHaveLength(1);
    act(() => rows[0]!.focus());
    await user.keyboard('{ArrowDown}');
    expect(bodyRows()[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(bodyRows()[5]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(bodyRows()[0]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith(errors[0]);
    expect(bodyRows()[0]).toHaveAttribute('data-state', 'open');
  });

  it('keeps focus on the same error while a live log adds rows before and after it', async () => {
    const user = userEvent.setup();
    const arrival = (id: string) => ({ ...pcError(500, '800003', 'Unexpected service error'), correlationId: id });
    function Live() {
      const [errors, setErrors] = useState(log);
      return (
        <>
          <button
            type="button"
            onClick={() => setErrors((current) => [arrival('new-first'), ...current, arrival('new-last')])}
          >
            add
          </button>
          <ErrorTable errors={errors} getRowId={(error) => error.correlationId ?? error.receivedAt} />
        </>
      );
    }
    render(<Live />);
    act(() => bodyRows()[1]!.focus());
    expect(document.activeElement).toHaveTextContent('corr-1');
    // A click elsewhere would move focus; the log grows by itself, as a polling log does.
    act(() => screen.getByRole('button', { name: 'add' }).click());
    expect(bodyRows()).toHaveLength(8);
    expect(document.activeElement).toHaveTextContent('corr-1');
    expect(document.activeElement).toHaveAttribute('data-row-index', '2');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveTextContent('corr-2');
  });

  it('keeps a row expanded, and focus on its row, while a live log sorted newest first appends rows', async () => {
    const user = userEvent.setup();
    const arrival = (minute: number) => ({
      ...pcError(500, '800003', 'Unexpected service error'),
      receivedAt: new Date(Date.UTC(2026, 10, 24, 11, minute)).toISOString(),
      correlationId: `new-${minute}`,
    });
    function Live() {
      const [errors, setErrors] = useState(log);
      return (
        <>
          <button type="button" onClick={() => setErrors((current) => [...current, arrival(current.length)])}>
            add
          </button>
          <ErrorTable
            errors={errors}
            getRowId={(error) => error.correlationId ?? error.receivedAt}
            defaultSorting={[{ id: 'time', desc: true }]}
          />
        </>
      );
    }
    render(<Live />);
    const expand = screen.getByRole('button', { name: /Show the fix for Partner Token missing/ });
    await user.click(expand);
    act(() => expand.closest('tr')!.focus());
    act(() => screen.getByRole('button', { name: 'add' }).click());
    act(() => screen.getByRole('button', { name: 'add' }).click());
    // The two new errors lead; the expanded row moved down two places and kept its fix and focus.
    expect(bodyRows()[0]).toHaveTextContent('new-7');
    const row = screen.getByRole('button', { name: /Show the fix for Partner Token missing/ }).closest('tr')!;
    expect(within(row).getByRole('button', { name: /Show the fix/ })).toHaveAttribute('aria-expanded', 'true');
    expect(row).toHaveFocus();
    expect(screen.getByRole('heading', { name: 'How to fix it' })).toBeInTheDocument();
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '10');
  });

  it('hides and shows columns from the Columns menu, whose open state passes axe', async () => {
    const user = userEvent.setup();
    render(<ErrorTable errors={log()} />);
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    const source = await screen.findByRole('menuitemcheckbox', { name: 'Source' });
    expect(source).toHaveAttribute('aria-checked', 'true');
    // Inside the table, not at the end of <body>: a theme set on any ancestor of the table reaches the menu.
    expect(screen.getByRole('menu').closest('[data-slot="data-table"]')).not.toBeNull();
    // The page-level rule that all content sits in landmarks does not apply to this bare test page.
    expect(await axe(document.body, { rules: { region: { enabled: false } } })).toHaveNoViolations();
    await user.click(source);
    expect(screen.queryByRole('columnheader', { name: /Source/, hidden: true })).not.toBeInTheDocument();
    expect(source).toHaveAttribute('aria-checked', 'false');
    await user.click(source);
    expect(source).toHaveAttribute('aria-checked', 'true');
    // The open menu hides the page from assistive tech; Escape closes it and gives focus back to its button.
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Columns' })).toHaveFocus();
    expect(screen.getByRole('columnheader', { name: /Source/ })).toBeInTheDocument();
  });

  it('can be controlled: search and sort live in the caller (e.g. the URL)', async () => {
    const user = userEvent.setup();
    const onGlobalFilterChange = vi.fn();
    const onSortingChange = vi.fn();
    const props = { errors: log(), onGlobalFilterChange, onSortingChange };
    const { rerender } = render(<ErrorTable {...props} globalFilter="40" sorting={[{ id: 'status', desc: true }]} />);
    expect(statuses()).toEqual(['409', '404', '401', '400']);
    await user.type(screen.getByRole('searchbox'), '9');
    expect(onGlobalFilterChange).toHaveBeenCalledWith('409');
    // Controlled: nothing changes until the caller says so.
    expect(screen.getByRole('searchbox')).toHaveValue('40');
    expect(statuses()).toEqual(['409', '404', '401', '400']);
    await user.click(within(screen.getByRole('columnheader', { name: /Status/ })).getByRole('button'));
    expect(onSortingChange).toHaveBeenLastCalledWith([{ id: 'status', desc: false }]);
    expect(statuses()).toEqual(['409', '404', '401', '400']);
    rerender(<ErrorTable {...props} globalFilter="409" sorting={[{ id: 'status', desc: false }]} />);
    expect(statuses()).toEqual(['409']);
    rerender(<ErrorTable {...props} globalFilter="40" sorting={[{ id: 'status', desc: false }]} />);
    expect(statuses()).toEqual(['400', '401', '404', '409']);
  });

  it('starts from a default search and order, then keeps its own state', async () => {
    const user = userEvent.setup();
    render(<ErrorTable errors={log()} defaultGlobalFilter="40" defaultSorting={[{ id: 'status', desc: true }]} />);
    expect(statuses()).toEqual(['409', '404', '401', '400']);
    await user.type(screen.getByRole('searchbox'), '4');
    expect(statuses()).toEqual(['404']);
  });

  it('announces the count after a facet filter, and when the filters are cleared; focus goes to the search box', async () => {
    const user = userEvent.setup();
    const { container } = render(<ErrorTable errors={log()} />);
    const live = screen.getByText('', { selector: '.pce-table [role="status"]' });
    await user.click(
      within(await screen.findByRole('group', { name: 'HTTP status' })).getByRole('button', { name: /^404/ }),
    );
    await waitFor(() => expect(live).toHaveTextContent('1 of 6 rows'));
    expect(await axe(container)).toHaveNoViolations();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(live).toHaveTextContent('6 rows'));
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveFocus();
  });

  it('says when sorting is cleared, and the sorted state passes axe', async () => {
    const user = userEvent.setup();
    const { container } = render(<ErrorTable errors={log()} />);
    const sort = within(screen.getByRole('columnheader', { name: /Code/ })).getByRole('button');
    await user.click(sort);
    await user.click(sort);
    expect(await axe(container)).toHaveNoViolations();
    await user.click(sort);
    expect(screen.getByRole('columnheader', { name: /Code/ })).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByText('Sorting cleared')).toHaveAttribute('role', 'status');
  });

  it('shows every string of the pseudo-locale, with none left in English', async () => {
    render(
      <I18nProvider messages={pseudoMessages}>
        <ErrorTable errors={log()} />
      </I18nProvider>,
    );
    const groups = await screen.findAllByRole('group', { name: /^\[.*·+\]$/ });
    expect(groups).toHaveLength(2);
    for (const header of screen.getAllByRole('columnheader')) expect(header.textContent).toMatch(/^\[.*·+\]$/);
    // Status chips show numbers; every other button shows or is named by a string.
    const buttons = screen.getAllByRole('button').filter((button) => !groups[0]!.contains(button));
    for (const button of buttons) expect(button.getAttribute('aria-label') ?? button.textContent).toMatch(/\[.*·/);
    expect(screen.getByRole('searchbox')).toHaveAccessibleName(/^\[.*·+\]$/);
  });

  it.each(['en_US', 'x-invalid-tag-that-is-far-too-long-to-be-one'])(
    'renders times and facet counts in English for a locale tag the browser refuses (%s)',
    async (locale) => {
      render(
        <I18nProvider locale={locale}>
          <ErrorTable errors={log()} />
        </I18nProvider>,
      );
      expect(screen.getByRole('table', { name: 'Errors' })).toHaveAttribute('aria-rowcount', '7');
      expect(within(bodyRows()[0]!).getAllByRole('cell')[1]).toHaveTextContent(/^11\/24\/26, \d+:00:00\s?[AP]M$/);
      const statusGroup = await screen.findByRole('group', { name: 'HTTP status' });
      expect(within(statusGroup).getByRole('button', { name: '404 1' })).toBeInTheDocument();
    },
  );

  it('shows an empty state', async () => {
    const { container } = render(<ErrorTable errors={[]} />);
    expect(screen.getByText('No errors yet.')).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });
});
