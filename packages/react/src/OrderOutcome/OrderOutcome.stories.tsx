import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { messagesFor } from '../../test/stories-data';
import { checkoutErrors, checkoutItems } from '../../test/story-errors';
import { OrderOutcome } from './OrderOutcome';

const meta = {
  title: 'Components/OrderOutcome',
  component: OrderOutcome,
  args: { items: checkoutItems, errors: checkoutErrors.partial() },
  parameters: {
    docs: {
      description: {
        component:
          'A cart’s or checkout’s partial success: a summary said politely once, what did not go through (line items, order groups, the whole order) with each error’s title, the server’s words and the fix, and what did. Give it the items as your portal shows them and the errors of `parseCheckoutResult` or `parseCartErrors`.',
      },
    },
  },
} satisfies Meta<typeof OrderOutcome>;
export default meta;
type Story = StoryObj<typeof meta>;

const summary = (canvasElement: HTMLElement) => within(canvasElement).getByRole('status');
const entriesOf = (list: HTMLElement) => [...list.children] as HTMLElement[];

/** Two line items failed (quota, an invalid catalog item); three went through. */
export const Partial: Story = {
  tags: ['pseudo-locale'],
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = messagesFor(globals).order;
    await waitFor(() => expect(summary(canvasElement)).toHaveTextContent(t.summary(3, 5, 2)));
    const failed = canvas.getByRole('list', { name: t.failedHeading });
    await expect(entriesOf(failed)).toHaveLength(2);
    await expect(within(failed).getAllByRole('heading', { level: 4 })[0]).toHaveTextContent('Azure plan');
    await expect(entriesOf(canvas.getByRole('list', { name: t.orderedHeading }))).toHaveLength(3);
  },
};

export const AllOrdered: Story = {
  args: { errors: [] },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(summary(canvasElement)).toHaveTextContent('All 5 items ordered.'));
    await expect(within(canvasElement).queryByRole('list', { name: 'Not ordered' })).toBeNull();
  },
};

export const AllFailed: Story = {
  args: { errors: checkoutErrors.allFailed() },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(summary(canvasElement)).toHaveTextContent('None of the 5 items was ordered.'));
    await expect(within(canvasElement).queryByRole('list', { name: 'Ordered' })).toBeNull();
  },
};

/** Order group 1 failed as a whole: one failure, with the three items placed in it. */
export const OrderGroupFailed: Story = {
  tags: ['pseudo-locale'],
  args: { errors: checkoutErrors.orderGroup() },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = messagesFor(globals).order;
    await waitFor(() => expect(summary(canvasElement)).toHaveTextContent(t.summary(2, 5, 3)));
    const [group] = entriesOf(canvas.getByRole('list', { name: t.failedHeading }));
    await expect(within(group!).getByRole('heading', { level: 4 })).toHaveTextContent(t.orderGroup('1'));
    await expect(entriesOf(within(group!).getAllByRole('list')[0]!)).toHaveLength(3);
  },
};

/** The checkout call itself failed: nothing is counted as ordered, and the order as a whole needs attention. */
export const CallFailed: Story = {
  args: { errors: [checkoutErrors.callFailed()] },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(summary(canvasElement)).toHaveTextContent(
        'None of the 5 items was ordered. One problem concerns the order as a whole.',
      ),
    );
  },
};
