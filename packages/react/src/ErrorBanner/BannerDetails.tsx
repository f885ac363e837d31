import type { PartnerCenterError } from '@pc-errors/error-catalog';
import { Suspense, useEffect, useId } from 'react';
import { useHydrated } from '../hooks/useHydrated';
import { bannerEn } from '../i18n/bannerMessages';
import { useStrings } from '../i18n/I18nProvider';
import { lazyPart } from '../lazyPart';

/** The chunk of what a banner needs only when asked (see later.ts). */
export const loadLater = () => import('./later');

// The facts load after the banner is painted (a page pays for them on its first error), and render at once when opened.
const [DetailsPanel, preloadLater] = lazyPart(
  () => loadLater().then((module) => module.DetailsPanel),
  ({ id }) => <div id={id} className="pce-banner__details-content" />,
);

export interface BannerDetailsProps {
  error: PartnerCenterError;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/**
 * The "Details" disclosure: a button with `aria-expanded` and `aria-controls`, and the facts, rendered only while
 * open and once the page runs in the browser (the time is the reader's local time, which the server does not know;
 * server HTML and the render that hydrates it have the empty panel). States as `data-state` on the button and the
 * panel, as Radix's Collapsible sets them.
 */
export function BannerDetails({ error, open, onOpenChange }: BannerDetailsProps) {
  const { messages } = useStrings(bannerEn);
  const hydrated = useHydrated();
  const panelId = useId();
  const state = open ? 'open' : 'closed';
  // Once the banner is on screen, so that Details and Copy details have what they need at hand.
  useEffect(() => void preloadLater(), []);
  const empty = <div id={panelId} className="pce-banner__details-content" data-state={state} />;
  return (
    <div className="pce-banner__details" data-slot="error-banner-details" data-state={state}>
      <button
        type="button"
        className="pce-button"
        data-variant="ghost"
        aria-expanded={open}
        aria-controls={panelId}
        data-state={state}
        onClick={() => onOpenChange(!open)}
      >
        {messages.details}
      </button>
      {open &&
        (hydrated ? (
          <Suspense fallback={empty}>
            <DetailsPanel error={error} id={panelId} />
          </Suspense>
        ) : (
          empty
        ))}
    </div>
  );
}
