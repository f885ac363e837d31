import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ErrorCatalogTable } from './ErrorCatalogTable';

const meta = { title: 'Components/ErrorCatalogTable', component: ErrorCatalogTable } satisfies Meta<typeof ErrorCatalogTable>;
export default meta;
type Story = StoryObj<typeof meta>;

export const EveryDocumentedError: Story = {};
export const SearchTransfers: Story = { args: { defaultGlobalFilter: 'transfer' } };
export const AmbiguousCode: Story = {
  args: { defaultGlobalFilter: '2006' },
  play: async ({ canvasElement }) => {
    const rows = within(canvasElement)
      .getAllByRole('row')
      .filter((row) => row.hasAttribute('data-row-index'));
    await expect(rows).toHaveLength(2);
    await userEvent.click(within(rows[1]!).getByRole('button', { name: /Show the fix/ }));
    await expect(within(canvasElement).getByRole('region', { name: 'How to fix it' })).toBeVisible();
  },
};
export const RetryableOnly: Story = { args: { defaultSorting: [{ id: 'retryable', desc: true }] } };
