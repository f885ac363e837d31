// The banner with a cancelled request, and with props that are typed right but odd: it never throws,
// never alarms about a cancellation, and never leaves Retry disabled for good.
import { diagnosticsText, networkError, type PartnerCenterError } from '@pc-errors/error-catalog';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import { notFound, throttled } from '../../test/fixtures';
import { I18nProvider } from '../i18n/I18nProvider';
import { ErrorBanner } from './ErrorBanner';

const cancelled = () => networkError(new DOMException('signal is aborted without reason', 'AbortError'));

describe('ErrorBanner for a request the user cancelled', () => {
  it('says so politely and calmly: a status, not an alert, and no technical cause', async () => {
    const { container } = render(<ErrorBanner error={cancelled()} onRetry={() => {}} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const status = screen.getAllByRole('status')[0]!;
    expect(await within(status).findByRole('heading', { level: 2 })).toHaveTextContent('Notice: Request cancelled');
    expect(status).toHaveTextContent('No answer arrived before the request was cancelled.');
    expect(status).not.toHaveTextContent('AbortError');
    const banner = screen.getByRole('region', { name: /Request cancelled/ });
    expect(banner).toHaveAttribute('data-category', 'cancelled');
    expect(banner).toHaveAttribute('data-severity', 'info');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('offers to send it again at once: no countdown, whatever the error says', async () => {
    const onRetry = vi.fn();
    const error = { ...cancelled(), retryAfterSeconds: 600 };
    render(<ErrorBanner error={error} onRetry={onRetry} />);
    const retry = screen.getByRole('button', { name: 'Retry' });
    expect(retry).not.toHaveAttribute('aria-disabled');
    expect(screen.queryByText(/Retry available in/)).not.toBeInTheDocument();
    await userEvent.click(retry);
    expect(onRetry).toHaveBeenCalledWith(error);
  });

  it('takes its title and words from the messages', async () => {
    render(
      <I18nProvider messages={{ cancelledTitle: 'Anfrage abgebrochen', cancelledDescription: 'Keine Antwort.' }}>
        <ErrorBanner error={cancelled()} />
      </I18nProvider>,
    );
    expect(await screen.findByRole('heading')).toHaveTextContent('Anfrage abgebrochen');
    expect(screen.getByText('Keine Antwort.')).toBeInTheDocument();
  });

  it('still copies the cause into the ticket', async () => {
    const user = userEvent.setup();
    render(<ErrorBanner error={cancelled()} />);
    await user.click(screen.getByRole('button', { name: 'Copy details' }));
    // The ticket writer loads on first need: the copy is done when the banner says so.
    expect(await screen.findByText('Details copied to the clipboard.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toMatch(/Category: cancelled[\s\S]*AbortError/);
  });
});

describe('ErrorBanner with odd but typed props', () => {
  it.each([Number.NaN, -5, Number.POSITIVE_INFINITY, 1e308])(
    'never leaves Retry disabled for good: retryAfterSeconds %s',
    (seconds) => {
      render(<ErrorBanner error={{ ...throttled(), retryAfterSeconds: seconds }} onRetry={() => {}} />);
      expect(screen.queryByText(/NaN|Infinity|e\+/)).not.toBeInTheDocument();
      const retry = screen.getByRole('button', { name: 'Retry' });
      // A finite wait is counted down (at most the 7 days the parser allows); anything else is no wait.
      if (Number.isFinite(seconds) && seconds > 0)
        expect(screen.getByText(/Retry available in \d+ s/)).toBeInTheDocument();
      else expect(retry).not.toHaveAttribute('aria-disabled');
    },
  );

  it('shows a severity it does not know as an error', async () => {
    render(<ErrorBanner error={{ ...notFound(), severity: 'fatal' as never }} />);
    expect(await within(screen.getByRole('alert')).findByRole('heading')).toHaveTextContent(/^Error: /);
  });

  it('shows a time it cannot read as given, and a time in a locale the browser refuses in English', async () => {
    const { unmount } = render(<ErrorBanner error={{ ...notFound(), receivedAt: 'yesterday' }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Details' }));
    expect(screen.getByText('Time').nextElementSibling).toHaveTextContent('yesterday');
    unmount();
    render(
      <I18nProvider locale="en_US">
        <ErrorBanner error={{ ...notFound(), receivedAt: '2026-11-24T10:00:00.000Z' }} />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Details' }));
    expect(screen.getByText('Time').nextElementSibling).toHaveTextContent(/2026.*\(2026-11-24T10:00:00\.000Z\)/);
  });

  it('copies a short, masked ticket for the worst error a caller can build', async () => {
    const secret = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlX3NlY3JldA';
    const worst: PartnerCenterError = {
      ...notFound(),
      description: `Bearer ${secret} `.repeat(1_000),
      data: [Array.from({ length: 10_000 }, () => ({ password: secret, note: '-eyJ'.repeat(1000) }))],
    };
    const user = userEvent.setup();
    render(<ErrorBanner error={worst} />);
    await user.click(screen.getByRole('button', { name: 'Copy details' }));
    await waitFor(() => expect(screen.getByText('Details copied to the clipboard.')).toBeInTheDocument());
    const ticket = await navigator.clipboard.readText();
    expect(ticket).toBe(diagnosticsText(worst));
    expect(ticket.length).toBeLessThan(5000);
    expect(ticket).not.toContain('c2lnbmF0dXJl');
  });
});
