import type { PartnerCenterError } from '@pc-errors/error-catalog';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import { inProgress, missingRegistration, notFound, offline, pcError, throttled, unauthorized } from '../../test/fixtures';
import { fakeTableLayout } from '../../test/layout';
import { ErrorTable } from './ErrorTable';

let layout: ReturnType<typeof fakeTableLayout>;
beforeEach(() => (layout = fakeTableLayout()));
afterEach(() => layout.mockRestore());

function log(): PartnerCenterError[] {
  const errors = [notFound(), throttled(), inProgress(), unauthorized(), missingRegistration(), offline()];
  return errors.map((error, index) => ({ ...error, receivedAt: new Date(Date.UTC(2026, 10, 24, 10, index)).toISOString(), correlationId: `corr-${index}` }));
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
    const expand = screen.getByRole('button', { name: 'Show the fix for Organization registration ID information is missing' });
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

  it('keeps focus on the same error when a live log appends rows', async () => {
    function Live() {
      const [errors, setErrors] = useState(log);
      return (
        <>
          <button type="button" onClick={() => setErrors((current) => [pcError(500, '800003', 'Unexpected service error'), ...current])}>
            add
          </button>
          <ErrorTable errors={errors} getRowId={(error) => error.correlationId ?? error.receivedAt} />
        </>
      );
    }
    render(<Live />);
    const second = bodyRows()[1]!;
    act(() => second.focus());
    act(() => screen.getByRole('button', { name: 'add' }).click());
    act(() => second.focus());
    expect(bodyRows()).toHaveLength(7);
    expect(bodyRows().find((row) => row.tabIndex === 0)).toBe(second);
  });

  it('hides and shows columns from the Columns menu', async () => {
    const user = userEvent.setup();
    render(<ErrorTable errors={log()} />);
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: /Source/ }));
    expect(screen.queryByRole('columnheader', { name: /Source/ })).not.toBeInTheDocument();
  });

  it('can be controlled: search and sort live in the caller (e.g. the URL)', async () => {
    const user = userEvent.setup();
    const onGlobalFilterChange = vi.fn();
    const onSortingChange = vi.fn();
    render(
      <ErrorTable
        errors={log()}
        globalFilter="401"
        onGlobalFilterChange={onGlobalFilterChange}
        sorting={[{ id: 'status', desc: false }]}
        onSortingChange={onSortingChange}
      />,
    );
    expect(statuses()).toEqual(['401']);
    await user.type(screen.getByRole('searchbox'), 'x');
    expect(onGlobalFilterChange).toHaveBeenCalledWith('401x');
    expect(statuses()).toEqual(['401']);
    await user.click(within(screen.getByRole('columnheader', { name: /Code/ })).getByRole('button'));
    expect(onSortingChange).toHaveBeenCalled();
  });

  it('shows an empty state', async () => {
    const { container } = render(<ErrorTable errors={[]} />);
    expect(screen.getByText('No errors yet.')).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });
});
