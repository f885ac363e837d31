import { catalog } from '@pc-errors/error-catalog';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { messagesFor } from '../../test/stories-data';
import { pseudoMessages } from '../i18n/messages';
import { ErrorCatalogTable } from './ErrorCatalogTable';

const meta = { title: 'Components/ErrorCatalogTable', component: ErrorCatalogTable } satisfies Meta<
  typeof ErrorCatalogTable
>;
export default meta;
type Story = StoryObj<typeof meta>;

const dataRows = (canvasElement: HTMLElement) =>
  within(canvasElement)
    .getAllByRole('row')
    .filter((row) => row.hasAttribute('data-row-index'));

export const EveryDocumentedError: Story = {
  tags: ['pseudo-locale'],
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals);
    const table = within(canvasElement).getByRole('table', { name: t.catalogTableLabel });
    await expect(table).toHaveAttribute('aria-rowcount', String(catalog.length + 1));
    await expect(within(canvasElement).getByRole('columnheader', { name: t.columns.retryable })).toBeVisible();
  },
};
export const SearchTransfers: Story = {
  args: { defaultGlobalFilter: 'transfer' },
  play: async ({ canvasElement }) => {
    const count = within(canvasElement).getByText(new RegExp(`^\\d+ of ${catalog.length} rows$`));
    const shown = Number.parseInt(count.textContent, 10);
    await expect(shown).toBeGreaterThan(0);
    await expect(within(canvasElement).getByRole('table')).toHaveAttribute('aria-rowcount', String(shown + 1));
    for (const row of dataRows(canvasElement)) await expect(row).toHaveTextContent(/transfer/i);
  },
};
export const AmbiguousCode: Story = {
  args: { defaultGlobalFilter: '2006' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const rows = dataRows(canvasElement);
    // A code is not a key: 2006 is documented with 403 and with 400.
    await expect(rows).toHaveLength(2);
    const expand = within(rows[1]!).getByRole('button', { name: /Show the fix for 2006 \(HTTP \d{3}\)/ });
    await userEvent.click(expand);
    await expect(expand).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByRole('heading', { level: 3, name: 'How to fix it' })).toBeVisible();
  },
};
export const RetryableOnly: Story = {
  args: { defaultSorting: [{ id: 'retryable', desc: true }] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('columnheader', { name: /Retryable/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(within(dataRows(canvasElement)[0]!).getByRole('cell', { name: 'Yes' })).toBeVisible();
  },
};
/** Filtered by category: the chip is pressed and the result count is said politely. */
export const FilteredByCategory: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const categories = await canvas.findByRole('group', { name: 'Category' });
    const chip = within(categories).getByRole('button', { name: /^Sign-in\b/ });
    await userEvent.click(chip);
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    const live = canvasElement.querySelector('[data-slot="data-table"] > [role="status"]')!;
    await waitFor(() => expect(live).toHaveTextContent(new RegExp(`^\\d+ of ${catalog.length} rows$`)));
    for (const row of dataRows(canvasElement)) await expect(row).toHaveTextContent('Sign-in');
  },
};
/** The pseudo-locale: column names, toolbar and the Yes/No cells through the messages; documented messages stay as written. */
export const PseudoLocale: Story = {
  globals: { locale: 'pseudo' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const t = pseudoMessages;
    await expect(canvas.getByRole('table', { name: t.catalogTableLabel })).toBeVisible();
    await expect(canvas.getByRole('columnheader', { name: t.columns.message })).toBeVisible();
    await expect(canvas.getAllByRole('cell', { name: t.no }).length).toBeGreaterThan(0);
    await expect(canvas.getByText(t.resultCount(catalog.length, catalog.length))).toBeVisible();
  },
};
