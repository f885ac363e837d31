import { catalog } from '@pc-errors/error-catalog';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { fakeTableLayout } from '../../test/layout';
import { ErrorCatalogTable } from './ErrorCatalogTable';

let layout: ReturnType<typeof fakeTableLayout>;
beforeEach(() => (layout = fakeTableLayout()));
afterEach(() => layout.mockRestore());

describe('ErrorCatalogTable', () => {
  it('browses every documented entry, virtualized', async () => {
    const { container } = render(<ErrorCatalogTable />);
    const table = screen.getByRole('table', { name: 'Documented Partner Center errors' });
    expect(table).toHaveAttribute('aria-rowcount', String(catalog.length + 1));
    const rendered = within(table)
      .getAllByRole('row')
      .filter((row) => row.hasAttribute('data-row-index'));
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(40);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('finds an entry by the words of its fix and fields, and expands it', async () => {
    const user = userEvent.setup();
    render(<ErrorCatalogTable />);
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'billingProfile.defaultAddress.phoneNumber');
    const rows = screen.getAllByRole('row').filter((row) => row.hasAttribute('data-row-index'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('600051');
    await user.click(within(rows[0]!).getByRole('button', { name: /Show the fix for 600051/ }));
    expect(screen.getByRole('heading', { name: 'How to fix it' }).closest('tr')).toHaveTextContent('Armenia');
  });

  it('tells the two entries of code 2006 apart', async () => {
    const user = userEvent.setup();
    render(<ErrorCatalogTable defaultGlobalFilter="2006" />);
    const rows = screen.getAllByRole('row').filter((row) => row.hasAttribute('data-row-index'));
    expect(rows.map((row) => within(row).getAllByRole('cell')[2]!.textContent)).toEqual([
      '400 BadRequest',
      '403 Forbidden',
    ]);
    await user.click(
      within(await screen.findByRole('group', { name: 'HTTP status' })).getByRole('button', { name: /^403/ }),
    );
    expect(screen.getAllByRole('row').filter((row) => row.hasAttribute('data-row-index'))).toHaveLength(1);
  });

  it('fits the longest code, a Microsoft Entra one, and filters by where an entry is documented', async () => {
    const user = userEvent.setup();
    const { container } = render(<ErrorCatalogTable />);
    const longest = catalog.reduce((a, b) => (b.code.length > a.code.length ? b : a)).code;
    expect(longest).toMatch(/^AADSTS\d{7}$/);
    const codeWidth = container.querySelector('col[data-column="code"]')!.getAttribute('style');
    expect(codeWidth).toContain(`${longest.length}ch`);
    const origins = await screen.findByRole('group', { name: 'Documented in' });
    const identity = within(origins).getByRole('button', { name: /^Microsoft Entra sign-in/ });
    await user.click(identity);
    expect(identity).toHaveAttribute('aria-pressed', 'true');
    const rows = screen.getAllByRole('row').filter((row) => row.hasAttribute('data-row-index'));
    for (const row of rows) expect(row).toHaveTextContent(/AADSTS\d+.*Microsoft Entra sign-in/);
    const count = catalog.filter((entry) => entry.origin === 'identity').length;
    expect(identity).toHaveTextContent(String(count));
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', String(count + 1));
    expect(await axe(container)).toHaveNoViolations();
  });
});
