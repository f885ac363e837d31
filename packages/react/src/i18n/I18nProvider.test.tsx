import { getEntry, networkError } from '@pc-errors/error-catalog';
import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { notFound, pcError } from '../../test/fixtures';
import { fakeTableLayout } from '../../test/layout';
import { ErrorBanner } from '../ErrorBanner';
import { ErrorCatalogTable } from '../ErrorCatalogTable';
import { ErrorTable } from '../ErrorTable';
import { FixSuggestion } from '../FixSuggestion';
import { I18nProvider } from './I18nProvider';
import { pseudoMessages } from './messages';

let layout: ReturnType<typeof fakeTableLayout>;
beforeEach(() => (layout = fakeTableLayout()));
afterEach(() => layout.mockRestore());

const german = {
  '404-20003': {
    message: 'Abonnement mit der ID {0} wurde nicht gefunden.',
    summary: 'Das Abonnement gibt es unter dieser ID nicht.',
    steps: ['ID prüfen.'],
  },
};

describe('I18nProvider', () => {
  it('nests: an inner provider changes only what it is given', async () => {
    render(
      <I18nProvider messages={pseudoMessages}>
        <I18nProvider messages={{ retry: 'Erneut versuchen', detailLabels: { code: 'Fehlercode' } }}>
          <ErrorBanner error={{ ...notFound(), retryable: true }} onRetry={() => {}} />
        </I18nProvider>
      </I18nProvider>,
    );
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
    // Everything else still comes from the outer (pseudo) provider, part of a group included.
    expect(screen.getByRole('button', { name: /^\[Çópý/ })).toBeInTheDocument();
    expect(screen.getByText(/Fehlercode 20003/)).toBeInTheDocument();
  });

  it('keeps the enclosing locale when an inner provider only changes strings', () => {
    const entry = getEntry('600051')!;
    render(
      <I18nProvider locale="de">
        <I18nProvider messages={{ fixHeading: 'So beheben Sie es' }}>
          <FixSuggestion entry={entry} />
        </I18nProvider>
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: 'So beheben Sie es' })).toBeInTheDocument();
    expect(screen.getByText(/Armenien/)).toBeInTheDocument();
  });

  it('puts translated catalog text in the banner, the fix and both tables, with the server values filled in', async () => {
    const error = notFound();
    render(
      <I18nProvider locale="de" catalogText={german}>
        <ErrorBanner error={error} showFix />
        <ErrorTable errors={[error]} />
        <ErrorCatalogTable defaultGlobalFilter="20003" />
      </I18nProvider>,
    );
    expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent(
      'Abonnement mit der ID 9f2b wurde nicht gefunden.',
    );
    // The fix loads after the banner is painted.
    expect((await screen.findAllByText('Das Abonnement gibt es unter dieser ID nicht.')).length).toBeGreaterThan(0);
    const errorRow = within(screen.getByRole('table', { name: 'Errors' })).getAllByRole('row')[1]!;
    expect(errorRow).toHaveTextContent('Abonnement mit der ID 9f2b wurde nicht gefunden.');
    const catalogRow = within(screen.getByRole('table', { name: 'Documented Partner Center errors' })).getAllByRole(
      'row',
    )[1]!;
    expect(catalogRow).toHaveTextContent('Abonnement mit der ID {0} wurde nicht gefunden.');
  });

  it('translates what a status says for a code the catalog does not know, and nothing else', async () => {
    const unknown = pcError(429, '1002', 'Zu viele Anfragen in kurzer Zeit.');
    const timeout = networkError(new DOMException('signal timed out', 'TimeoutError'));
    const statusText = {
      'http-429': { message: 'Zu viele Anfragen', summary: 'Warten Sie kurz.', steps: ['Später erneut senden.'] },
    };
    render(
      <I18nProvider catalogText={statusText}>
        <ErrorBanner error={unknown} showFix />
        <ErrorBanner error={timeout} announce="off" />
      </I18nProvider>,
    );
    // The live banner's heading arrives a frame after the silent one's.
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(2));
    const [first, second] = screen.getAllByRole('heading', { level: 2 });
    expect(first).toHaveTextContent('Zu viele Anfragen');
    expect(screen.getByText('Warten Sie kurz.')).toBeInTheDocument();
    expect(screen.getByText('Später erneut senden.')).toBeInTheDocument();
    expect(second).toHaveTextContent('The request timed out');
  });

  it('finds rows by their translated text', () => {
    render(
      <I18nProvider catalogText={german}>
        <ErrorCatalogTable defaultGlobalFilter="Abonnement mit" />
      </I18nProvider>,
    );
    const rows = screen.getAllByRole('row').filter((row) => row.hasAttribute('data-row-index'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('20003');
  });
});
