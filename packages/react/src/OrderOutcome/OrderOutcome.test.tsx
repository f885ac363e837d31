import type { PartnerCenterError } from '@pc-errors/error-catalog';
import { render, screen, waitFor, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { pcError } from '../../test/fixtures';
import type { ErrorFacts } from '../errorFacts';
import { I18nProvider } from '../i18n/I18nProvider';
import { pseudoMessages } from '../i18n/messages';
import { OrderOutcome } from './OrderOutcome';

const items = [
  { id: 1, label: 'Microsoft 365 E3 × 25', orderGroup: '0' },
  { id: 2, label: 'Azure plan', orderGroup: '0' },
  { id: 3, label: 'Teams Phone Standard × 10', orderGroup: '1' },
  { id: 4, label: 'Visio Plan 2 × 3', orderGroup: '1' },
  { id: 5, label: 'Power BI Pro × 40', orderGroup: '1' },
];
/** A failed line item (or order group) of a checkout, as the catalog's checkout reader makes it. */
const failed = (lineItem: ErrorFacts['lineItem'], code = '10002', description = 'Not enough quota available.') =>
  ({ ...pcError(200, code, description), lineItem }) satisfies PartnerCenterError & ErrorFacts;

const list = (name: string) => screen.getByRole('list', { name });
/** The list's own items, not those of lists inside them. */
const entries = (name: string) =>
  within(list(name))
    .getAllByRole('listitem')
    .filter((item) => item.parentElement === list(name));

describe('OrderOutcome', () => {
  it('shows a partial success as such: a summary, what did not go through with its fix, and what did', async () => {
    const errors = [failed({ lineItemId: 2 }), failed({ lineItemId: 4 }, '10001', "Catalog item ID isn't valid")];
    const { container } = render(<OrderOutcome items={items} errors={errors} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Order result' })).toBeInTheDocument();
    const status = screen.getByRole('status');
    // Mounted in the browser: the region first, its text a frame later, so that it is announced.
    expect(status).toBeEmptyDOMElement();
    await waitFor(() => expect(status).toHaveTextContent('3 of 5 items ordered; 2 need attention.'));
    expect(screen.getByRole('heading', { level: 3, name: 'Not ordered' })).toBeInTheDocument();
    const failures = entries('Not ordered');
    expect(failures.map((item) => within(item).getByRole('heading', { level: 4 }).textContent)).toEqual([
      'Azure plan',
      'Visio Plan 2 × 3',
    ]);
    expect(failures[0]).toHaveTextContent('Not enough quota available');
    expect(within(failures[0]!).getByRole('heading', { level: 5, name: 'How to fix it' })).toBeInTheDocument();
    expect(within(failures[1]!).getByText("Catalog item ID isn't valid")).toBeInTheDocument();
    expect(entries('Ordered').map((item) => item.textContent)).toEqual([
      'Microsoft 365 E3 × 25',
      'Teams Phone Standard × 10',
      'Power BI Pro × 40',
    ]);
    expect(screen.getByRole('region', { name: 'Order result' })).toHaveAttribute('data-state', 'partial');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('says when everything went through, with no list of failures', async () => {
    const { container } = render(<OrderOutcome items={items.slice(0, 3)} errors={[]} />);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('All 3 items ordered.'));
    expect(screen.queryByRole('list', { name: 'Not ordered' })).not.toBeInTheDocument();
    expect(entries('Ordered')).toHaveLength(3);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('says when nothing went through', async () => {
    const errors = items.slice(0, 2).map((item) => failed({ lineItemId: item.id }));
    render(<OrderOutcome items={items.slice(0, 2)} errors={errors} />);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('None of the 2 items was ordered.'));
    expect(screen.queryByRole('list', { name: 'Ordered' })).not.toBeInTheDocument();
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'failed');
  });

  it('shows an order group that failed as a whole once, with the items in it', async () => {
    const { container } = render(<OrderOutcome items={items} errors={[failed({ orderGroupId: '1' })]} />);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('2 of 5 items ordered; 3 need attention.'),
    );
    const [group] = entries('Not ordered');
    expect(within(group!).getByRole('heading', { level: 4 })).toHaveTextContent('Order group 1');
    const groupItems = within(group!).getAllByRole('list')[0]!;
    expect(
      within(groupItems)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Teams Phone Standard × 10', 'Visio Plan 2 × 3', 'Power BI Pro × 40']);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('counts nothing as ordered when an error names no line item (the call itself failed)', async () => {
    const errors = [pcError(400, '800060', 'Your order is in progress.'), failed({ lineItemId: 9 })];
    render(<OrderOutcome items={items.slice(0, 2)} errors={errors} />);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'None of the 2 items was ordered. 2 problems concern the order as a whole.',
      ),
    );
    const names = entries('Not ordered').map((item) => within(item).getAllByRole('heading')[0]!.textContent);
    expect(names).toEqual(['The order', 'Line item 9']);
  });

  it('says its summary again only when the outcome changes', async () => {
    const errors = [failed({ lineItemId: 2 })];
    const { rerender } = render(<OrderOutcome items={items} errors={errors} />);
    const status = screen.getByRole('status');
    await waitFor(() => expect(status).not.toBeEmptyDOMElement());
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(status, { subtree: true, childList: true, characterData: true });
    rerender(<OrderOutcome items={items} errors={errors} className="again" />);
    expect(observer.takeRecords()).toHaveLength(0);
    rerender(<OrderOutcome items={items} errors={[]} />);
    expect(observer.takeRecords().length).toBeGreaterThan(0);
    observer.disconnect();
  });

  it('is in the server HTML whole, summary included', () => {
    const html = renderToString(<OrderOutcome items={items} errors={[failed({ lineItemId: 2 })]} />);
    expect(html).toContain('4 of 5 items ordered; 1 needs attention.');
    expect(html).toContain('Azure plan');
  });

  it('takes every string from its provider', async () => {
    render(
      <I18nProvider messages={pseudoMessages}>
        <OrderOutcome items={items} errors={[failed({ orderGroupId: '1' })]} />
      </I18nProvider>,
    );
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^\[.*·+\]$/));
    for (const heading of screen.getAllByRole('heading').filter((h) => !h.closest('li') || h.tagName === 'H4'))
      expect(heading.textContent).toMatch(/^\[.*·+\]$/);
  });
});
