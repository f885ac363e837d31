// What the catalog found out about an error, in the log: a code documented under another status, in words in the
// status cell and found by a search; a code that may be one of several errors, counted in the title cell.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { ambiguous, mismatched, notFound } from '../../test/fixtures';
import { fakeTableLayout } from '../../test/layout';
import { ErrorTable } from './ErrorTable';

let layout: ReturnType<typeof fakeTableLayout>;
beforeEach(() => (layout = fakeTableLayout()));
afterEach(() => layout.mockRestore());

const log = () =>
  [notFound(), mismatched(), ambiguous()].map((error, index) => ({ ...error, correlationId: `c-${index}` }));
const bodyRows = () => screen.getAllByRole('row').filter((row) => row.hasAttribute('data-row-index'));
const cell = (row: HTMLElement, column: number) => within(row).getAllByRole('cell')[column]!;

describe('ErrorTable and the lookup by code', () => {
  it('says in the status cell, in words, that the code is documented under another status', async () => {
    const { container } = render(<ErrorTable errors={log()} />);
    expect(bodyRows().map((row) => cell(row, 2).textContent)).toEqual([
      '404',
      '400 (documented 403)',
      '500 (documented 400 or 403)',
    ]);
    expect(cell(bodyRows()[2]!, 4)).toHaveTextContent(/\(2 possible errors\)$/);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('finds those rows by a search for the documented status or for what the code may be', async () => {
    const user = userEvent.setup();
    render(<ErrorTable errors={log()} />);
    const search = screen.getByRole('searchbox', { name: 'Search' });
    await user.type(search, 'documented 403');
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect(cell(bodyRows()[0]!, 3)).toHaveTextContent('800089');
    await user.clear(search);
    await user.type(search, "partner isn't valid for offer");
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect(cell(bodyRows()[0]!, 3)).toHaveTextContent('2006');
  });

  it('shows the possible errors with their fixes in the expanded row', async () => {
    const user = userEvent.setup();
    render(<ErrorTable errors={log()} />);
    await user.click(within(bodyRows()[2]!).getByRole('button', { name: /^Show the fix for/ }));
    const expansion = screen.getByText(/It may be one of these errors:/).closest('tr')!;
    expect(
      within(expansion)
        .getAllByRole('heading', { level: 4 })
        .map((heading) => heading.textContent),
    ).toEqual([
      "Possibility 1 of 2: Updates on subscriptions for offer … aren't allowed",
      "Possibility 2 of 2: Partner isn't valid for offer",
    ]);
  });
});
