import type { PartnerCenterError, Severity } from '@pc-errors/error-catalog';
import { useEffect, useId, useRef, type ComponentProps, type ReactNode } from 'react';
import { errorTitle, statusLabel } from '../format';
import { cx, Heading, nextLevel, type HeadingLevel } from '../Heading';
import { useControllableState } from '../hooks/useControllableState';
import { useCopy } from '../hooks/useCopy';
import { useHydrated } from '../hooks/useHydrated';
import { useMergedRef } from '../hooks/useMergedRef';
import { useNextFrame } from '../hooks/useNextFrame';
import { useRetryCountdown } from '../hooks/useRetryCountdown';
import { bannerEn } from '../i18n/bannerMessages';
import { useStrings } from '../i18n/I18nProvider';
import { BannerDetails, loadLater } from './BannerDetails';
import { BannerFix } from './BannerFix';

export type ErrorBannerProps = Omit<ComponentProps<'section'>, 'children' | 'title'> & {
  /** The error to show, as `parseErrorResponse` or `readErrorResponse` made it. */
  error: PartnerCenterError;
  /**
   * Called with the error when the user retries; shown only for retryable errors. Send the request again with the
   * same `MS-RequestId` only when no response arrived (`error.httpStatus === 0` and the category is not
   * `cancelled`: a timeout or a dropped connection); after any response, the retry is a new call with a new ID.
   * @example onRetry={(failed) => send(request, { requestId: failed.httpStatus === 0 && failed.category !== 'cancelled' ? sentId : crypto.randomUUID() })}
   */
  onRetry?: (error: PartnerCenterError) => void;
  /** Called when the user dismisses the banner; without it there is no dismiss button. */
  onDismiss?: () => void;
  /**
   * Your own buttons or links, after Retry and before "Copy details" in the document (so in the tab order too);
   * give them the `pce-button` class to match.
   * @example actions={<a className="pce-button" href={portalUrl}>Open in Partner Center</a>}
   */
  actions?: ReactNode;
  /**
   * Replaces the title the catalog gives; the banner's accessible name follows it.
   * @default the entry's message with its values from the description, else the HTTP status's title
   * @example title="The subscription could not be suspended"
   */
  title?: ReactNode;
  /**
   * Presents the error as this severity: colours, the word before the title and the live role (`error` is an
   * alert; `warning` and `info` are polite).
   * @default the error's severity (`info` for a request the user cancelled)
   * @example intent="warning"
   */
  intent?: Severity;
  /** Whether the details are shown, controlled; with `onDetailsOpenChange`. */
  detailsOpen?: boolean;
  /** Whether the details are shown at first, uncontrolled. @default false */
  defaultDetailsOpen?: boolean;
  /**
   * Called when the user shows or hides the details.
   * @example <ErrorBanner error={error} detailsOpen={open} onDetailsOpenChange={setOpen} />
   */
  onDetailsOpenChange?: (open: boolean) => void;
  /**
   * Show the fix (`FixSuggestion`) inside the banner. It loads in a chunk of its own and shows once the page runs
   * in the browser (not in server HTML); its place is kept meanwhile.
   * @default false
   */
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
function severityOf(error: PartnerCenterError, intent: Severity | undefined): Severity {
  if (SEVERITIES.includes(intent)) return intent as Severity;
  if (error.category === 'cancelled') return 'info';
  return SEVERITIES.includes(error.severity) ? error.severity : 'error';
}

/**
 * Shows one Partner Center error: its title and the server's description (as text), a Retry that
 * honours `Retry-After`, your own actions, the facts support asks for, "Copy details" and, if asked, the fix.
 * Renders whole on the server; an error that arrives later in the browser is announced once.
 * @example <ErrorBanner error={error} onRetry={retry} onDismiss={clear} showFix actions={<OpenInPartnerCenter />} />
 */
export function ErrorBanner({
  error,
  onRetry,
  onDismiss,
  actions,
  title,
  intent,
  detailsOpen: detailsOpenProp,
  defaultDetailsOpen = false,
  onDetailsOpenChange,
  showFix = false,
  focusOnMount = false,
  headingLevel = 2,
  announce = 'auto',
  className,
  ref,
  ...props
}: ErrorBannerProps) {
  const { messages, catalogText } = useStrings(bannerEn);
  const cancelled = error.category === 'cancelled';
  const severity = severityOf(error, intent);
  // A wait of hours or days is said in words, not counted down, and does not hold Retry back.
  const entryHint = cancelled ? undefined : error.entry?.retryAfterHint;
  const hint = entryHint && error.entry ? (catalogText[error.entry.id]?.retryAfterHint ?? entryHint) : undefined;
  const [secondsLeft, waitedOut] = useRetryCountdown(error, !cancelled && !hint);
  const [copyState, copy] = useCopy();
  const [detailsOpen, setDetailsOpen] = useControllableState(detailsOpenProp, defaultDetailsOpen, onDetailsOpenChange);
  const root = useRef<HTMLElement>(null);
  const rootRef = useMergedRef(root, ref);
  const titleId = useId();
  const metaId = useId();
  const descriptionId = useId();
  const waitId = useId();

  // Focus is the announcement when asked for: a live region as well would read the banner twice.
  const role = focusOnMount ? undefined : liveRole(announce, severity);
  // A live region gets its text a frame after it is inserted, so that it is announced (see useNextFrame). Server
  // HTML is page content, read with the page: it has its text from the start, and hydrates as it was rendered.
  const hydrated = useHydrated();
  const speakable = useNextFrame(role !== undefined && hydrated);
  // A new error is a new response, not a new object for the same one: focus moves once per response.
  const identity = `${error.requestId ?? ''}\u0000${error.receivedAt}\u0000${error.code ?? ''}\u0000${error.httpStatus}`;
  useEffect(() => {
    if (focusOnMount) root.current?.focus();
  }, [focusOnMount, identity]);

  const shownTitle = title ?? (cancelled ? messages.cancelledTitle : errorTitle(error, catalogText));
  // The cause of a cancellation ("AbortError: …") is for the ticket; the banner says what it means.
  const description = cancelled ? messages.cancelledDescription : error.description;
  // When the server sent the title's text itself, saying it twice helps nobody.
  const showDescription = description !== shownTitle;
  const canRetry = error.retryable && onRetry !== undefined;
  // The polite status says once that a wait it counted is over; the countdown itself is never in a live region.
  const status =
    copyState === 'copied'
      ? messages.copied
      : copyState === 'failed'
        ? messages.copyFailed
        : canRetry && waitedOut
          ? messages.retryReady
          : '';
  const wait = canRetry && (hint ? messages.retryWhen(hint) : secondsLeft > 0 ? messages.retryIn(secondsLeft) : '');

  return (
    <section
      ref={rootRef}
      tabIndex={focusOnMount ? -1 : undefined}
      aria-labelledby={`${titleId} ${metaId}`}
      aria-describedby={focusOnMount && showDescription ? descriptionId : undefined}
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
                <span className="pce-visually-hidden">{messages.severity[severity]}:</span> {shownTitle}
              </Heading>
              {showDescription && (
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
        {showFix && <BannerFix error={error} headingLevel={nextLevel(headingLevel)} />}
        <div className="pce-banner__actions" data-slot="error-banner-actions">
          {canRetry && (
            // aria-disabled, not disabled: a focused Retry that a new 429 makes wait keeps its focus.
            <button
              type="button"
              className="pce-button"
              data-variant="primary"
              aria-disabled={secondsLeft > 0 || undefined}
              aria-describedby={wait ? waitId : undefined}
              onClick={() => secondsLeft === 0 && onRetry(error)}
            >
              {messages.retry}
            </button>
          )}
          {wait && (
            <span id={waitId} className="pce-banner__countdown" data-slot="error-banner-wait">
              {wait}
            </span>
          )}
          {actions}
          <button
            type="button"
            className="pce-button"
            onClick={() => void copy(loadLater().then(({ diagnosticsText }) => diagnosticsText(error)))}
          >
            {messages.copyDetails}
          </button>
          <BannerDetails error={error} open={detailsOpen} onOpenChange={setDetailsOpen} />
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
