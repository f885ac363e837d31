// The documented rules of each write, as pure functions: the change to make, or the documented error to answer.
import { isAzurePlan, OFFERS, UNAVAILABLE_IN } from './data';
import type { BillingCycle, CartLineItem, Order, Subscription, TermDuration } from './types';

/** A documented error: its code, its HTTP status, and the values of its placeholders. */
export type Documented = [code: string, status: number, values?: readonly unknown[]];
export const isDocumented = (value: unknown): value is Documented =>
  Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'number';

type Body = Record<string, unknown>;
const isCycle = (value: unknown): value is BillingCycle => value === 'monthly' || value === 'annual';
const isTerm = (value: unknown): value is TermDuration => value === 'P1M' || value === 'P1Y';
const isSeatCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 300;
// New Commerce bills at most once per term: an annual bill needs an annual term.
const billsLongerThanTerm = (cycle: BillingCycle, term: TermDuration) => cycle === 'annual' && term === 'P1M';

/** update-subscription: seats and status. The billing cycle is not changed here (2054): that is update-Order. */
export function subscriptionUpdate(subscription: Subscription, body: Body): Partial<Subscription> | Documented {
  const update: Partial<Subscription> = {};
  if (body.billingCycle !== undefined && body.billingCycle !== subscription.billingCycle) return ['2054', 400];
  if (body.quantity !== undefined) {
    const quantity = body.quantity;
    if (!isSeatCount(quantity)) return ['2002', 400];
    if (quantity !== subscription.quantity && subscription.status === 'suspended') return ['800091', 400];
    // An annual term commits to its seats; a monthly one can shrink.
    if (quantity < subscription.quantity && subscription.termDuration === 'P1Y') return ['800090', 400];
    update.quantity = quantity;
  }
  if (body.status !== undefined) {
    if (body.status !== 'active' && body.status !== 'suspended') return ['800002', 400];
    update.status = body.status;
  }
  return update;
}

/**
 * create-cart: every line item names a known offer, a seat count in range, and a billing cycle its term allows. The
 * items of a billing cycle form an order group; an item the customer's market cannot buy carries its error.
 */
export function cartLineItems(body: Body, country = '', outOfStock = -1): CartLineItem[] | Documented {
  const items = body.lineItems;
  if (!Array.isArray(items) || items.length === 0) return ['800002', 400];
  const lineItems: CartLineItem[] = [];
  const cycles: BillingCycle[] = [];
  for (const [index, item] of items.entries()) {
    if (!item || typeof item !== 'object') return ['800002', 400];
    const { catalogItemId, quantity, billingCycle = 'monthly', termDuration = 'P1M' } = item as Body;
    if (!OFFERS.some(([offerId]) => typeof catalogItemId === 'string' && catalogItemId.startsWith(offerId)))
      return ['800004', 400];
    if (!isSeatCount(quantity)) return ['900275', 400, [index]];
    if (!isCycle(billingCycle)) return ['900269', 400];
    if (!isTerm(termDuration)) return ['800121', 400];
    if (billsLongerThanTerm(billingCycle, termDuration)) return ['900270', 400];
    if (!cycles.includes(billingCycle)) cycles.push(billingCycle);
    const unavailable =
      index === outOfStock ||
      UNAVAILABLE_IN.some(
        ([offerId, countries]) => String(catalogItemId).startsWith(offerId) && countries.includes(country),
      );
    lineItems.push({
      id: index,
      catalogItemId: String(catalogItemId),
      quantity,
      billingCycle,
      termDuration,
      orderGroup: String(cycles.indexOf(billingCycle)),
      ...(unavailable && {
        error: {
          errorCode: 10003,
          errorDescription: `Inventory isn't available for the selected offer in the customer's market (${country || 'unknown'}).`,
        },
      }),
    });
  }
  return lineItems;
}

/**
 * update-Order: a new billing cycle for the subscriptions the line items name. Every subscription of the
 * order must be active (6000) and done syncing (800072), and every offer must bill that way for its term (6001).
 */
export function orderBillingChange(
  order: Order,
  body: Body,
  subscriptionOf: (id: string) => Subscription | undefined,
  migrating: (subscriptionId: string) => boolean,
): { billingCycle: BillingCycle; subscriptions: Subscription[] } | Documented {
  const billingCycle = body.billingCycle;
  if (!isCycle(billingCycle)) return ['900269', 400];
  const items = body.lineItems;
  if (!Array.isArray(items) || items.length === 0) return ['800002', 400];
  const changed: Subscription[] = [];
  for (const item of items as Body[]) {
    const number = (item as Body | null)?.lineItemNumber;
    const line =
      typeof number === 'number' && Number.isInteger(number) && number >= 0 ? order.lineItems[number] : undefined;
    if (!line) return ['800071', 400];
    const named = item.subscriptionId ?? line.subscriptionId;
    const subscription = named === line.subscriptionId ? subscriptionOf(line.subscriptionId) : undefined;
    if (!subscription) return ['20003', 404, [typeof named === 'string' ? named : JSON.stringify(named)]];
    changed.push(subscription);
  }
  const ofOrder = order.lineItems.map((line) => subscriptionOf(line.subscriptionId));
  if (ofOrder.some((subscription) => subscription?.status !== 'active')) return ['6000', 400];
  // A subscription that is moving to New Commerce has not finished syncing.
  if (changed.some((subscription) => migrating(subscription.id))) return ['800072', 400];
  const unsupported = (subscription: Subscription) =>
    subscription.billingCycle !== billingCycle &&
    (isAzurePlan(subscription.offerId) || billsLongerThanTerm(billingCycle, subscription.termDuration));
  if (changed.some(unsupported)) return ['6001', 400];
  return { billingCycle, subscriptions: changed };
}

/** A New-Commerce migration request: the subscription must be active, idle, have a migration path, and a supported term and cycle. */
export function migrationTerms(
  subscription: Subscription,
  body: Body,
  inProgress: boolean,
): { termDuration: TermDuration; billingCycle: BillingCycle } | Documented {
  const id = subscription.id;
  if (subscription.status !== 'active') return ['900215', 400, [id]];
  if (inProgress) return ['900216', 400, [id]];
  if (isAzurePlan(subscription.offerId)) return ['900220', 400, [id]];
  const { termDuration = subscription.termDuration, billingCycle = subscription.billingCycle } = body;
  if (!isTerm(termDuration)) return ['800121', 400];
  if (!isCycle(billingCycle)) return ['900269', 400];
  if (billsLongerThanTerm(billingCycle, termDuration)) return ['900222', 400, [id]];
  return { termDuration, billingCycle };
}
