import { catalog, networkError, readErrorResponse, type PartnerCenterError } from '@pc-errors/error-catalog';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { arabicCatalogText, arabicMessages, messagesFor } from '../../test/stories-data';
import { everyEntryError, storyErrors } from '../../test/story-errors';
import { pseudoMessages } from '../i18n/messages';
import { ErrorBanner } from './ErrorBanner';
import { inLocale } from '../../test/story-locale';

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

/** The banner's heading appears a frame after mount (so that the live region announces it): find it, do not get it. */
const findTitle = (canvasElement: HTMLElement) => within(canvasElement).findByRole('heading', { level: 2 });

export const NotFound: Story = {
  tags: ['pseudo-locale'],
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = messagesFor(globals);
    await expect(await findTitle(canvasElement)).toHaveTextContent(
      `${t.severity.error}: Subscription with ID 3f2a9c1e-8b7d-4e6f-a5b4-c3d2e1f0a9b8 not found.`,
    );
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      'Subscription with ID 3f2a9c1e-8b7d-4e6f-a5b4-c3d2e1f0a9b8 not found.',
    );
    const details = canvas.getByRole('button', { name: t.details });
    await expect(details).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(details);
    await expect(details).toHaveAttribute('aria-expanded', 'true');
    // The details' facts load with the fix, after the banner is painted.
    await expect(await canvas.findByText(t.detailLabels.correlationId)).toBeVisible();
    await expect(canvas.getByText('7f8c2a1e-3b4d-4c5e-9f60-1a2b3c4d5e6f')).toBeVisible();
  },
};
export const CopyDetails: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Copy details' }));
    // Headless Chromium may refuse the clipboard: either way the outcome is said politely.
    // The ticket writer loads with the fix, after the banner is painted: the first copy may wait for it.
    await waitFor(
      () =>
        expect(canvas.getByRole('status')).toHaveTextContent(
          /Details copied to the clipboard\.|The clipboard is not available here/,
        ),
      { timeout: 5000 },
    );
  },
};
export const ValidationWithFix: Story = {
  args: { error: storyErrors.validation(), showFix: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await findTitle(canvasElement)).toHaveTextContent(
      'Organization registration ID information is missing',
    );
    const fix = await canvas.findByRole('region', { name: 'How to fix it' });
    await expect(within(fix).getByRole('heading', { level: 3, name: 'How to fix it' })).toBeVisible();
    await expect(within(fix).getAllByRole('listitem').length).toBeGreaterThan(2);
    await expect(within(fix).getByText('organizationRegistrationNumber').tagName).toBe('CODE');
    await expect(canvas.queryByRole('button', { name: 'Retry' })).toBeNull();
  },
};
export const Warning: Story = {
  args: { error: storyErrors.warning() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await findTitle(canvasElement)).toHaveTextContent(/^Warning: /);
    // A warning is polite: a status, never an alert.
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(canvas.getAllByRole('status')[0]).toHaveTextContent(
      'The registration was accepted and is still being processed.',
    );
  },
};
export const Info: Story = {
  args: { error: storyErrors.info() },
  play: async ({ canvasElement }) => {
    await expect(await findTitle(canvasElement)).toHaveTextContent(/^Notice: /);
    await expect(within(canvasElement).queryByRole('alert')).toBeNull();
  },
};
export const RetryableWithCountdown: Story = {
  // Received when the story renders, not when the file was imported: the countdown is always fresh.
  loaders: [async () => ({ error: storyErrors.throttled(60) })],
  render: (args, { loaded }) => <ErrorBanner {...args} error={loaded.error as PartnerCenterError} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(await findTitle(canvasElement)).toHaveTextContent('Too many requests');
    const retry = canvas.getByRole('button', { name: 'Retry' });
    await expect(retry).toHaveAttribute('aria-disabled', 'true');
    await expect(retry).toHaveAccessibleDescription(/^Retry available in (59|60) s$/);
    const countdown = canvas.getByText(/^Retry available in \d+ s$/);
    await expect(countdown).toBeVisible();
    // The countdown ticks every second outside any live region: it is never read out on its own.
    await expect(countdown.closest('[role="alert"], [role="status"], [aria-live]')).toBeNull();
    // Waiting is not failing: a click during the countdown keeps focus and sends nothing.
    await userEvent.click(retry);
    await expect(retry).toHaveFocus();
    await expect(args.onRetry).not.toHaveBeenCalled();
  },
};
export const CountdownEnds: Story = {
  loaders: [async () => ({ error: storyErrors.throttled(2) })],
  render: (args, { loaded }) => <ErrorBanner {...args} error={loaded.error as PartnerCenterError} />,
  play: async ({ canvasElement, args, loaded }) => {
    const canvas = within(canvasElement);
    const retry = await canvas.findByRole('button', { name: 'Retry' });
    await expect(retry).toHaveAttribute('aria-disabled', 'true');
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('You can retry now.'), { timeout: 5000 });
    await expect(retry).not.toHaveAttribute('aria-disabled');
    await expect(canvas.queryByText(/Retry available in/)).toBeNull();
    await userEvent.click(retry);
    await expect(args.onRetry).toHaveBeenCalledWith(loaded.error);
  },
};
export const RetryableNow: Story = {
  args: { error: storyErrors.inProgress() },
  play: async ({ canvasElement, args }) => {
    const retry = await within(canvasElement).findByRole('button', { name: 'Retry' });
    await expect(retry).not.toHaveAttribute('aria-disabled');
    await userEvent.click(retry);
    await expect(args.onRetry).toHaveBeenCalledWith(args.error);
  },
};
export const NotRetryable: Story = {
  args: { error: storyErrors.validation() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await findTitle(canvasElement);
    await expect(canvas.queryByRole('button', { name: 'Retry' })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Dismiss' }));
    await expect(args.onDismiss).toHaveBeenCalledOnce();
  },
};
export const UnauthorizedWithRealm: Story = {
  args: { error: storyErrors.unauthorized(), showFix: true },
  tags: ['pseudo-locale'],
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = messagesFor(globals);
    await expect(await findTitle(canvasElement)).toHaveTextContent('Partner Token missing in request context');
    await expect(canvas.queryByRole('button', { name: t.retry })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: t.details }));
    await expect(await canvas.findByText(t.detailLabels.realm)).toBeVisible();
    await expect(canvas.getByText('urn:cpsvc:cpid:4f0b7c2d-1e3a-4b5c-8d9e-0f1a2b3c4d5e')).toBeVisible();
    await expect(await canvas.findByRole('region', { name: t.fixHeading })).toHaveTextContent(/Bearer/);
  },
};
export const UnknownCode: Story = {
  args: { error: storyErrors.unknownCode(), showFix: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // A code the documentation does not list: the HTTP status gives the title and the fix, the server the description.
    await expect(await findTitle(canvasElement)).toHaveTextContent('Error: Unauthorized');
    await expect(canvas.getByText('Authorization Failed')).toBeVisible();
    await expect(canvas.getByText(/Error code 1002/)).toBeVisible();
    await expect(await canvas.findByRole('region', { name: 'How to fix it' })).toBeVisible();
  },
};
export const GatewayHtml: Story = {
  args: { error: storyErrors.gatewayHtml() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await findTitle(canvasElement)).toHaveTextContent('Bad gateway');
    // The gateway's page is neither rendered nor shown as markup.
    await expect(canvasElement.querySelector('hr, h1')).toBeNull();
    await expect(canvasElement).not.toHaveTextContent(/<!DOCTYPE|<html|nginx/);
    await expect(canvas.getByRole('button', { name: 'Retry' })).not.toHaveAttribute('aria-disabled');
  },
};
export const EmptyServiceUnavailable: Story = {
  loaders: [async () => ({ error: storyErrors.emptyServiceUnavailable() })],
  render: (args, { loaded }) => <ErrorBanner {...args} error={loaded.error as PartnerCenterError} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await findTitle(canvasElement)).toHaveTextContent('Service unavailable');
    await expect(canvas.getByRole('button', { name: 'Retry' })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByText(/^Retry available in (119|120) s$/)).toBeVisible();
  },
};
export const NetworkDrop: Story = {
  args: { error: storyErrors.networkDrop(), showFix: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await findTitle(canvasElement)).toHaveTextContent('No response from Partner Center');
    await expect(canvas.getByText('No response', { exact: true })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};
export const LongDescription: Story = {
  args: { error: storyErrors.longDescription() },
  play: async ({ canvasElement, args }) => {
    // The parser caps a description at 1,024 characters; the banner shows all of them, wrapped.
    await expect(args.error.description).toHaveLength(1024);
    const description = await within(canvasElement).findByText(args.error.description);
    await expect(description).toBeVisible();
    await expect(description.scrollWidth).toBeLessThanOrEqual(description.clientWidth);
  },
};
export const HostileText: Story = {
  args: { error: storyErrors.hostile() },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/<img src=x onerror=/)).toBeVisible();
    await expect(canvasElement.querySelector('img, script')).toBeNull();
    await expect(
      within(canvasElement).getByText(/<script>alert\(1\)<\/script> \{0\} javascript:alert\(1\)/),
    ).toBeVisible();
  },
};
/**
 * An Arabic portal: the service's description, the translated catalog title and every string of the banner
 * are Arabic, so `lang="ar"` and `dir="rtl"` on the banner describe all of its text.
 */
