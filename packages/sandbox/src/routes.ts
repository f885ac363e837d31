// The Partner Center endpoints the sandbox answers: each one's documented errors and what it does when it succeeds.
import { checkOut } from './checkout';
import { documentedError, ok, type ResponseContext } from './responses';
import {
  cartLineItems,
  isDocumented,
  migrationTerms,
  orderBillingChange,
  subscriptionUpdate,
  type Documented,
} from './rules';
import type { ScenarioName } from './scenarios';
import type { createState } from './state';
import type { Cart, Collection, Migration, Transfer } from './types';

export type Params = Record<string, string>;
export type Body = Record<string, unknown>;
const textOr = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
export interface Call {
  params: Params;
  /** The customer in the path; '' for `/customers`. */
  customerId: string;
  /** The request's JSON object; `{}` for a read or a body that is not an object. */
  body: Body;
  trace: ResponseContext;
  scenario: ScenarioName;
}
export interface Route {
  method: 'get' | 'post' | 'patch';
  path: string;
  /** The documented 404 of this resource in the not-found scenario. */
  notFound: (call: Call) => Documented;
  /** The documented 400 a write of this endpoint answers in the validation scenario. */
  validation?: (call: Call) => Documented;
  /** The documented 409 a write answers in the conflict scenario while another request processes the resource. */
  conflict?: (call: Call) => Documented;
  handle: (call: Call) => Response;
}

const now = () => new Date().toISOString();
const collection = <T>(items: T[]): Collection<T> => ({
  totalCount: items.length,
  items,
  attributes: { objectType: 'Collection' },
});
/** A placeholder value taken from the request, or none (the placeholder then stays as documented). */
const named = (value: unknown) => (typeof value === 'string' && value ? [value] : []);

