// The banner inside an app: its own buttons beside ours, its own title and intent, the details open or closed by it.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import { inProgress, notFound, notice } from '../../test/fixtures';
import { ErrorBanner } from './ErrorBanner';

const openInPartnerCenter = (
  <a className="pce-button" href="https://partner.microsoft.com/dashboard/v2/customers">
    Open in Partner Center
  </a>
);

describe('ErrorBanner actions', () => {
  it('puts your actions after Retry and before Copy details, in the document and the tab order', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <ErrorBanner
        error={inProgress()}
        onRetry={() => {}}
        onDismiss={() => {}}
        actions={
          <>
            {openInPartnerCenter}
            <button type="button" className="pce-button">
              View order history
            </button>
          </>
        }
      />,
    );
    const order = ['Retry', 'Open in Partner Center', 'View order history', 'Copy details', 'Details', 'Dismiss'];
    const controls = [...screen.getByRole('region').querySelectorAll('button, a[href]')];
    expect(controls.map((control) => control.getAttribute('aria-label') ?? control.textContent)).toEqual(order);
    for (const name of order) {
      await user.tab();
      expect(document.activeElement).toHaveAccessibleName(name);
    }
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe('ErrorBanner title and intent', () => {
  it('shows your title instead of the catalog one, names the banner after it, and keeps the server words', async () => {
    const { container } = render(<ErrorBanner error={notFound()} title="The subscription could not be suspended" />);
    const alert = screen.getByRole('alert');
    expect(await within(alert).findByRole('heading', { level: 2 })).toHaveTextContent(
      'Error: The subscription could not be suspended',
    );
    expect(alert).toHaveTextContent('Subscription with ID 9f2b not found.');
    expect(screen.getByRole('region')).toHaveAccessibleName(
      'Error: The subscription could not be suspended 404 NotFound · Error code 20003',
    );
    expect(await axe(container)).toHaveNoViolations();
  });

  it('does not say the server words twice when your title is the same text', async () => {
    render(<ErrorBanner error={notFound()} title="Subscription with ID 9f2b not found." announce="off" />);
    expect(screen.getAllByText('Subscription with ID 9f2b not found.')).toHaveLength(1);
  });

  it.each([
    ['warning', notFound, 'status', 'Warning'],
    ['info', notFound, 'status', 'Notice'],
    ['error', notice, 'alert', 'Error'],
  ] as const)(
    'presents an error with intent="%s" and announces it by that intent',
    async (intent, make, role, word) => {
      const { container } = render(<ErrorBanner error={make()} intent={intent} />);
      const region = screen.getAllByRole(role)[0]!;
      expect(await within(region).findByRole('heading')).toHaveTextContent(new RegExp(`^${word}: `));
      if (role === 'status') expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(screen.getByRole('region')).toHaveAttribute('data-severity', intent);
      expect(await axe(container)).toHaveNoViolations();
    },
  );
});

describe('ErrorBanner details', () => {
  it('starts open with defaultDetailsOpen, and tells you when the user closes it', async () => {
    const user = userEvent.setup();
    const onDetailsOpenChange = vi.fn();
    const { container } = render(
      <ErrorBanner error={notFound()} defaultDetailsOpen onDetailsOpenChange={onDetailsOpenChange} />,
    );
    const toggle = screen.getByRole('button', { name: 'Details' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByText('Correlation ID')).toBeVisible();
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).toHaveTextContent('Request ID');
    expect(await axe(container)).toHaveNoViolations();
    await user.click(toggle);
    expect(onDetailsOpenChange).toHaveBeenCalledWith(false);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveAttribute('data-state', 'closed');
    expect(screen.queryByText('Correlation ID')).not.toBeInTheDocument();
  });

  it('follows detailsOpen when controlled: the app decides, the user asks', async () => {
    const user = userEvent.setup();
    function App() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            Show what support needs
          </button>
          <ErrorBanner error={notFound()} detailsOpen={open} onDetailsOpenChange={setOpen} />
        </>
      );
    }
    render(<App />);
    const toggle = screen.getByRole('button', { name: 'Details' });
    await user.click(screen.getByRole('button', { name: 'Show what support needs' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByText('Request ID')).toBeVisible();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('stays as the app holds it when the app does not follow the user', async () => {
    const user = userEvent.setup();
    const onDetailsOpenChange = vi.fn();
    render(<ErrorBanner error={notFound()} detailsOpen={false} onDetailsOpenChange={onDetailsOpenChange} />);
    await user.click(screen.getByRole('button', { name: 'Details' }));
    expect(onDetailsOpenChange).toHaveBeenCalledWith(true);
    expect(screen.getByRole('button', { name: 'Details' })).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() => expect(screen.queryByText('Request ID')).not.toBeInTheDocument());
  });
});
