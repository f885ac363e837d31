import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { everyEntryError, storyErrors } from '../../test/story-errors';
import { ErrorBanner } from './ErrorBanner';

const meta = {
  title: 'Components/ErrorBanner',
  component: ErrorBanner,
  args: { error: storyErrors.notFound(), onDismiss: fn(), onRetry: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'One Partner Center error. `role="alert"` for errors, `role="status"` for the documented HTTP 200 notices, no live region with `announce="off"` or `focusOnMount`. The server description is rendered as text.',
      },
    },
  },
} satisfies Meta<typeof ErrorBanner>;
export default meta;
type Story = StoryObj<typeof meta>;

export const NotFound: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('Subscription with ID 3f2a9c1e-8b7d-4e6f-a5b4-c3d2e1f0a9b8 not found.');
    await userEvent.click(canvas.getByRole('button', { name: 'Details' }));
    await expect(canvas.getByText('Correlation ID')).toBeVisible();
  },
};
export const ValidationWithFix: Story = { args: { error: storyErrors.validation(), showFix: true } };
export const Warning: Story = { args: { error: storyErrors.warning() } };
export const Info: Story = { args: { error: storyErrors.info() } };
export const RetryableWithCountdown: Story = {
  args: { error: storyErrors.throttled() },
  play: async ({ canvasElement }) => {
    const retry = within(canvasElement).getByRole('button', { name: 'Retry' });
    await expect(retry).toBeDisabled();
    await expect(within(canvasElement).getByText(/Retry available in \d+ s/)).toBeVisible();
  },
};
export const RetryableNow: Story = { args: { error: storyErrors.inProgress() } };
export const NotRetryable: Story = { args: { error: storyErrors.validation() } };
export const UnauthorizedWithRealm: Story = { args: { error: storyErrors.unauthorized(), showFix: true } };
export const UnknownCode: Story = { args: { error: storyErrors.unknownCode(), showFix: true } };
export const GatewayHtml: Story = { args: { error: storyErrors.gatewayHtml() } };
export const EmptyServiceUnavailable: Story = { args: { error: storyErrors.emptyServiceUnavailable() } };
export const NetworkDrop: Story = { args: { error: storyErrors.networkDrop(), showFix: true } };
export const LongDescription: Story = { args: { error: storyErrors.longDescription() } };
export const HostileText: Story = {
  args: { error: storyErrors.hostile() },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img, script')).toBeNull();
    await expect(within(canvasElement).getByText(/<img src=x onerror=/)).toBeVisible();
  },
};
export const RightToLeft: Story = {
  args: { error: storyErrors.rightToLeft(), dir: 'rtl', lang: 'ar' },
};
export const FocusOnMount: Story = {
  args: { focusOnMount: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('region')).toHaveFocus();
    await expect(within(canvasElement).queryByRole('alert')).toBeNull();
  },
};
export const NotAnnounced: Story = { args: { announce: 'off', onDismiss: undefined, onRetry: undefined } };

/** One banner for every documented entry: titles, severities and fixes side by side. */
export const EveryCatalogEntry: Story = {
  args: { error: storyErrors.notFound() },
  parameters: { a11y: { test: 'error' } },
  render: () => (
    <div style={{ display: 'grid', gap: 12 }}>
      {everyEntryError().map((error) => (
        <ErrorBanner key={error.entry?.id} error={error} announce="off" headingLevel={3} />
      ))}
    </div>
  ),
};
