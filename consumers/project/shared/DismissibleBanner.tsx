'use client';
// The app's own client component around the banner: a Server Component cannot pass functions such as onDismiss,
// so the state and the handler live here, as the READMEs tell partners to do.
import type { PartnerCenterError } from '@pc-errors/error-catalog';
import { ErrorBanner } from '@pc-errors/react';
import { useState } from 'react';

export function DismissibleBanner({ error }: { error: PartnerCenterError }) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return <ErrorBanner error={error} onDismiss={() => setDismissed(true)} />;
}
