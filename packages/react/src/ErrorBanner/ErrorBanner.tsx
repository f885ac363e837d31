import { diagnosticsText, type PartnerCenterError, type Severity } from '@pc-errors/error-catalog';
import { Collapsible } from 'radix-ui';
import { useEffect, useId, useRef, useState, type ComponentProps } from 'react';
import { FixSuggestion } from '../FixSuggestion';
import { errorTitle, statusLabel } from '../format';
import { cx, Heading, nextLevel, type HeadingLevel } from '../Heading';
import { useCopy } from '../hooks/useCopy';
import { useMergedRef } from '../hooks/useMergedRef';
import { useNextFrame } from '../hooks/useNextFrame';
import { useRetryCountdown } from '../hooks/useRetryCountdown';
import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime } from '../i18n/intl';

export type ErrorBannerProps = Omit<ComponentProps<'section'>, 'children' | 'title'> & {
  /** The error to show, as `parseErrorResponse` or `readErrorResponse` made it. */
  error: PartnerCenterError;
  /** Called with the error when the user retries; re-send its `requestId` as `MS-RequestId`. Shown only for retryable errors. */
  onRetry?: (error: PartnerCenterError) => void;
  /** Called when the user dismisses the banner; without it there is no dismiss button. */
  onDismiss?: () => void;
  /** Show the fix (`FixSuggestion`) inside the banner. @default false */
  showFix?: boolean;
  /** Move focus to the banner when it shows a new error (it is then not also announced). @default false */
  focusOnMount?: boolean;
  /** Level of the banner's heading. @default 2 */
  headingLevel?: HeadingLevel;
  /** How a new error is announced: by severity (`alert` for errors, `status` otherwise), or not at all. @default 'auto' */
  announce?: 'auto' | 'assertive' | 'polite' | 'off';
};

function liveRole(announce: ErrorBannerProps['announce'], severity: Severity): 'alert' | 'status' | undefined {
  if (announce === 'off') return undefined;
  if (announce === 'assertive') return 'alert';
  if (announce === 'polite') return 'status';
  return severity === 'error' ? 'alert' : 'status';
}

const SEVERITIES: readonly unknown[] = ['error', 'warning', 'info'] satisfies Severity[];

// A cancelled request is news, not an alarm; a severity the banner does not know is shown as an error.
function severityOf(error: PartnerCenterError): Severity {
  if (error.category === 'cancelled') return 'info';
  return SEVERITIES.includes(error.severity) ? error.severity : 'error';
}

/**
 * Shows one Partner Center error: its title and the server's description (as text), a Retry that
 * honours `Retry-After`, the facts support asks for, "Copy details" and, if asked, the fix.
 * @example <ErrorBanner error={error} onRetry={retry} onDismiss={clear} showFix />
 */
