import type { PartnerCenterError } from '@pc-errors/error-catalog';
import { factsOf } from '../errorFacts';

/** One item of a cart or checkout, as the portal shows it. */
export interface OrderItem<Label = unknown> {
  /** The line item's ID as the cart or checkout numbers it; an error's `lineItem.lineItemId` names it. */
  id: string | number;
  /** What the user calls it, e.g. the product's name and quantity. */
  label: Label;
  /** The order group checkout placed it in; an error about the whole group (`lineItem.orderGroupId`) names it. */
  orderGroup?: string;
}

/** What did not go through, with the errors that say why. */
export type Failure<Label> =
  | { kind: 'item'; key: string; item: OrderItem<Label>; errors: PartnerCenterError[] }
  | { kind: 'group'; key: string; orderGroup: string; items: OrderItem<Label>[]; errors: PartnerCenterError[] }
  /** A line item the errors name but the items given do not. */
  | { kind: 'line-item'; key: string; lineItemId: string; errors: PartnerCenterError[] }
  /** An error that names no line item or order group: the order as a whole failed, with the items not named otherwise. */
  | { kind: 'order'; key: string; items: OrderItem<Label>[]; errors: PartnerCenterError[] };

export interface Outcome<Label> {
  ordered: OrderItem<Label>[];
  failures: Failure<Label>[];
  /** How many of the items given did not go through. */
  failedItems: number;
  /** Failures that are not about an item given (a line item not among them, the order as a whole). */
  otherProblems: number;
}

const idOf = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);

/**
 * Sorts a cart's or checkout's items into ordered and not, by the line item or order group each error names. An
 * error that names neither is about the order as a whole: then no item is counted as ordered.
 */
export function outcomeOf<Label>(
  items: readonly OrderItem<Label>[],
  errors: readonly PartnerCenterError[],
): Outcome<Label> {
  const byId = new Map(items.map((item) => [String(item.id), item]));
  const failures = new Map<string, Failure<Label>>();
  const add = (key: string, make: () => Failure<Label>, error: PartnerCenterError) => {
    const failure = failures.get(key) ?? make();
    failure.errors.push(error);
    failures.set(key, failure);
  };
  for (const error of errors) {
    const lineItem = factsOf(error).lineItem;
    const lineItemId = idOf(lineItem?.lineItemId);
    const orderGroup = idOf(lineItem?.orderGroupId);
    const item = lineItemId === undefined ? undefined : byId.get(lineItemId);
    if (item) add(`item:${lineItemId}`, () => ({ kind: 'item', key: `item:${lineItemId}`, item, errors: [] }), error);
    else if (lineItemId !== undefined)
      add(
        `line:${lineItemId}`,
        () => ({ kind: 'line-item', key: `line:${lineItemId}`, lineItemId, errors: [] }),
        error,
      );
    else if (orderGroup !== undefined)
      add(
        `group:${orderGroup}`,
        () => ({
          kind: 'group',
          key: `group:${orderGroup}`,
          orderGroup,
          items: items.filter((candidate) => candidate.orderGroup === orderGroup),
          errors: [],
        }),
        error,
      );
    else add('order', () => ({ kind: 'order', key: 'order', items: [], errors: [] }), error);
  }
  const named = new Set<OrderItem<Label>>();
  for (const failure of failures.values()) {
    if (failure.kind === 'item') named.add(failure.item);
    if (failure.kind === 'group') failure.items.forEach((item) => named.add(item));
  }
  const rest = items.filter((item) => !named.has(item));
  const wholeOrder = failures.get('order');
  if (wholeOrder?.kind === 'order') wholeOrder.items = rest;
  const ordered = wholeOrder ? [] : rest;
  const list = [...failures.values()];
  return {
    ordered,
    failures: list,
    failedItems: items.length - ordered.length,
    otherProblems: list.filter((failure) => failure.kind === 'line-item' || failure.kind === 'order').length,
  };
}