export const RightToLeft: Story = {
  args: { error: storyErrors.rightToLeft(), dir: 'rtl', lang: 'ar' },
  decorators: [inLocale({ locale: 'ar', messages: arabicMessages, catalogText: arabicCatalogText })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const title = await findTitle(canvasElement);
    await expect(title).toHaveTextContent('خطأ: الاشتراك غير موجود.');
    await expect(canvas.getByText('لم يتم العثور على الاشتراك ذي المعرف 3f2a9c1e.')).toBeVisible();
    await expect(getComputedStyle(title).direction).toBe('rtl');
    await expect(canvas.getByRole('button', { name: 'إغلاق' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'التفاصيل' }));
    await expect(canvas.getByText('معرّف الارتباط')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'نسخ التفاصيل' })).toBeVisible();
  },
};
export const FocusOnMount: Story = {
  args: { focusOnMount: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const banner = canvas.getByRole('region', { name: /Subscription with ID .* not found\./ });
    await waitFor(() => expect(banner).toHaveFocus());
    // The name carries the title and the status line, so landing on the banner says what went wrong.
    await expect(banner).toHaveAccessibleName(/404 NotFound · Error code 20003$/);
    // Focus is the announcement: no live region as well, or the banner is read twice.
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};
export const NotAnnounced: Story = {
  args: { announce: 'off', onDismiss: undefined, onRetry: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await findTitle(canvasElement);
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(canvas.queryByRole('button', { name: 'Dismiss' })).toBeNull();
  },
};

/** The pseudo-locale: every string of the banner through the messages, 40% longer; anything still plain English skipped them. */
export const PseudoLocale: Story = {
  globals: { locale: 'pseudo' },
  args: { showFix: true },
  loaders: [async () => ({ error: storyErrors.throttled(60) })],
  render: (args, { loaded }) => <ErrorBanner {...args} error={loaded.error as PartnerCenterError} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const t = pseudoMessages;
    await expect(await findTitle(canvasElement)).toHaveTextContent(`${t.severity.error}: `);
    await expect(canvas.getByRole('button', { name: t.retry })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByText(t.retryIn(60).slice(0, 12), { exact: false })).toBeVisible();
    await expect(canvas.getByRole('button', { name: t.copyDetails })).toBeVisible();
    await expect(canvas.getByRole('button', { name: t.details })).toBeVisible();
    await expect(canvas.getByRole('button', { name: t.dismiss })).toBeVisible();
    await expect(canvas.getByRole('region', { name: t.fixHeading })).toBeVisible();
  },
};

