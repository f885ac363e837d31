import { networkError, type PartnerCenterError } from '@pc-errors/error-catalog';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { storyErrors } from '../../test/story-errors';
import { ErrorBanner } from './ErrorBanner';

const meta = {
  title: 'Components/ErrorBanner/Edge cases',
  component: ErrorBanner,
  args: { error: storyErrors.notFound(), onRetry: fn(), onDismiss: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'A request the user cancelled (a calm, polite notice without a countdown), and errors whose props are typed right but odd: the banner never throws and never leaves Retry disabled for good.',
      },
    },
  },
} satisfies Meta<typeof ErrorBanner>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The user gives up on a slow call: the sandbox's `slow` scenario, aborted after 100 ms, read as a portal reads it. */
async function cancelledCall(): Promise<{ error: PartnerCenterError }> {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 100);
  try {
    await fetch('/v1/customers', {
      headers: { Authorization: 'Bearer storybook', 'x-pce-scenario': 'slow' },
      signal: controller.signal,
    });
    throw new Error('the slow scenario answered before the abort');
  } catch (cause) {
    return { error: networkError(cause) };
  }
}

export const CancelledByTheUser: Story = {
  loaders: [cancelledCall],
  render: (args, { loaded }) => <ErrorBanner {...args} error={loaded.error as PartnerCenterError} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 2 })).toHaveTextContent('Notice: Request cancelled');
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(canvas.getByText(/No answer arrived before the request was cancelled/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Retry' })).not.toHaveAttribute('aria-disabled');
    await expect(canvas.queryByText(/Retry available in/)).toBeNull();
  },
};

export const OddProps: Story = {
  args: {
    error: {
      ...storyErrors.throttled(60),
      retryAfterSeconds: Number.NaN,
      severity: 'fatal' as never,
      receivedAt: 'yesterday',
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 2 })).toHaveTextContent(/^Error: /);
    await expect(canvas.getByRole('button', { name: 'Retry' })).not.toHaveAttribute('aria-disabled');
    await userEvent.click(canvas.getByRole('button', { name: 'Details' }));
    await expect(canvas.getByText('yesterday')).toBeVisible();
  },
};

/**
 * "Copy details" on the worst error a caller can build by hand (the parser would have cut all of it): 64 KiB
 * of tokens in the description, thousands of secrets in data. The ticket is short and masked.
 */
export const CopyDetailsOfTheWorst: Story = {
  args: {
    error: {
      ...storyErrors.notFound(),
      description: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln '.repeat(1_400),
      data: [Array.from({ length: 5_000 }, () => ({ clientSecret: 's3cr3t', note: '-eyJ'.repeat(500) }))],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Copy details' }));
    await waitFor(() =>
      expect(canvas.getByText(/Details copied to the clipboard\.|The clipboard is not available here/)).toBeVisible(),
    );
  },
};
