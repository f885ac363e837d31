// The page both apps render: what a partner portal shows after failed calls. It passes only data and markup, so the
// Next.js app renders it as a Server Component around client components: the library's, and the app's own banner.
import type { PartnerCenterError } from '@pc-errors/error-catalog';
import { ErrorTable, FixSuggestion } from '@pc-errors/react';
import { PortalBanner } from './PortalBanner';

/** `errors`: the latest failure first; the banner shows it, the fix explains the next one, the log lists all. */
export function ErrorsPage({ errors }: { errors: PartnerCenterError[] }) {
  const [latest, previous] = errors;
  return (
    <main>
      <h1>Subscriptions</h1>
      {latest && (
        <PortalBanner
          error={latest}
          actions={
            <a className="pce-button" href="#error-log">
              See all errors
            </a>
          }
        />
      )}
      {previous && <FixSuggestion error={previous} headingLevel={2} />}
      <h2 id="error-log">Error log</h2>
      <ErrorTable errors={errors} />
    </main>
  );
}