/** One banner for every documented entry: titles, severities and fixes side by side. */
export const EveryCatalogEntry: Story = {
  args: { error: storyErrors.notFound() },
  render: () => (
    <div style={{ display: 'grid', gap: 12 }}>
      {everyEntryError().map((error) => (
        <ErrorBanner key={error.entry?.id} error={error} announce="off" headingLevel={3} />
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('[data-slot="error-banner"]')).toHaveLength(catalog.length);
    await waitFor(() =>
      expect(within(canvasElement).getAllByRole('heading', { level: 3 })).toHaveLength(catalog.length),
    );
  },
};

/** What the sandbox answers for `GET /v1/customers` in one scenario, read the way a portal reads it. */
async function callSandbox(scenario: string): Promise<{ error: PartnerCenterError; requestId: string }> {
  const requestId = crypto.randomUUID();
  try {
    const response = await fetch('/v1/customers', {
      headers: { Authorization: 'Bearer storybook', 'MS-RequestId': requestId, 'x-pce-scenario': scenario },
    });
    return { error: await readErrorResponse(response), requestId };
  } catch (cause) {
    return { error: networkError(cause), requestId };
  }
}

/** The error the sandbox's answer becomes: fetched when the story renders, so every view is a fresh call. */
const fromSandbox = (scenario: string): Pick<Story, 'args' | 'loaders' | 'render'> => ({
  args: { showFix: true },
  loaders: [() => callSandbox(scenario)],
  render: (args, { loaded }) => <ErrorBanner {...args} error={loaded.error as PartnerCenterError} />,
});

/** Live from the sandbox (@pc-errors/sandbox, through the MSW worker started in preview.tsx): a real 429 with Retry-After. */
export const LiveThrottled: Story = {
  name: 'Live from the sandbox: throttled (429)',
  ...fromSandbox('throttled'),
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await expect(await findTitle(canvasElement)).toHaveTextContent('Error: Too many requests');
    await expect(canvas.getByText(/^Rate limit is exceeded\. Try again in \d seconds\.$/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Retry' })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByText(/^Retry available in [1-5] s$/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Details' }));
    // The service echoes MS-RequestId: the ID to re-send when the wait is over.
    await expect(canvas.getByText(loaded.requestId as string)).toBeVisible();
  },
};
export const LiveUnauthorized: Story = {
  name: 'Live from the sandbox: unauthorized (401)',
  ...fromSandbox('unauthorized'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await findTitle(canvasElement)).toHaveTextContent('Error: Partner Token missing in request context');
    await expect(canvas.getByText(/401 Unauthorized · Error code 800001/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Details' }));
    await expect(canvas.getByText(/^urn:cpsvc:cpid:/)).toBeVisible();
  },
};
export const LiveGatewayHtml: Story = {
  name: 'Live from the sandbox: gateway HTML page (502)',
  ...fromSandbox('gateway-html'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await findTitle(canvasElement)).toHaveTextContent('Error: Bad gateway');
    await expect(canvas.getByText(/answered with an HTML page/)).toBeVisible();
    await expect(canvasElement).not.toHaveTextContent(/<html|Application-Gateway/);
    await expect(canvas.getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};
export const LiveServiceUnavailable: Story = {
  name: 'Live from the sandbox: empty 503',
  ...fromSandbox('service-unavailable'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await findTitle(canvasElement)).toHaveTextContent('Error: Service unavailable');
    await expect(canvas.getByRole('button', { name: 'Retry' })).toHaveAttribute('aria-disabled', 'true');
  },
};
export const LiveNetworkDrop: Story = {
  name: 'Live from the sandbox: network drop',
  ...fromSandbox('network-drop'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await findTitle(canvasElement)).toHaveTextContent('Error: No response from Partner Center');
    await expect(canvas.getByText('No response', { exact: true })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Retry' })).not.toHaveAttribute('aria-disabled');
  },
};
