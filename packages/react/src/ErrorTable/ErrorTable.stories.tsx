import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { generateErrors } from '../../test/stories-data';
import { storyErrors } from '../../test/story-errors';
import { ErrorTable } from './ErrorTable';

const session = Object.values(storyErrors).map((make) => make());
const hundredThousand = generateErrors(100_000);

const meta = {
  title: 'Components/ErrorTable',
  component: ErrorTable,
  args: { errors: session, onSelect: fn() },
} satisfies Meta<typeof ErrorTable>;
export default meta;
type Story = StoryObj<typeof meta>;

export const SessionLog: Story = {};
export const Sorted: Story = {
  args: { defaultSorting: [{ id: 'status', desc: true }] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('columnheader', { name: /Status/ })).toHaveAttribute('aria-sort', 'descending');
  },
};
export const Searched: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search' }), 'subscription');
    await waitFor(() => expect(canvas.getByText(/of \d+ rows/, { selector: '[role="status"]' })).toBeInTheDocument());
  },
};
export const ExpandedFix: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getAllByRole('button', { name: /Show the fix for/ })[1]!);
    await expect(canvas.getByRole('region', { name: 'How to fix it' })).toBeVisible();
  },
};
export const Empty: Story = { args: { errors: [] } };
export const NothingMatches: Story = { args: { defaultGlobalFilter: 'no such error anywhere' } };
export const HundredThousandRows: Story = {
  args: { errors: hundredThousand, getRowId: (error) => error.requestId ?? error.receivedAt },
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table');
    await expect(table).toHaveAttribute('aria-rowcount', '100001');
    await expect(within(table).getAllByRole('row').length).toBeLessThan(60);
  },
};

/** Search and sort kept by the caller, as a portal keeps them in its URL. */
export const Controlled: Story = {
  render: (args) => {
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
        <ErrorTable {...args} globalFilter={globalFilter} onGlobalFilterChange={setGlobalFilter} sorting={sorting} onSortingChange={setSorting} />
      </>
    );
  },
};
