// Server HTML hydrated in a real browser: no mismatch, no warning, the server's text kept as page content; the
// countdown starts once the page runs; an error that arrives later is announced as on any client render.
import type { PartnerCenterError } from '@pc-errors/error-catalog';
import { useState, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { notFound, pcError, throttled } from '../../test/fixtures';
import '@pc-errors/tokens/tokens.css';
import '../styles.css';
import { ErrorBanner, type ErrorBannerProps } from './ErrorBanner';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
  vi.restoreAllMocks();
});

/** Renders `element` to HTML as a server would, puts it in the page, and hydrates it; resolves once hydrated. */
async function hydrate(render: (ref: ErrorBannerProps['ref']) => ReactElement) {
  const container = document.createElement('div');
  container.innerHTML = renderToString(render(undefined));
  document.body.append(container);
  // The banner's live region as the server rendered it, if there is one, watched from before hydration.
  const region = container.querySelector('[data-slot="error-banner-message"]');
  const serverTitle = region?.querySelector('h2');
  const mutations: MutationRecord[] = [];
  const observer = new MutationObserver((records) => mutations.push(...records));
  if (region) observer.observe(region, { childList: true, subtree: true, characterData: true });
  const said = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')];
  const recoverable: unknown[] = [];
  let root: Root | undefined;
  // The ref is attached when React commits the hydration; effects (the clock, the preload) run right after.
  await new Promise<void>((resolve) => {
    root = hydrateRoot(
      container,
      render((node) => {
        if (node) resolve();
      }),
      { onRecoverableError: (error) => recoverable.push(error) },
    );
  });
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  cleanup = () => {
    observer.disconnect();
    root?.unmount();
    container.remove();
  };
  return { container, region, serverTitle, mutations, said, recoverable };
}

describe('ErrorBanner hydrated from server HTML', () => {
  it('keeps a plain error as the page content it was: no mismatch, no warning, no delayed insertion', async () => {
    const error = notFound();
    const { container, region, serverTitle, mutations, said, recoverable } = await hydrate((ref) => (
      <ErrorBanner ref={ref} error={error} onDismiss={() => {}} />
    ));
    expect(recoverable).toEqual([]);
    for (const spy of said) expect(spy).not.toHaveBeenCalled();
    // The heading the server sent is the one on screen, and the region was never emptied and filled again.
    expect(serverTitle?.isConnected).toBe(true);
    expect(region?.querySelector('h2')).toBe(serverTitle);
    expect(mutations).toEqual([]);
    expect(region).toHaveTextContent('Error: Subscription with ID 9f2b not found.');
    // It works as a client-rendered banner does: the details open with the local time the server could not know.
    container.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
    await expect.poll(() => container.querySelector('dl')?.textContent).toContain('Correlation ID');
    expect(container.querySelector('dl')).toHaveTextContent(`(${error.receivedAt})`);
  });

  it('starts the countdown once hydrated, from the whole wait the server rendered', async () => {
    // Received 10 s before the page was rendered: the server cannot know how much is left, the browser can.
    const error: PartnerCenterError = { ...throttled(30), receivedAt: new Date(Date.now() - 10_000).toISOString() };
    const html = renderToString(<ErrorBanner error={error} onRetry={() => {}} />);
    expect(html).toContain('Retry available in 30 s');
    const { container, said, recoverable } = await hydrate((ref) => (
      <ErrorBanner ref={ref} error={error} onRetry={() => {}} />
    ));
    expect(recoverable).toEqual([]);
    for (const spy of said) expect(spy).not.toHaveBeenCalled();
    const retry = container.querySelector('[data-variant="primary"]')!;
    expect(retry).toHaveAttribute('aria-disabled', 'true');
    await expect
      .poll(() =>
        Number(/(\d+) s/.exec(container.querySelector('[data-slot="error-banner-wait"]')?.textContent ?? '')?.[1]),
      )
      .toBeLessThanOrEqual(20);
    expect(retry).toHaveAccessibleDescription(/^Retry available in (19|20) s$/);
  });

  it('hydrates your actions, title and intent, and details shown open (controlled), then fills the details', async () => {
    const onDetailsOpenChange = vi.fn();
    const { container, said, recoverable } = await hydrate((ref) => (
      <ErrorBanner
        ref={ref}
        error={throttled(5)}
        onRetry={() => {}}
        title="Customers could not be loaded"
        intent="warning"
        actions={
          <a className="pce-button" href="https://partner.microsoft.com/dashboard">
            Open in Partner Center
          </a>
        }
        detailsOpen
        onDetailsOpenChange={onDetailsOpenChange}
      />
    ));
    expect(recoverable).toEqual([]);
    for (const spy of said) expect(spy).not.toHaveBeenCalled();
    expect(container.querySelector('[role="status"]')).toHaveTextContent('Warning: Customers could not be loaded');
    const panel = () => container.querySelector('.pce-banner__details-content');
    await expect.poll(() => panel()?.textContent).toContain('Request ID');
    const toggle = container.querySelector<HTMLButtonElement>('button[aria-expanded="true"]')!;
    expect(toggle.getAttribute('aria-controls')).toBe(panel()!.id);
    toggle.click();
    expect(onDetailsOpenChange).toHaveBeenCalledWith(false);
    // Controlled: the caller did not close it, so it stays open.
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
  });

  it('announces an error that arrives after hydration: the live region first, its text a frame later', async () => {
    let show: (error: PartnerCenterError) => void = () => {};
    function Page({ pageRef }: { pageRef: ErrorBannerProps['ref'] }) {
      const [error, setError] = useState<PartnerCenterError>();
      show = setError;
      return (
        <main ref={pageRef}>{error && <ErrorBanner error={error} onRetry={() => {}} onDismiss={() => {}} />}</main>
      );
    }
    const { container, said, recoverable } = await hydrate((ref) => <Page pageRef={ref} />);
    flushSync(() => show(pcError(409, '800060', 'Your order is in progress.')));
    const alert = container.querySelector('[role="alert"]')!;
    expect(alert).toBeEmptyDOMElement();
    await expect.poll(() => alert.textContent).toContain('Error: Your order is in progress.');
    expect(recoverable).toEqual([]);
    for (const spy of said) expect(spy).not.toHaveBeenCalled();
  });
});
