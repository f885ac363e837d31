import { diagnosticsText } from '@pc-errors/error-catalog';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { createRef } from 'react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import {
  hostile,
  inProgress,
  missingRegistration,
  notFound,
  notice,
  offline,
  pcError,
  throttled,
  unauthorized,
} from '../../test/fixtures';
import { I18nProvider } from '../i18n/I18nProvider';
import { pseudoMessages } from '../i18n/messages';
import { ErrorBanner } from './ErrorBanner';

describe('ErrorBanner', () => {
  it('announces an error as an alert, with the filled-in title and the server description as text', async () => {
    const { container } = render(<ErrorBanner error={notFound()} />);
    const alert = screen.getByRole('alert');
    // The region is there first and its text arrives a frame later: that change is what screen readers announce.
    expect(alert).toBeEmptyDOMElement();
    expect(await within(alert).findByRole('heading', { level: 2 })).toHaveTextContent(
      'Error: Subscription with ID 9f2b not found.',
    );
    expect(alert).toHaveTextContent('Subscription with ID 9f2b not found.');
    expect(screen.getByRole('region', { name: /Subscription with ID 9f2b not found/ })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('uses a polite status, not an alert, for a notice in a successful response', async () => {
    const { container } = render(<ErrorBanner error={notice()} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const status = screen.getAllByRole('status')[0]!;
    expect(status).toBeEmptyDOMElement();
    await waitFor(() => expect(status).toHaveTextContent(/Notice: Completed with a notice/));
    expect(await axe(container)).toHaveNoViolations();
  });

  it('is not a live region at all with announce="off"', () => {
    render(<ErrorBanner error={notFound()} announce="off" />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('heading')).toHaveTextContent('Subscription with ID 9f2b not found.');
  });

  it('moves focus to the banner instead of announcing it twice when focusOnMount is set', () => {
    render(<ErrorBanner error={pcError(404, '20003', 'No subscription 9f2b in this tenant.')} focusOnMount />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const banner = screen.getByRole('region', { name: /Subscription with ID … not found/ });
    expect(banner).toHaveFocus();
    // Focus reads the name; the server's own words follow as the description, once.
    expect(banner).toHaveAccessibleDescription('No subscription 9f2b in this tenant.');
  });

  it('moves focus again for a new response, not for a new object of the same one', () => {
    const error = notFound();
    const { rerender } = render(
      <>
        <button type="button">elsewhere</button>
        <ErrorBanner error={error} focusOnMount />
      </>,
    );
    screen.getByRole('button', { name: 'elsewhere' }).focus();
    rerender(
      <>
        <button type="button">elsewhere</button>
        <ErrorBanner error={{ ...error }} focusOnMount />
      </>,
    );
    expect(screen.getByRole('button', { name: 'elsewhere' })).toHaveFocus();
    rerender(
      <>
        <button type="button">elsewhere</button>
        <ErrorBanner error={{ ...error, receivedAt: '2026-11-24T10:05:00.000Z' }} focusOnMount />
      </>,
    );
    expect(screen.getByRole('region')).toHaveFocus();
  });

  it('passes its ref, className and other props to the root section', () => {
    const ref = createRef<HTMLElement>();
    render(<ErrorBanner error={notFound()} ref={ref} focusOnMount className="mine" data-testid="banner" />);
    const banner = screen.getByTestId('banner');
    expect(ref.current).toBe(banner);
    expect(banner).toHaveClass('pce-banner', 'mine');
    // The caller's ref must not replace the banner's own: focusOnMount still works.
    expect(banner).toHaveFocus();
  });

  it('does not touch the live region when it re-renders the same error, and does when the error changes', async () => {
    const error = notFound();
    const { rerender } = render(<ErrorBanner error={error} />);
    const region = screen.getByRole('alert');
    await within(region).findByRole('heading');
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(region, { subtree: true, childList: true, characterData: true });
    rerender(<ErrorBanner error={error} className="again" />);
    expect(observer.takeRecords()).toHaveLength(0);
    rerender(<ErrorBanner error={missingRegistration()} />);
    expect(observer.takeRecords().length).toBeGreaterThan(0);
    observer.disconnect();
  });

  it.each([
    ['polite', 'status', notFound],
    ['assertive', 'alert', notice],
  ] as const)('announces with announce="%s" as a %s whatever the severity', async (announce, role, make) => {
    render(<ErrorBanner error={make()} announce={announce} />);
    const region = screen.getAllByRole(role)[0]!;
    await waitFor(() => expect(region).toHaveTextContent(make().title.slice(0, 20)));
  });

  it('says the clipboard is not available where the browser has no clipboard API', async () => {
    const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      render(<ErrorBanner error={notFound()} />);
      await userEvent.click(screen.getByRole('button', { name: 'Copy details' }));
      expect(await screen.findByText(/clipboard is not available/)).toHaveAttribute('role', 'status');
    } finally {
      if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('renders hostile text as inert text', async () => {
    const { container } = render(<ErrorBanner error={hostile()} />);
    expect(await screen.findByText(/<img src=x onerror=/)).toBeInTheDocument();
    expect(container.querySelector('img, script')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('offers Retry only for a retryable error with onRetry, and hands it the error', async () => {
    const onRetry = vi.fn();
    const error = inProgress();
    const { rerender } = render(<ErrorBanner error={error} onRetry={onRetry} />);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledWith(error);
    rerender(<ErrorBanner error={notFound()} onRetry={onRetry} />);
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    rerender(<ErrorBanner error={error} />);
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('says politely whether the details were copied, or that the clipboard was refused', async () => {
    const user = userEvent.setup();
    const error = notFound();
    render(<ErrorBanner error={error} />);
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: 'Copy details' }));
    // The ticket writer loads on first need: the copy is done when the banner says so.
    expect(await screen.findByText('Details copied to the clipboard.')).toHaveAttribute('role', 'status');
    expect(writeText).toHaveBeenCalledWith(diagnosticsText(error));
    expect(await navigator.clipboard.readText()).toBe(diagnosticsText(error));
    writeText.mockRejectedValueOnce(new DOMException('denied', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Copy details' }));
    expect(await screen.findByText(/clipboard is not available/)).toHaveAttribute('role', 'status');
  });

  it('discloses the facts support asks for', async () => {
    const { container } = render(<ErrorBanner error={unauthorized()} />);
    const toggle = screen.getByRole('button', { name: 'Details' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    for (const [term, value] of [
      ['HTTP status', '401 Unauthorized'],
      ['Error code', '800001'],
      ['Source', 'PartnerFD'],
      ['Correlation ID', 'c0a8f3e2-1111-4a51-9f41-2d1e0c1b7a11'],
      ['Request ID', '5d1c2b3a-2222-4a51-9f41-2d1e0c1b7a11'],
      ['Auth realm', 'urn:cpsvc:cpid:4f0b'],
    ]) {
      expect(screen.getByText(term!).nextElementSibling).toHaveTextContent(value!);
    }
    expect(screen.getByText('Time')).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('has a named dismiss button', async () => {
    const onDismiss = vi.fn();
    render(<ErrorBanner error={offline()} onDismiss={onDismiss} />);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('shows the fix inline when asked, under the banner heading, once its chunk has loaded', async () => {
    const { container } = render(<ErrorBanner error={missingRegistration()} showFix />);
    expect(await screen.findByRole('heading', { level: 3, name: 'How to fix it' })).toBeInTheDocument();
    expect(screen.getByText('organizationRegistrationNumber').tagName).toBe('CODE');
    expect(container.querySelector('[data-state="loading"]')).toBeNull();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('uses the strings of its I18nProvider', () => {
    render(
      <I18nProvider messages={pseudoMessages}>
        <ErrorBanner error={inProgress()} onRetry={() => {}} onDismiss={() => {}} />
      </I18nProvider>,
    );
    for (const button of screen.getAllByRole('button'))
      expect(button.textContent + (button.getAttribute('aria-label') ?? '')).toMatch(/\[.*·/);
  });
});

describe('ErrorBanner with Retry-After', () => {
  beforeEach(() =>
    vi.useFakeTimers({
      shouldAdvanceTime: false,
      toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'],
    }),
  );
  afterEach(() => vi.useRealTimers());

  it('keeps Retry disabled with a visible countdown that is not a live region, then says once that it can retry', async () => {
    const onRetry = vi.fn();
    const { container } = render(<ErrorBanner error={throttled(3)} onRetry={onRetry} />);
    const retry = screen.getByRole('button', { name: 'Retry' });
    // aria-disabled keeps the button focusable, so focus stays put when a new 429 starts the wait again.
    expect(retry).toHaveAttribute('aria-disabled', 'true');
    expect(retry).toHaveAccessibleDescription('Retry available in 3 s');
    retry.click();
    expect(onRetry).not.toHaveBeenCalled();
    const countdown = screen.getByText('Retry available in 3 s');
    expect(countdown.closest('[role="alert"], [role="status"], [aria-live]')).toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(screen.getByText('Retry available in 2 s')).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(2000));
    expect(retry).not.toHaveAttribute('aria-disabled');
    retry.click();
    expect(onRetry).toHaveBeenCalledOnce();
    expect(screen.queryByText(/Retry available in/)).not.toBeInTheDocument();
    expect(screen.getByText('You can retry now.')).toHaveAttribute('role', 'status');
    vi.useRealTimers(); // axe schedules its own timers
    expect(await axe(container)).toHaveNoViolations();
  });
});
