import type { PartnerCenterError } from '@pc-errors/error-catalog';
import { useId, type ComponentProps, type ReactNode } from 'react';
import { FixSuggestion } from '../FixSuggestion/FixSuggestion';
import { errorTitle } from '../format';
import { cx, Heading, nextLevel, type HeadingLevel } from '../Heading';
import { useHydrated } from '../hooks/useHydrated';
import { useNextFrame } from '../hooks/useNextFrame';
import { useI18n } from '../i18n/useI18n';
import type { Messages } from '../i18n/messages';
import { outcomeOf, type Failure, type OrderItem } from './outcomeOf';

export type { OrderItem } from './outcomeOf';

export type OrderOutcomeProps = Omit<ComponentProps<'section'>, 'children' | 'title'> & {
  /**
   * The items of the cart or checkout, as the portal shows them.
   * @example items={[{ id: 1, label: 'Microsoft 365 E3 × 25', orderGroup: '0' }]}
   */
  items: readonly OrderItem<ReactNode>[];
  /**
   * The errors of the result, one per failed line item or order group, as `parseCartErrors` or `parseCheckoutResult`
   * read them; an error that names neither (a failed call) is about the whole order.
   * @example errors={parseCheckoutResult(body, { status: response.status, headers: response.headers })}
   */
  errors: readonly PartnerCenterError[];
  /** The heading. @default messages.order.heading ("Order result") */
  title?: ReactNode;
  /** Level of the heading; the lists' headings, each failure's and its fix's are the next levels. @default 2 */
  headingLevel?: HeadingLevel;
  /** Say the summary politely when the outcome is shown, and again when it changes. @default true */
  announce?: boolean;
};

function summaryOf(messages: Messages, total: number, ordered: number, failedItems: number, other: number): string {
  const items =
    total === 0
      ? ''
      : failedItems === 0
        ? messages.order.allOrdered(total)
        : ordered === 0
          ? messages.order.noneOrdered(total)
          : messages.order.summary(ordered, total, failedItems);
  return [items, other > 0 ? messages.order.otherProblems(other) : ''].filter(Boolean).join(' ');
}

function failureName(failure: Failure<ReactNode>, messages: Messages): ReactNode {
  if (failure.kind === 'item') return failure.item.label;
  if (failure.kind === 'group') return messages.order.orderGroup(failure.orderGroup);
  if (failure.kind === 'line-item') return messages.order.lineItem(failure.lineItemId);
  return messages.order.wholeOrder;
}

/** A list under its heading, named by it: what did not go through, or what did. */
function OutcomeList({
  heading,
  level,
  state,
  children,
}: {
  heading: string;
  level: HeadingLevel;
  state: 'failed' | 'ordered';
  children: ReactNode;
}) {
  const id = useId();
  return (
    <>
      <Heading level={level} id={id} className="pce-order__list-heading">
        {heading}
      </Heading>
      <ul aria-labelledby={id} className="pce-order__list" data-state={state}>
        {children}
      </ul>
    </>
  );
}

/**
 * A cart's or checkout's partial success, as such: a summary ("3 of 5 items ordered; 2 need attention."), said
 * politely once, then what did not go through (each item, order group or the whole order, with the error's title,
 * the server's description and its fix) and what did, as lists under headings.
 * @example <OrderOutcome items={cartItems} errors={parseCheckoutResult(body)} />
 */
export function OrderOutcome({
  items,
  errors,
  title,
  headingLevel = 2,
  announce = true,
  className,
  ...props
}: OrderOutcomeProps) {
  const { messages, catalogText } = useI18n();
  const headingId = useId();
  const { ordered, failures, failedItems, otherProblems } = outcomeOf(items, errors);
  const summary = summaryOf(messages, items.length, ordered.length, failedItems, otherProblems);
  // As the banner's: a region mounted in the browser gets its text a frame later, so that it is announced.
  const hydrated = useHydrated();
  const speakable = useNextFrame(announce && hydrated);
  const listLevel = nextLevel(headingLevel);
  const failureLevel = nextLevel(listLevel);
  const state = failures.length === 0 ? 'ordered' : ordered.length === 0 ? 'failed' : 'partial';
  return (
    <section
      aria-labelledby={headingId}
      data-slot="order-outcome"
      data-state={state}
      className={cx('pce-order', className)}
      {...props}
    >
      <Heading level={headingLevel} id={headingId} className="pce-order__heading">
        {title ?? messages.order.heading}
      </Heading>
      <p role={announce ? 'status' : undefined} className="pce-order__summary">
        {speakable && summary}
      </p>
      {failures.length > 0 && (
        <OutcomeList heading={messages.order.failedHeading} level={listLevel} state="failed">
          {failures.map((failure) => (
            <li key={failure.key} className="pce-order__failure" data-kind={failure.kind}>
              <Heading level={failureLevel} className="pce-order__item-name">
                {failureName(failure, messages)}
              </Heading>
              {(failure.kind === 'group' || failure.kind === 'order') && failure.items.length > 0 && (
                <ul className="pce-order__group-items">
                  {failure.items.map((item) => (
                    <li key={String(item.id)}>{item.label}</li>
                  ))}
                </ul>
              )}
              {failure.errors.map((error, index) => {
                const errorName = errorTitle(error, catalogText);
                return (
                  <div key={index} className="pce-order__error" data-slot="order-error">
                    <p className="pce-order__error-title">{errorName}</p>
                    {error.description !== errorName && (
                      <p className="pce-order__description" dir="auto">
                        {error.description}
                      </p>
                    )}
                    {/* Not a named region: every failure would add a landmark with the same name. */}
                    <FixSuggestion error={error} headingLevel={nextLevel(failureLevel)} aria-labelledby={undefined} />
                  </div>
                );
              })}
            </li>
          ))}
        </OutcomeList>
      )}
      {ordered.length > 0 && (
        <OutcomeList heading={messages.order.orderedHeading} level={listLevel} state="ordered">
          {ordered.map((item) => (
            <li key={String(item.id)} className="pce-order__ordered">
              {item.label}
            </li>
          ))}
        </OutcomeList>
      )}
    </section>
  );
}
