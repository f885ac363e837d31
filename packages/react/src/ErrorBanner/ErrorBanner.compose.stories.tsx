import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { messagesFor } from '../../test/stories-data';
import { storyErrors } from '../../test/story-errors';
import { ErrorBanner } from './ErrorBanner';

const meta = {
  title: 'Components/ErrorBanner/Composition',
  component: ErrorBanner,
  args: { error: storyErrors.inProgress(), onRetry: fn(), onDismiss: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'The banner inside an app: `actions` for the app’s own buttons and links (after Retry, before Copy details), `title` and `intent` overrides, and the details open or closed by the app (`detailsOpen` / `defaultDetailsOpen` / `onDetailsOpenChange`).',
      },
    },
  },
} satisfies Meta<typeof ErrorBanner>;
export default meta;
type Story = StoryObj<typeof meta>;

const viewOrders = fn();

/** An app's own actions next to ours: in the document (and so the tab order) after Retry, before Copy details. */
export const WithActions: Story = {
  tags: ['pseudo-locale'],
  args: {
    actions: (
      <>
        <a className="pce-button" href="https://partner.microsoft.com/dashboard/v2/customers">
          Open in Partner Center
        </a>
        <button type="button" className="pce-button" onClick={viewOrders}>
          View order history
        </button>
      </>
    ),
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = messagesFor(globals);
    await canvas.findByRole('heading', { level: 2 });
    const order = [t.retry, 'Open in Partner Center', 'View order history', t.copyDetails, t.details, t.dismiss];
    canvas.getByRole('button', { name: t.retry }).focus();
    for (const name of order.slice(1)) {
      await userEvent.tab();
      await expect(document.activeElement).toHaveAccessibleName(name);
    }
    await userEvent.click(canvas.getByRole('button', { name: 'View order history' }));
    await expect(viewOrders).toHaveBeenCalled();
  },
};

/** The app's own title; the banner is named after it, and the server's words follow. */
export const CustomTitle: Story = {
  args: { error: storyErrors.notFound(), title: 'The subscription could not be suspended' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 2 })).toHaveTextContent(
      'Error: The subscription could not be suspended',
    );
    await expect(canvas.getByRole('region')).toHaveAccessibleName(
      /^Error: The subscription could not be suspended 404/,
    );
    await expect(canvas.getByText(/Subscription with ID 3f2a9c1e/)).toBeVisible();
  },
};

/** An error the app presents as a warning: amber, "Warning:", and a polite status instead of an alert. */
export const IntentWarning: Story = {
  args: { error: storyErrors.notFound(), intent: 'warning' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 2 })).toHaveTextContent(/^Warning: /);
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(canvas.getByRole('region')).toHaveAttribute('data-severity', 'warning');
  },
};

/** Details open from the start (uncontrolled): what support asks for is on screen. */
export const DetailsOpenAtFirst: Story = {
  args: { error: storyErrors.unauthorized(), defaultDetailsOpen: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Details' })).toHaveAttribute('aria-expanded', 'true');
    await expect(await canvas.findByText('Correlation ID')).toBeVisible();
    await expect(canvas.getByText(/^urn:cpsvc:cpid:/)).toBeVisible();
  },
};

function ControlledDetails(args: Parameters<typeof ErrorBanner>[0]) {
  const [open, setOpen] = useState(false);
  return (
    <div style={{ display: 'grid', gap: 12, justifyItems: 'start' }}>
      <button type="button" className="pce-button" onClick={() => setOpen(!open)}>
        {open ? 'Hide' : 'Show'} what support needs
      </button>
      <ErrorBanner {...args} detailsOpen={open} onDetailsOpenChange={setOpen} />
    </div>
  );
}

/** The app holds the details' state: its own button and the banner's toggle both change it. */
export const DetailsControlled: Story = {
  render: (args) => <ControlledDetails {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = canvas.getByRole('button', { name: 'Details' });
    await userEvent.click(canvas.getByRole('button', { name: 'Show what support needs' }));
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(await canvas.findByText('Request ID')).toBeVisible();
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Show what support needs' })).toBeVisible());
  },
};
