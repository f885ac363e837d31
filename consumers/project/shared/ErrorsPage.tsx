// The page both apps render: what a partner portal shows after failed calls. It passes only data (no handlers),
// so the Next.js app renders it as a Server Component around the library's client components.
import type { PartnerCenterError } from '@pc-errors/error-catalog';
import { ErrorBanner, ErrorTable, FixSuggestion } from '@pc-errors/react';

/** `errors`: the latest failure first; the banner shows it, the fix explains the next one, the log lists all. */
export function ErrorsPage({ errors }: { errors: PartnerCenterError[] }) {
  const [latest, previous] = errors;
  return (
    <main>
      <h1>Subscriptions</h1>
      {latest && <ErrorBanner error={latest} />}
      {previous && <FixSuggestion error={previous} headingLevel={2} />}
      <h2>Error log</h2>
      <ErrorTable errors={errors} />
    </main>
  );
}
