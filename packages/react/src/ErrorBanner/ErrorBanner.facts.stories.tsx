import type { PartnerCenterError } from '@pc-errors/error-catalog';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { storyErrors } from '../../test/story-errors';
import { ErrorBanner } from './ErrorBanner';

const meta = {
  title: 'Components/ErrorBanner/Catalog facts',
  component: ErrorBanner,
  args: { error: storyErrors.statusMismatch(), onRetry: fn(), onDismiss: fn(), showFix: true },
  parameters: {
    docs: {
      description: {
        component:
          'What the catalog found out about an error, said by the banner: a code documented under another status (`statusMismatch`), the errors a code may be (`candidates`), a wait of hours in words (`retryAfterHint`), a wait read from the text (`retryAfterSource`), the line item or order group (`lineItem`).',
      },
    },
  },
} satisfies Meta<typeof ErrorBanner>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Opens the details and gives the value of one fact. */
async function fact(canvasElement: HTMLElement, label: string) {
  const canvas = within(canvasElement);
  const toggle = canvas.getByRole('button', { name: 'Details' });
  if (toggle.getAttribute('aria-expanded') !== 'true') await userEvent.click(toggle);
  return (await canvas.findByText(label)).nextElementSibling;
}

/** 800089 arrives as 400 but is documented under 403: its fix, said to be the 403 one. */
export const StatusMismatch: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('400 · Error code 800089')).toBeVisible();
    await expect(await canvas.findByText('Documented as 403 Forbidden; received 400.')).toBeVisible();
    await expect(await fact(canvasElement, 'Documented as')).toHaveTextContent('403 Forbidden');
  },
};

/** 2006 with a 500: documented under 400 and 403, so both, each as a possibility with its fix. */
export const Candidates: Story = {
  args: { error: storyErrors.candidates() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const fix = await canvas.findByRole('region', { name: 'How to fix it' });
    await expect(within(fix).getByText(/It may be one of these errors:$/)).toBeVisible();
    await expect(within(fix).getAllByRole('heading', { level: 4 })).toHaveLength(2);
    await expect(await fact(canvasElement, 'May be')).toHaveTextContent('2006 (HTTP 400) or 2006 (HTTP 403)');
  },
};

/** A wait of 24 hours: said in words beside Retry, which stays available; no countdown. */
export const LongWait: Story = {
  args: { error: storyErrors.waitsADay(), showFix: false },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const retry = canvas.getByRole('button', { name: 'Retry' });
    await expect(retry).not.toHaveAttribute('aria-disabled');
    await expect(retry).toHaveAccessibleDescription('Retry later. After 24 hours.');
    await expect(canvas.queryByText(/Retry available in/)).toBeNull();
    await userEvent.click(retry);
    await expect(args.onRetry).toHaveBeenCalledWith(args.error);
  },
};

/** A 429 whose wait is only in its text: counted down, and the details say where it was read. */
export const WaitReadFromTheText: Story = {
  args: { showFix: false },
  loaders: [async () => ({ error: storyErrors.waitFromBody() })],
  render: (args, { loaded }) => <ErrorBanner {...args} error={loaded.error as PartnerCenterError} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Retry' })).toHaveAttribute('aria-disabled', 'true');
    await expect(await fact(canvasElement, 'Wait before retrying')).toHaveTextContent(
      '38 s, read from the response text',
    );
  },
};

/** An error about one line item of a checkout: the details name it and its order group. */
export const LineItem: Story = {
  args: { error: storyErrors.lineItem() },
  play: async ({ canvasElement }) => {
    await expect(await fact(canvasElement, 'Line item')).toHaveTextContent('2');
    await expect(await fact(canvasElement, 'Order group')).toHaveTextContent('0');
  },
};
