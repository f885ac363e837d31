import type { PartnerCenterError } from '@pc-errors/error-catalog';
import { factsOf } from '../errorFacts';
import { statusLabel } from '../format';
import { documentedStatuses } from '../documentedStatuses';
import { detailsEn, type DetailsMessages } from '../i18n/detailsMessages';
import { useStrings } from '../i18n/I18nProvider';
import { formatDateTime, formatList } from '../i18n/intl';

type Fact = [label: string, value: string | null | undefined];

/** The facts support asks for, in the order a ticket lists them; those the error lacks are left out. */
function factsOfError(error: PartnerCenterError, messages: DetailsMessages, locale: string): Fact[] {
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
    // Rendered only in the browser (see BannerDetails): the local time is the reader's.
    [labels.time, formatTime(error.receivedAt, locale)],
  ];
}

function formatTime(iso: string, locale: string): string {
  const local = formatDateTime(new Date(iso), locale, { dateStyle: 'medium', timeStyle: 'medium' });
  return local ? `${local} (${iso})` : iso;
}

/** The facts of the details disclosure: rendered only while it is open, loaded in a chunk of its own. */
export function DetailsPanel({ error, id }: { error: PartnerCenterError; id: string }) {
  const { messages, locale } = useStrings(detailsEn);
  return (
    <div id={id} className="pce-banner__details-content" data-state="open">
      <dl>
        {factsOfError(error, messages, locale)
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
  );
}
