// @vitest-environment node
// The banner on the server: its words are in the HTML a server sends (renderToString and a streamed render), the
// clock is not read, and the server renderer says nothing.
import { getEntry } from '@pc-errors/error-catalog';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { notFound, pcError, throttled } from '../../test/fixtures';
import { renderToStream } from '../../test/server';
import { I18nProvider } from '../i18n/I18nProvider';
import { ErrorBanner } from './ErrorBanner';

/** The text of the element with `role` in server HTML (banners have no nested element of the same kind). */
function textOfRole(html: string, role: string): string {
  const match = new RegExp(`<div role="${role}"[^>]*>(.*?)</div>`).exec(html);
  return (match?.[1] ?? '').replace(/<[^>]+>/g, '');
}

let said: ReturnType<typeof vi.spyOn>[];
beforeEach(() => (said = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')]));
afterEach(() => {
  // No useLayoutEffect warning, no error of any kind from the server renderer.
  for (const spy of said) expect(spy).not.toHaveBeenCalled();
  vi.restoreAllMocks();
});

describe('ErrorBanner on the server', () => {
  it('puts the title and the description in renderToString HTML, inside the live region', () => {
    const html = renderToString(<ErrorBanner error={notFound()} />);
    expect(textOfRole(html, 'alert')).toBe('Error: Subscription with ID 9f2b not found.');
    // React separates text nodes with comments; a reader (and the browser) sees the text.
    expect(html.replace(/<!-- -->/g, '')).toContain('404 NotFound · Error code 20003');
    expect(html).toContain('>Copy details</button>');
  });

  it('puts them in a streamed render too, for the words the server sent', async () => {
    const error = pcError(404, '20003', 'No subscription 9f2b in this tenant.');
    const html = await renderToStream(<ErrorBanner error={error} />);
    expect(textOfRole(html, 'alert')).toBe(
      'Error: Subscription with ID … not found.No subscription 9f2b in this tenant.',
    );
  });

  it('renders a countdown without reading the clock: the whole wait, Retry held back', () => {
    const error = throttled(30);
    vi.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('the clock was read during render');
    });
    const html = renderToString(<ErrorBanner error={error} onRetry={() => {}} />);
    expect(html).toMatch(/<button[^>]*aria-disabled="true"[^>]*>Retry<\/button>/);
    expect(html).toContain('Retry available in 30 s');
  });

  it('says a wait of days in words, with Retry free', () => {
    const entry = getEntry('800074', 403) ?? getEntry('800074');
    expect(entry?.retryAfterHint).toBeTruthy();
    const error = { ...pcError(entry!.httpStatus, entry!.code, entry!.message), retryable: true, entry: entry! };
    const html = renderToString(<ErrorBanner error={error} onRetry={() => {}} />);
    expect(html).toContain(`Retry later. ${entry!.retryAfterHint!}.`);
    expect(html).not.toContain('aria-disabled');
  });

  it('renders your actions, your title and intent, and the details open with an empty panel the browser fills', () => {
    const html = renderToString(
      <ErrorBanner
        error={notFound()}
        title="The subscription could not be loaded"
        intent="warning"
        actions={<a href="https://partner.microsoft.com/dashboard">Open in Partner Center</a>}
        detailsOpen
        onDetailsOpenChange={() => {}}
      />,
    );
    expect(textOfRole(html, 'status')).toBe(
      'Warning: The subscription could not be loadedSubscription with ID 9f2b not found.',
    );
    expect(html).toContain('data-severity="warning"');
    expect(html).toContain('>Open in Partner Center</a>');
    const controls = /aria-expanded="true" aria-controls="([^"]+)"/.exec(html)?.[1];
    expect(controls).toBeTruthy();
    expect(html).toContain(`<div id="${controls!}" class="pce-banner__details-content" data-state="open"></div>`);
  });

  it('keeps the place of the fix (showFix) and renders the strings of its provider', () => {
    const html = renderToString(
      <I18nProvider messages={{ retry: 'Erneut versuchen', severity: { error: 'Fehler' } }}>
        <ErrorBanner error={throttled(5)} onRetry={() => {}} showFix />
      </I18nProvider>,
    );
    expect(html).toContain('data-slot="fix-suggestion" data-state="loading"');
    expect(html).toContain('>Erneut versuchen</button>');
    expect(textOfRole(html, 'alert')).toMatch(/^Fehler: Too many requests/);
  });
});
