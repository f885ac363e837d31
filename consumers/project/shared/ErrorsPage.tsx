// The page both apps render: what a partner portal shows after failed calls. It passes only data, so the Next.js
// app renders it as a Server Component around client components: the library's, and the app's own banner.
import type { PartnerCenterError } from '@pc-errors/error-catalog';
import { ErrorTable, FixSuggestion } from '@pc-errors/react';
import { DismissibleBanner } from './DismissibleBanner';

/** `errors`: the latest failure first; the banner shows it, the fix explains the next one, the log lists all. */
export function ErrorsPage({ errors }: { errors: PartnerCenterError[] }) {
  const [latest, previous] = errors;
  return (
    <main>
      <h1>Subscriptions</h1>
      {latest && <DismissibleBanner error={latest} />}
      {previous && <FixSuggestion error={previous} headingLevel={2} />}
      <h2>Error log</h2>
      <ErrorTable errors={errors} />
    </main>
  );
}
