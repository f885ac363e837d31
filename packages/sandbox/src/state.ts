import { OFFERS, seed } from './data';
import type { Cart, CartLineItem, Migration, Order, Subscription, Transfer } from './types';

const now = () => new Date().toISOString();
const inMonths = (months: number) => new Date(Date.now() + months * 30 * 86_400_000).toISOString();

/** The sandbox's Partner Center, in memory: the seeded customers, subscriptions and orders, and what calls add to them. */
export function createState(guid: () => string, migrationMs: number) {
  const { customers, subscriptions, orders } = seed(guid);
  const carts = new Map<string, Cart>();
  const transfers = new Map<string, Transfer[]>();
  const migrations = new Map<string, Migration[]>();
  // The transfer another request is processing while a customer's transfer answers 409: the retry completes it.
  const transfersInProgress = new Map<string, string>();
  const of = <T>(map: Map<string, T[]>, customerId: string) => {
    const list = map.get(customerId) ?? [];
    map.set(customerId, list);
    return list;
  };

  /** A migration is Processing until `migrationMs` after it started, then reads as Completed. */
  const progressed = (migration: Migration) => {
    if (migration.status === 'Processing' && Date.now() - Date.parse(migration.startedTime) >= migrationMs)
      Object.assign(migration, { status: 'Completed', completedTime: now(), newCommerceSubscriptionId: guid() });
    return migration;
  };

  return {
    customers,
    carts,
    customerKnown: (customerId: string) => customers.some((customer) => customer.id === customerId),
    subscriptionsOf: (customerId: string) => of(subscriptions, customerId),
    subscriptionOf: (customerId: string, id: unknown) =>
      of(subscriptions, customerId).find((candidate) => candidate.id === id),
    ordersOf: (customerId: string) => of(orders, customerId),
    transfersOf: (customerId: string) => of(transfers, customerId),
    migrationsOf: (customerId: string) => of(migrations, customerId),
    progressed,
    migrating: (customerId: string, subscriptionId: string) =>
      of(migrations, customerId).some(
        (migration) =>
          migration.currentSubscriptionId === subscriptionId && progressed(migration).status === 'Processing',
      ),
    /** The ID of the transfer another request is processing for the customer, made up the first time it is asked for. */
    transferInProgress: (customerId: string) => {
      const id = transfersInProgress.get(customerId) ?? guid();
      transfersInProgress.set(customerId, id);
      return id;
    },
    /** That transfer's ID, once, for the request that completes it. */
    takeTransferInProgress: (customerId: string) => {
      const id = transfersInProgress.get(customerId);
      transfersInProgress.delete(customerId);
      return id;
    },

    /** Checkout of one order group: an order of its line items (one billing cycle), a subscription per line item. */
    placeOrder(customerId: string, lineItems: CartLineItem[]): Order {
      const orderId = guid();
      const billingCycle = lineItems[0]?.billingCycle ?? 'monthly';
      const bought = lineItems.map((item): Subscription => {
        const [offerId, offerName] = OFFERS.find(([id]) => item.catalogItemId.startsWith(id)) ?? [
          item.catalogItemId,
          item.catalogItemId,
        ];
        return {
          id: guid(),
          offerId,
          offerName,
          quantity: item.quantity,
          unitType: 'Licenses',
          status: 'active',
          billingCycle,
          termDuration: item.termDuration,
          autoRenewEnabled: true,
          commitmentEndDate: inMonths(item.termDuration === 'P1Y' ? 12 : 1),
          orderId,
          attributes: { etag: guid(), objectType: 'Subscription' },
        };
      });
      of(subscriptions, customerId).push(...bought);
      const order: Order = {
        id: orderId,
        referenceCustomerId: customerId,
        billingCycle,
        lineItems: bought.map((subscription, lineItemNumber) => ({
          lineItemNumber,
          offerId: subscription.offerId,
          subscriptionId: subscription.id,
          quantity: subscription.quantity,
        })),
        status: 'completed',
        creationDate: now(),
        currencyCode: 'USD',
      };
      of(orders, customerId).push(order);
      return order;
    },
  };
}