/** Every endpoint, over the sandbox's state. */
export function routes(state: ReturnType<typeof createState>, guid: () => string): Route[] {
  const fail = (trace: ResponseContext, [code, status, values]: Documented) =>
    documentedError(trace, code, status, values);
  const subscriptionNotFound = ({ params }: Call): Documented => ['20003', 404, [params.subscriptionId]];
  const customerNotFound = (): Documented => ['60003', 404];

  return [
    {
      method: 'get',
      path: '/customers',
      notFound: () => ['1000', 404],
      handle: ({ trace }) => ok(trace, collection(state.customers)),
    },
    {
      method: 'get',
      path: '/customers/:customerId',
      notFound: customerNotFound,
      handle: ({ params, trace }) =>
        ok(
          trace,
          state.customers.find((customer) => customer.id === params.customerId),
        ),
    },
    {
      method: 'get',
      path: '/customers/:customerId/subscriptions',
      notFound: customerNotFound,
      handle: ({ customerId, trace }) => ok(trace, collection(state.subscriptionsOf(customerId))),
    },
    {
      method: 'get',
      path: '/customers/:customerId/subscriptions/:subscriptionId',
      notFound: subscriptionNotFound,
      handle: (call) => {
        const subscription = state.subscriptionOf(call.customerId, call.params.subscriptionId);
        return subscription ? ok(call.trace, subscription) : fail(call.trace, subscriptionNotFound(call));
      },
    },
    {
      method: 'patch',
      path: '/customers/:customerId/subscriptions/:subscriptionId',
      notFound: subscriptionNotFound,
      validation: () => ['2002', 400],
      conflict: () => ['900278', 409],
      handle: (call) => {
        const subscription = state.subscriptionOf(call.customerId, call.params.subscriptionId);
        if (!subscription) return fail(call.trace, subscriptionNotFound(call));
        const update = subscriptionUpdate(subscription, call.body);
        if (isDocumented(update)) return fail(call.trace, update);
        Object.assign(subscription, update, { attributes: { ...subscription.attributes, etag: guid() } });
        return ok(call.trace, subscription);
      },
    },
    {
      method: 'post',
      path: '/customers/:customerId/carts',
      notFound: customerNotFound,
      // A cart is new, so nothing else can be processing it: creating one has no documented conflict.
      validation: ({ body }) => ['900275', 400, Array.isArray(body.lineItems) && body.lineItems.length ? [0] : []],
      handle: ({ body, trace, customerId, scenario }) => {
        const country = state.customers.find((customer) => customer.id === customerId)?.billingProfile.defaultAddress;
        // In the partial-checkout scenario the first item's offer has no inventory, whatever the market.
        const lineItems = cartLineItems(body, country?.country, scenario === 'partial-checkout' ? 0 : -1);
        if (isDocumented(lineItems)) return fail(trace, lineItems);
        const cart: Cart = {
          id: guid(),
          lineItems,
          status: 'Active',
          creationTimestamp: now(),
          expirationTimestamp: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        };
        state.carts.set(cart.id, cart);
        return ok(trace, cart, 201);
      },
    },
    {
      method: 'post',
      path: '/customers/:customerId/carts/:cartId/checkout',
      notFound: () => ['800008', 404],
      validation: () => ['4018', 400],
      conflict: ({ params }) => ['800064', 409, [params.cartId]],
      handle: ({ params, customerId, trace, scenario }) => {
        const cart = state.carts.get(params.cartId ?? '');
        if (!cart) return fail(trace, ['800008', 404]);
        if (cart.status === 'Ordered') return fail(trace, ['800065', 400, [cart.id]]);
        cart.status = 'Ordered';
        const result = checkOut(cart, (items) => state.placeOrder(customerId, items), scenario === 'partial-checkout');
        return ok(trace, result, 201);
      },
    },
    {
      method: 'get',
      path: '/customers/:customerId/orders',
      notFound: () => ['20000', 404],
      handle: ({ customerId, trace }) => ok(trace, collection(state.ordersOf(customerId))),
    },
    {
      method: 'get',
      path: '/customers/:customerId/orders/:orderId',
      notFound: () => ['20000', 404],
      handle: ({ params, customerId, trace }) => {
        const order = state.ordersOf(customerId).find((candidate) => candidate.id === params.orderId);
        return order ? ok(trace, order) : fail(trace, ['20000', 404]);
      },
    },
    {
      method: 'patch',
      path: '/customers/:customerId/orders/:orderId',
      notFound: () => ['20000', 404],
      validation: () => ['6001', 400],
      conflict: () => ['800014', 409],
      handle: ({ params, customerId, body, trace }) => {
        const order = state.ordersOf(customerId).find((candidate) => candidate.id === params.orderId);
        if (!order) return fail(trace, ['20000', 404]);
        const change = orderBillingChange(
          order,
          body,
          (id) => state.subscriptionOf(customerId, id),
          (id) => state.migrating(customerId, id),
        );
        if (isDocumented(change)) return fail(trace, change);
        order.billingCycle = change.billingCycle;
        for (const subscription of change.subscriptions)
          Object.assign(subscription, {
            billingCycle: change.billingCycle,
            attributes: { ...subscription.attributes, etag: guid() },
          });
        return ok(trace, order);
      },
    },
    {
      method: 'get',
      path: '/customers/:customerId/transfers',
      notFound: () => ['900100', 404],
      handle: ({ customerId, trace }) => ok(trace, collection(state.transfersOf(customerId))),
    },
    {
      method: 'post',
      path: '/customers/:customerId/transfers',
      notFound: () => ['900100', 404],
      validation: () => ['900136', 400],
      conflict: ({ customerId }) => ['900101', 409, [state.transferInProgress(customerId)]],
      handle: ({ customerId, body, trace }) => {
        if (!body.sourcePartnerDomain && !body.sourcePartnerEmail) return fail(trace, ['900136', 400]);
        const original = state.transfersOf(customerId).find((transfer) => transfer.status === 'Active');
        if (original) return fail(trace, ['900101', 409, [original.id]]);
        const transfer: Transfer = {
          id: state.takeTransferInProgress(customerId) ?? guid(),
          customerTenantId: customerId,
          sourcePartnerTenantId: textOr(body.sourcePartnerTenantId, guid()),
          sourcePartnerDomain: textOr(body.sourcePartnerDomain, ''),
          transferType: textOr(body.transferType, 'NewCommerce'),
          status: 'Active',
          createdTime: now(),
        };
        state.transfersOf(customerId).push(transfer);
        return ok(trace, transfer, 201);
      },
    },
    {
      method: 'post',
      path: '/customers/:customerId/migrations/newcommerce',
      notFound: ({ body }) => ['20003', 404, named(body.currentSubscriptionId)],
      validation: ({ body }) => ['900218', 400, named(body.currentSubscriptionId)],
      conflict: () => ['900278', 409],
      handle: ({ customerId, body, trace }) => {
        if (typeof body.currentSubscriptionId !== 'string') return fail(trace, ['800002', 400]);
        const subscription = state.subscriptionOf(customerId, body.currentSubscriptionId);
        if (!subscription) return fail(trace, ['20003', 404, [body.currentSubscriptionId]]);
        const terms = migrationTerms(subscription, body, state.migrating(customerId, subscription.id));
        if (isDocumented(terms)) return fail(trace, terms);
        const migration: Migration = {
          id: guid(),
          currentSubscriptionId: subscription.id,
          status: 'Processing',
          startedTime: now(),
          ...terms,
        };
        state.migrationsOf(customerId).push(migration);
        return ok(trace, migration, 201);
      },
    },
    {
      method: 'get',
      path: '/customers/:customerId/migrations/newcommerce/:migrationId',
      // The migration is found through its customer; an unknown migration ID is the documented 400 900224.
      notFound: customerNotFound,
      handle: ({ params, customerId, trace }) => {
        const migration = state.migrationsOf(customerId).find((candidate) => candidate.id === params.migrationId);
        return migration ? ok(trace, state.progressed(migration)) : fail(trace, ['900224', 400, [params.migrationId]]);
      },
    },
  ];
}