export function ErrorBanner({
  error,
  onRetry,
  onDismiss,
  showFix = false,
  focusOnMount = false,
  headingLevel = 2,
  announce = 'auto',
  className,
  ref,
  ...props
}: ErrorBannerProps) {
  const { messages, locale, catalogText } = useI18n();
  const cancelled = error.category === 'cancelled';
  const severity = severityOf(error);
  const secondsLeft = useRetryCountdown(error, !cancelled);
  const [copyState, copy] = useCopy();
  const [detailsOpen, setDetailsOpen] = useState(false);
  const root = useRef<HTMLElement>(null);
  const rootRef = useMergedRef(root, ref);
  const titleId = useId();
  const metaId = useId();
  const descriptionId = useId();
  const countdownId = useId();

  // Focus is the announcement when asked for: a live region as well would read the banner twice.
  const role = focusOnMount ? undefined : liveRole(announce, severity);
  // A live region gets its text a frame after it is inserted, so that it is announced (see useNextFrame).
  const speakable = useNextFrame(role !== undefined);
  // A new error is a new response, not a new object for the same one: focus moves once per response.
  const identity = `${error.requestId ?? ''}\u0000${error.receivedAt}\u0000${error.code ?? ''}\u0000${error.httpStatus}`;
  useEffect(() => {
    if (focusOnMount) root.current?.focus();
  }, [focusOnMount, identity]);

  // The polite status says once that the wait is over; the countdown itself is never in a live region.
  const title = cancelled ? messages.cancelledTitle : errorTitle(error, catalogText);
  // The cause of a cancellation ("AbortError: …") is for the ticket; the banner says what it means.
  const description = cancelled ? messages.cancelledDescription : error.description;
  const canRetry = error.retryable && onRetry !== undefined;
  const status =
    copyState === 'copied'
      ? messages.copied
      : copyState === 'failed'
        ? messages.copyFailed
        : canRetry && (error.retryAfterSeconds ?? 0) > 0 && secondsLeft === 0
          ? messages.retryReady
          : '';
  const time = formatTime(error.receivedAt, locale);
  const facts: [string, string | null | undefined][] = [
    [messages.detailLabels.httpStatus, statusLabel(error, messages.noResponse)],
    [messages.detailLabels.code, error.code],
    [messages.detailLabels.source, error.source],
    [messages.detailLabels.correlationId, error.correlationId],
    [messages.detailLabels.requestId, error.requestId],
    [messages.detailLabels.realm, error.authenticateRealm],
    [messages.detailLabels.time, time],
  ];

  return (
    <section
      ref={rootRef}
      tabIndex={focusOnMount ? -1 : undefined}
      aria-labelledby={`${titleId} ${metaId}`}
      aria-describedby={focusOnMount && description !== title ? descriptionId : undefined}
      data-slot="error-banner"
      data-severity={severity}
      data-category={error.category}
      className={cx('pce-banner', className)}
      {...props}
    >
      <span className="pce-banner__icon" aria-hidden="true" data-severity={severity} />
      <div className="pce-banner__body">
        <div role={role} data-slot="error-banner-message">
          {speakable && (
            <>
              <Heading level={headingLevel} id={titleId} className="pce-banner__title">
                {/* The space stays outside the hidden span: names computed from it would lose it. */}
                <span className="pce-visually-hidden">{messages.severity[severity]}:</span> {title}
              </Heading>
              {/* When the server sent the documented text itself, saying it twice helps nobody. */}
              {description !== title && (
                // The server's words may be in another script than the page: let the browser find their direction.
                <p id={descriptionId} className="pce-banner__description" dir="auto">
                  {description}
                </p>
              )}
            </>
          )}
        </div>
        {/* Status and code: what a partner searches for, and what tells two banners with one title apart. */}
        <p id={metaId} className="pce-banner__meta">
          {statusLabel(error, messages.noResponse)}
          {error.code && ` · ${messages.detailLabels.code} ${error.code}`}
        </p>
        {showFix && <FixSuggestion error={error} headingLevel={nextLevel(headingLevel)} />}
        <div className="pce-banner__actions">
          {canRetry && (
            // aria-disabled, not disabled: a focused Retry that a new 429 makes wait keeps its focus.
            <button
              type="button"
              className="pce-button"
              data-variant="primary"
              aria-disabled={secondsLeft > 0 || undefined}
              aria-describedby={secondsLeft > 0 ? countdownId : undefined}
              onClick={() => secondsLeft === 0 && onRetry(error)}
            >
              {messages.retry}
            </button>
          )}
          {canRetry && secondsLeft > 0 && (
            <span id={countdownId} className="pce-banner__countdown">
              {messages.retryIn(secondsLeft)}
            </span>
          )}
          <button type="button" className="pce-button" onClick={() => void copy(diagnosticsText(error))}>
            {messages.copyDetails}
          </button>
          <Collapsible.Root open={detailsOpen} onOpenChange={setDetailsOpen} className="pce-banner__details">
            <Collapsible.Trigger className="pce-button" data-variant="ghost">
              {messages.details}
            </Collapsible.Trigger>
            <Collapsible.Content className="pce-banner__details-content">
              <dl>
                {facts
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
            </Collapsible.Content>
          </Collapsible.Root>
        </div>
        <p role="status" className="pce-banner__status">
          {status}
        </p>
      </div>
      {onDismiss && (
        <button type="button" className="pce-banner__dismiss" aria-label={messages.dismiss} onClick={onDismiss}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </section>
  );
}

function formatTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const local = formatDateTime(date, locale, { dateStyle: 'medium', timeStyle: 'medium' });
  return local ? `${local} (${iso})` : iso;
}
