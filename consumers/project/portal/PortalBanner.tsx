'use client';
// The app's own client component around the banner: a Server Component cannot pass functions such as onRetry or
// onDismiss, so the state and the handlers live here, as the READMEs tell partners to do. `actions` is markup, which
// a Server Component can pass.
import type { PartnerCenterError } from '@pc-errors/error-catalog';
import { ErrorBanner } from '@pc-errors/react';
import { useState, type ReactNode } from 'react';

export function PortalBanner({ error, actions }: { error: PartnerCenterError; actions?: ReactNode }) {
  const [shown, setShown] = useState(true);
  if (!shown) return null;
  // This page has no request to send again: a retry clears the banner, as a portal's does once the call goes through.
  const clear = () => setShown(false);
  return <ErrorBanner error={error} showFix actions={actions} onRetry={clear} onDismiss={clear} />;
}
