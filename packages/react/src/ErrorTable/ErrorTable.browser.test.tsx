// What jsdom cannot show: real layout, real scrolling of the virtual rows, focus that survives it, and hydration.
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { describe, expect, it, vi } from 'vitest';
import { generateErrors } from '../../test/stories-data';
import '@pc-errors/tokens/tokens.css';
import '../styles.css';
import { ErrorTable } from './ErrorTable';

const errors = generateErrors(100_000);
const rowId = (error: { requestId?: string }, index: number) => error.requestId ?? String(index);

describe('ErrorTable with 100,000 rows in a real browser', () => {
  it('renders a window of rows, tells screen readers the true size, and scrolls to the end', async () => {
    const screen = await render(<ErrorTable errors={errors} getRowId={rowId} height={400} />);
    const table = screen.getByRole('table', { name: 'Errors' });
    await expect.element(table).toHaveAttribute('aria-rowcount', '100001');
    const rendered = () => document.querySelectorAll('tr[data-row-index]');
    expect(rendered().length).toBeGreaterThan(5);
    expect(rendered().length).toBeLessThan(40);
    const scroller = document.querySelector<HTMLElement>('.pce-table__scroll')!;
    scroller.scrollTop = scroller.scrollHeight;
    await expect.poll(() => rendered()[rendered().length - 1]?.getAttribute('aria-rowindex')).toBe('100001');
  });

  it('keeps focus on the focused row while it scrolls out of view and back', async () => {
    await render(<ErrorTable errors={errors} getRowId={rowId} height={400} />);
    const first = document.querySelector<HTMLElement>('tr[data-row-index="0"]')!;
    first.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    const focused = document.activeElement as HTMLElement;
    expect(focused.getAttribute('aria-rowindex')).toBe('4');
    const scroller = document.querySelector<HTMLElement>('.pce-table__scroll')!;
    scroller.scrollTop = scroller.scrollHeight / 2;
    const farAway = () =>
      [...document.querySelectorAll('tr[data-row-index]')].some(
        (row) => Number(row.getAttribute('data-row-index')) > 40_000,
      );
    await expect.poll(farAway).toBe(true);
    expect(document.activeElement).toBe(focused);
    await userEvent.keyboard('{ArrowDown}');
    await expect.poll(() => (document.activeElement as HTMLElement).getAttribute('aria-rowindex')).toBe('5');
  });

  it('pages with PageDown and jumps to the last of 100,000 rows with End', async () => {
    await render(<ErrorTable errors={errors} getRowId={rowId} height={400} />);
    document.querySelector<HTMLElement>('tr[data-row-index="0"]')!.focus();
    await userEvent.keyboard('{PageDown}');
    await expect.poll(() => (document.activeElement as HTMLElement).getAttribute('aria-rowindex')).toBe('12');
    await userEvent.keyboard('{End}');
    await expect.poll(() => (document.activeElement as HTMLElement).getAttribute('aria-rowindex')).toBe('100001');
  });

  it('filters 100,000 rows from the search box', async () => {
    const screen = await render(<ErrorTable errors={errors} getRowId={rowId} height={400} />);
    await userEvent.fill(page.getByRole('searchbox', { name: 'Search' }).element(), 'r000000ff');
    await expect.element(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '2');
  });
});

describe('ErrorTable rendered on the server, hydrated in a real browser', () => {
  it('hydrates the server rows without a mismatch, then scrolls as usual', async () => {
    const log = errors.slice(0, 5_000);
    const element = <ErrorTable errors={log} getRowId={rowId} height={400} />;
    const container = document.createElement('div');
    container.innerHTML = renderToString(element);
    document.body.append(container);
    const serverRows = [...container.querySelectorAll('tr[data-row-index]')];
    expect(serverRows.length).toBeGreaterThan(5);
    const errorsLogged = vi.spyOn(console, 'error');
    const recoverable: unknown[] = [];
    const root = hydrateRoot(container, element, { onRecoverableError: (error) => recoverable.push(error) });
    await expect.poll(() => container.querySelector('[data-slot="facet-filter"]')).not.toBeNull();
    expect(recoverable).toEqual([]);
    expect(errorsLogged).not.toHaveBeenCalled();
    // The server's rows are the ones React kept.
    expect(serverRows[0]!.isConnected).toBe(true);
    container.querySelector<HTMLElement>('.pce-table__scroll')!.scrollTop = 20_000;
    const lastShown = () =>
      Math.max(
        ...[...container.querySelectorAll<HTMLElement>('tr[data-row-index]')].map((row) =>
          Number(row.dataset.rowIndex),
        ),
      );
    await expect.poll(lastShown).toBeGreaterThan(300);
    root.unmount();
    container.remove();
    errorsLogged.mockRestore();
  });
});
