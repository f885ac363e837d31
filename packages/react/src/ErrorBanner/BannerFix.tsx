import type { PartnerCenterError } from '@pc-errors/error-catalog';
import { Suspense, useEffect } from 'react';
import type { HeadingLevel } from '../Heading';
import { useHydrated } from '../hooks/useHydrated';
import { lazyPart } from '../lazyPart';
import { loadLater } from './BannerDetails';

// The fix (its layout, the status advice, the sign-in advice) loads after the banner is painted (see later.ts).
const [FixSuggestion, preloadFix] = lazyPart(
  () => loadLater().then((module) => module.FixSuggestion),
  () => null,
);

/**
 * `FixSuggestion` inside the banner, rendered once the page runs in the browser (server HTML and the render that
 * hydrates it both have the empty place): until its chunk has loaded, that place keeps room for it and says nothing.
 */
export function BannerFix({ error, headingLevel }: { error: PartnerCenterError; headingLevel: HeadingLevel }) {
  const hydrated = useHydrated();
  useEffect(() => void preloadFix(), []);
  const placeholder = <div className="pce-banner__fix-placeholder" data-slot="fix-suggestion" data-state="loading" />;
  if (!hydrated) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <FixSuggestion error={error} headingLevel={headingLevel} />
    </Suspense>
  );
}
