import type { PartnerCenterError } from '@pc-errors/error-catalog';
import { useId } from 'react';
import { factsOf } from '../errorFacts';
import { documentedStatuses, statusLabel } from '../format';
import { useHydrated } from '../hooks/useHydrated';
import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime, formatList } from '../i18n/intl';
import type { Messages } from '../i18n/messages';

type Fact = [label: string, value: string | null | undefined];

/** The facts support asks for, in the order a ticket lists them; those the error lacks are left out. */
function factsOfError(error: PartnerCenterError, messages: Messages, locale: string, hydrated: boolean): Fact[] {
  const labels = messages.detailLabels;
  const { candidates, lineItem, retryAfterSource } = factsOf(error);
  const hint = error.entry?.retryAfterHint;
  const seconds = error.retryAfterSeconds;
  const wait =
    hint ??
    (typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0
      ? retryAfterSource === 'body'
        ? messages.waitFromBody(messages.waitSeconds(seconds))
        : messages.waitSeconds(seconds)
      : undefined);
  const lineItemId = lineItem?.lineItemId;
  return [
    [labels.httpStatus, statusLabel(error, messages.noResponse)],
    [labels.documentedStatus, documentedStatuses(error, (items) => formatList(items, locale, 'disjunction'))],
    [labels.code, error.code],
    [
      labels.candidates,
      candidates &&
        formatList(
          candidates.map((entry) => messages.entryName(entry.code, entry.httpStatus)),
          locale,
          'disjunction',
        ),
    ],
    [labels.lineItem, typeof lineItemId === 'string' || typeof lineItemId === 'number' ? String(lineItemId) : null],
    [labels.orderGroup, typeof lineItem?.orderGroupId === 'string' ? lineItem.orderGroupId : null],
    [labels.retryAfter, wait],
    [labels.source, error.source],
    [labels.correlationId, error.correlationId],
    [labels.requestId, error.requestId],
    [labels.realm, error.authenticateRealm],
    // The server's time zone is not the reader's: the local time is added once the page runs in the browser.
    [labels.time, hydrated ? formatTime(error.receivedAt, locale) : error.receivedAt],
  ];
}

function formatTime(iso: string, locale: string): string {
  const local = formatDateTime(new Date(iso), locale, { dateStyle: 'medium', timeStyle: 'medium' });
  return local ? `${local} (${iso})` : iso;
}

export interface BannerDetailsProps {
  error: PartnerCenterError;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/**
 * The "Details" disclosure: a button with `aria-expanded` and `aria-controls`, and the facts, rendered only while
 * open. States as `data-state` on the button and the panel, as Radix's Collapsible sets them.
 */
export function BannerDetails({ error, open, onOpenChange }: BannerDetailsProps) {
  const { messages, locale } = useI18n();
  const hydrated = useHydrated();
  const panelId = useId();
  const state = open ? 'open' : 'closed';
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
      {open && (
        <div id={panelId} className="pce-banner__details-content" data-state={state}>
          <dl>
            {factsOfError(error, messages, locale, hydrated)
              .filter(([, value]) => value)
              .map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>
                    {/* IDs and times read left to right inside right-to-left text. */}
                    <bdi>{value}</bdi>
                  </dd>
                </div>
              ))}
          </dl>
        </div>
      )}
    </div>
  );
}
