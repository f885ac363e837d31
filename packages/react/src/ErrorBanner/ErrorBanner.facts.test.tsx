// What the catalog found out about an error, as the banner says it: a code documented under another status, the
// errors a code may be, a wait of days, a wait read from the text, the line item or order group.
import type { PartnerCenterError } from '@pc-errors/error-catalog';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import { ambiguous, mismatched, throttled, waitsADay } from '../../test/fixtures';
import type { ErrorFacts } from '../errorFacts';
import { ErrorBanner } from './ErrorBanner';

/** The details' facts, label to value, once opened. */
async function openDetails(): Promise<Map<string, string>> {
  await userEvent.click(screen.getByRole('button', { name: 'Details' }));
  const terms = await screen.findAllByRole('term');
  return new Map(terms.map((term) => [term.textContent, term.nextElementSibling?.textContent ?? '']));
}

describe('ErrorBanner with a code documented under another status', () => {
  it('names the received status alone and says which status the entry is documented under', async () => {
    const { container } = render(<ErrorBanner error={mismatched()} showFix />);
    // "400 Forbidden" would lend the received status the documented one's name.
    expect(screen.getByText('400 · Error code 800089')).toBeInTheDocument();
    const facts = await openDetails();
    expect(facts.get('HTTP status')).toBe('400');
    expect(facts.get('Documented as')).toBe('403 Forbidden');
    const fix = await screen.findByRole('region', { name: 'How to fix it' });
    expect(within(fix).getByText('Documented as 403 Forbidden; received 400.')).toBeInTheDocument();
    expect(within(fix).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe('ErrorBanner with a code that may be one of several documented errors', () => {
  it("lists them in the details and gives each one's fix as a possibility", async () => {
    const { container } = render(<ErrorBanner error={ambiguous()} showFix />);
    const facts = await openDetails();
    expect(facts.get('Documented as')).toBe('400 BadRequest or 403 Forbidden');
    expect(facts.get('May be')).toBe('2006 (HTTP 400) or 2006 (HTTP 403)');
    const fix = await screen.findByRole('region', { name: 'How to fix it' });
    expect(
      within(fix).getByText(
        'Code 2006 is documented as 400 BadRequest or 403 Forbidden, not 500. It may be one of these errors:',
      ),
    ).toBeInTheDocument();
    const possibilities = within(fix).getAllByRole('heading', { level: 4 });
    expect(possibilities.map((heading) => heading.textContent)).toEqual([
      "Possibility 1 of 2: Updates on subscriptions for offer … aren't allowed",
      "Possibility 2 of 2: Partner isn't valid for offer",
    ]);
    // Each possibility has its own steps, under its heading.
    const items = within(fix)
      .getAllByRole('listitem')
      .filter((item) => item.querySelector('h4'));
    for (const item of items) expect(within(item).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe('ErrorBanner with a long wait', () => {
  it('says a wait of hours in words beside a Retry that is not held back', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    // Even with a Retry-After (an error built by hand): an entry with a hint is never counted down.
    const error = { ...waitsADay(), retryAfterSeconds: 86_400 };
    const { container } = render(<ErrorBanner error={error} onRetry={onRetry} />);
    const retry = screen.getByRole('button', { name: 'Retry' });
    expect(retry).not.toHaveAttribute('aria-disabled');
    expect(retry).toHaveAccessibleDescription('Retry later. After 24 hours.');
    expect(screen.queryByText(/Retry available in/)).not.toBeInTheDocument();
    await user.click(retry);
    expect(onRetry).toHaveBeenCalledWith(error);
    expect((await openDetails()).get('Wait before retrying')).toBe('After 24 hours');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('says in the details when the wait was read from the response text', async () => {
    const error: PartnerCenterError & ErrorFacts = { ...throttled(38), retryAfterSource: 'body' };
    render(<ErrorBanner error={error} />);
    expect((await openDetails()).get('Wait before retrying')).toBe('38 s, read from the response text');
  });
});

describe('ErrorBanner for a line item', () => {
  it('names the line item and the order group in the details', async () => {
    const error: PartnerCenterError & ErrorFacts = {
      ...waitsADay(),
      httpStatus: 200,
      lineItem: { lineItemId: 2, orderGroupId: 'og-1' },
    };
    render(<ErrorBanner error={error} />);
    const facts = await openDetails();
    expect(facts.get('Line item')).toBe('2');
    expect(facts.get('Order group')).toBe('og-1');
  });
});
