import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { seed } from './data';
import { guidSequence } from './ids';
import { badGateway, documentedError, ok, throttled, unavailable, type ResponseContext } from './responses';
import { scenarioOf, type ScenarioName } from './scenarios';
import type { Cart, Collection, Migration, Order, Subscription, Transfer } from './types';

export const PARTNER_CENTER_BASE_URL = 'https://api.partnercenter.microsoft.com/v1';

export interface SandboxOptions {
  /** Where the API lives. A relative base such as `/v1` matches the page's own origin (browser worker). @default PARTNER_CENTER_BASE_URL */
  baseUrl?: string;
  /** The scenario of a request that names none. @default 'happy-path' */
  scenario?: ScenarioName;
  /** `Retry-After` of 429 and 503 answers, in seconds. @default 5 */
  retryAfterSeconds?: number;
  /** How long the `slow` scenario takes to answer. @default 15000 */
  slowMs?: number;
  /** A realistic delay before every answer. @default 0 */
  latencyMs?: number;
}

type Params = Record<string, string>;
type Documented = [code: string, status: number, values?: readonly unknown[]];
interface Call {
  params: Params;
  body: Record<string, unknown> | undefined;
  trace: ResponseContext;
}
interface Route {
  method: 'get' | 'post' | 'patch';
  path: string;
  /** The documented 404 of this resource (the not-found scenario, and unknown IDs). */
  notFound: (params: Params) => Documented;
  /** The documented 400 a write of this endpoint answers in the validation scenario. */
  validation?: (params: Params) => Documented;
  /** The documented 409 a write answers in the conflict scenario, until the same MS-RequestId comes back. */
  conflict?: (params: Params) => Documented;
  handle: (call: Call) => Response;
}

const now = () => new Date().toISOString();
const collection = <T>(items: T[]): Collection<T> => ({ totalCount: items.length, items, attributes: { objectType: 'Collection' } });
const KNOWN_OFFERS = ['CFQ7TTC0LH18', 'CFQ7TTC0LDPB', 'CFQ7TTC0LHSF', 'DZH318Z0BPS6'];

/**
 * MSW request handlers that stand in for the Partner Center REST API: customers, subscriptions,
 * carts and checkout, orders, transfers and New-Commerce migrations, with their documented errors,
 * and the faults a real network adds. Each call gets fresh, deterministic in-memory state.
 * @example const server = setupServer(...createHandlers()); server.listen();
 */
export function createHandlers(options: SandboxOptions = {}): HttpHandler[] {
  const { baseUrl = PARTNER_CENTER_BASE_URL, scenario: fallback = 'happy-path', retryAfterSeconds = 5, slowMs = 15_000, latencyMs = 0 } = options;
  const guid = guidSequence(0x5eed);
  const partnerTenantId = guid();
  const { customers, subscriptions } = seed(guid);
  const carts = new Map<string, Cart>();
  const orders = new Map<string, Order[]>();
  const transfers = new Map<string, Transfer[]>();
  const migrations = new Map<string, Migration[]>();
  const throttledSince = new Map<string, number>();
  const conflicted = new Set<string>();

  const customerKnown = (params: Params) => customers.some((customer) => customer.id === params.customerId);
  const subscriptionsOf = (params: Params) => subscriptions.get(params.customerId ?? '') ?? [];
  const listOf = <T>(map: Map<string, T[]>, params: Params) => {
    const key = params.customerId ?? '';
    if (!map.has(key)) map.set(key, []);
    return map.get(key)!;
  };
  const fail = (trace: ResponseContext, [code, status, values]: Documented) => documentedError(trace, code, status, values);

  function route(spec: Route): HttpHandler {
    return http[spec.method](`${baseUrl}${spec.path}`, async ({ request, params: rawParams }) => {
      const params = rawParams as Params;
      const scenario = scenarioOf(request, fallback);
      if (latencyMs) await delay(latencyMs);
      if (scenario === 'network-drop') return HttpResponse.error();
      const trace = { correlationId: guid(), requestId: request.headers.get('MS-RequestId') ?? guid() };
      const write = spec.method !== 'get';
      if (scenario === 'unauthorized' || !/^Bearer\s+\S+/i.test(request.headers.get('Authorization') ?? '')) {
        return documentedError(trace, '800001', 401, [], { 'WWW-Authenticate': `OAuth realm=urn:cpsvc:cpid:${partnerTenantId}` });
      }
      if (scenario === 'slow') await delay(slowMs);
      if (scenario === 'gateway-html') return badGateway();
      if (scenario === 'service-unavailable') return unavailable(retryAfterSeconds);
      if (scenario === 'forbidden') return documentedError(trace, '900150', 403);
      if (scenario === 'not-found') return fail(trace, spec.notFound(params));
      if (scenario === 'throttled') {
        // The same request, re-sent once Retry-After has passed, goes through.
        const since = throttledSince.get(trace.requestId);
        const waited = since === undefined ? 0 : Date.now() - since;
        if (since === undefined) throttledSince.set(trace.requestId, Date.now());
        if (since === undefined || waited < retryAfterSeconds * 1000) return throttled(trace, Math.ceil(retryAfterSeconds - waited / 1000));
      }
      if (scenario === 'conflict-in-progress' && write && spec.conflict && !conflicted.has(trace.requestId)) {
        // The operation "in progress" is this very request: sent again with its MS-RequestId, it has completed.
        conflicted.add(trace.requestId);
        return fail(trace, spec.conflict(params));
      }
      if (scenario === 'validation' && write && spec.validation) return fail(trace, spec.validation(params));
      let body: Record<string, unknown> | undefined;
      if (write) {
        const parsed: unknown = await request.json().catch(() => undefined);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as Record<string, unknown>;
        else if (spec.method === 'patch') return documentedError(trace, '800002', 400);
      }
      return spec.handle({ params, body, trace });
    });
  }

  const customerNotFound = (): Documented => ['60003', 404];
  const subscriptionNotFound = (params: Params): Documented => ['20003', 404, [params.subscriptionId]];

  return [
    route({ method: 'get', path: '/customers', notFound: () => ['1000', 404], handle: ({ trace }) => ok(trace, collection(customers)) }),
    route({
      method: 'get',
      path: '/customers/:customerId',
      notFound: customerNotFound,
      handle: ({ params, trace }) => {
        const customer = customers.find((candidate) => candidate.id === params.customerId);
        return customer ? ok(trace, customer) : fail(trace, customerNotFound());
      },
    }),
    route({
      method: 'get',
      path: '/customers/:customerId/subscriptions',
      notFound: customerNotFound,
      handle: ({ params, trace }) => (customerKnown(params) ? ok(trace, collection(subscriptionsOf(params))) : fail(trace, customerNotFound())),
    }),
    route({
      method: 'get',
      path: '/customers/:customerId/subscriptions/:subscriptionId',
      notFound: subscriptionNotFound,
      handle: ({ params, trace }) => {
        const subscription = subscriptionsOf(params).find((candidate) => candidate.id === params.subscriptionId);
        return subscription ? ok(trace, subscription) : fail(trace, subscriptionNotFound(params));
      },
    }),
    route({
      method: 'patch',
      path: '/customers/:customerId/subscriptions/:subscriptionId',
      notFound: subscriptionNotFound,
      validation: () => ['2002', 400],
      conflict: () => ['900278', 409],
      handle: ({ params, body = {}, trace }) => {
        const subscription = subscriptionsOf(params).find((candidate) => candidate.id === params.subscriptionId);
        if (!subscription) return fail(trace, subscriptionNotFound(params));
        const update = subscriptionUpdate(subscription, body);
        if (Array.isArray(update)) return fail(trace, update);
        Object.assign(subscription, update, { attributes: { ...subscription.attributes, etag: guid() } });
        return ok(trace, subscription);
      },
    }),
    route({
      method: 'post',
      path: '/customers/:customerId/carts',
      notFound: () => ['800008', 404],
      validation: () => ['600049', 400],
      conflict: () => ['800064', 409, [guid()]],
      handle: ({ params, body = {}, trace }) => {
        if (!customerKnown(params)) return fail(trace, customerNotFound());
        const lineItems = body.lineItems;
        if (!Array.isArray(lineItems) || lineItems.length === 0) return documentedError(trace, '800002', 400);
        if (lineItems.some((item) => !KNOWN_OFFERS.some((offer) => String(item?.catalogItemId ?? '').startsWith(offer))))
          return documentedError(trace, '800004', 400);
        const cart: Cart = {
          id: guid(),
          lineItems: lineItems.map((item, index) => ({ ...item, id: index })),
          status: 'Active',
          creationTimestamp: now(),
          expirationTimestamp: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        };
        carts.set(cart.id, cart);
        return ok(trace, cart, 201);
      },
    }),
    route({
      method: 'post',
      path: '/customers/:customerId/carts/:cartId/checkout',
      notFound: () => ['800008', 404],
      validation: () => ['800004', 400],
      conflict: () => ['800060', 409],
      handle: ({ params, trace }) => {
        const cart = carts.get(params.cartId ?? '');
        if (!cart) return documentedError(trace, '800008', 404);
        if (cart.status === 'Ordered') return documentedError(trace, '800065', 400, [cart.id]);
        cart.status = 'Ordered';
        const order: Order = {
          id: guid(),
          referenceCustomerId: params.customerId ?? '',
          billingCycle: cart.lineItems[0]?.billingCycle ?? 'monthly',
          lineItems: cart.lineItems.map((item) => ({ lineItemNumber: item.id, offerId: item.catalogItemId, quantity: item.quantity })),
          status: 'completed',
          creationDate: now(),
          currencyCode: 'USD',
        };
        listOf(orders, params).push(order);
        return ok(trace, { orders: [order], orderErrors: [] }, 201);
      },
    }),
    route({
      method: 'get',
      path: '/customers/:customerId/orders',
      notFound: () => ['20000', 404],
      handle: ({ params, trace }) => ok(trace, collection(listOf(orders, params))),
    }),
    route({
      method: 'get',
      path: '/customers/:customerId/orders/:orderId',
      notFound: () => ['20000', 404],
      handle: ({ params, trace }) => {
        const order = listOf(orders, params).find((candidate) => candidate.id === params.orderId);
        return order ? ok(trace, order) : documentedError(trace, '20000', 404);
      },
    }),
    route({
      method: 'get',
      path: '/customers/:customerId/transfers',
      notFound: () => ['900100', 404],
      handle: ({ params, trace }) => ok(trace, collection(listOf(transfers, params))),
    }),
    route({
      method: 'post',
      path: '/customers/:customerId/transfers',
      notFound: () => ['900100', 404],
      validation: () => ['900136', 400],
      conflict: () => ['900101', 409, [guid()]],
      handle: ({ params, body = {}, trace }) => {
        if (!customerKnown(params)) return fail(trace, customerNotFound());
        if (!body.sourcePartnerDomain && !body.sourcePartnerEmail) return documentedError(trace, '900136', 400);
        const transfer: Transfer = {
          id: guid(),
          customerTenantId: params.customerId ?? '',
          sourcePartnerTenantId: String(body.sourcePartnerTenantId ?? guid()),
          sourcePartnerDomain: String(body.sourcePartnerDomain ?? ''),
          transferType: String(body.transferType ?? 'NewCommerce'),
          status: 'Active',
          createdTime: now(),
        };
        listOf(transfers, params).push(transfer);
        return ok(trace, transfer, 201);
      },
    }),
    route({
      method: 'post',
      path: '/customers/:customerId/migrations/newcommerce',
      notFound: () => ['900224', 404, [guid()]],
      validation: () => ['900218', 400, [guid()]],
      conflict: () => ['900278', 409],
      handle: ({ params, body = {}, trace }) => {
        const subscription = subscriptionsOf(params).find((candidate) => candidate.id === body.currentSubscriptionId);
        if (!subscription) return documentedError(trace, '20003', 404, [String(body.currentSubscriptionId ?? '')]);
        if (subscription.status !== 'active') return documentedError(trace, '900215', 400, [subscription.id]);
        const migration: Migration = {
          id: guid(),
          currentSubscriptionId: subscription.id,
          status: 'Processing',
          startedTime: now(),
          termDuration: String(body.termDuration ?? subscription.termDuration),
          billingCycle: String(body.billingCycle ?? subscription.billingCycle),
        };
        listOf(migrations, params).push(migration);
        return ok(trace, migration, 201);
      },
    }),
    route({
      method: 'get',
      path: '/customers/:customerId/migrations/newcommerce/:migrationId',
      notFound: (params) => ['900224', 404, [params.migrationId]],
      handle: ({ params, trace }) => {
        const migration = listOf(migrations, params).find((candidate) => candidate.id === params.migrationId);
        return migration ? ok(trace, migration) : documentedError(trace, '900224', 404, [params.migrationId]);
      },
    }),
  ];
}

/** The documented rules of a subscription PATCH: the changes to apply, or the documented error. */
function subscriptionUpdate(subscription: Subscription, body: Record<string, unknown>): Partial<Subscription> | Documented {
  const update: Partial<Subscription> = {};
  if (body.billingCycle !== undefined && body.billingCycle !== subscription.billingCycle) return ['2054', 400];
  if (body.quantity !== undefined) {
    const quantity = body.quantity;
    if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1 || quantity > 300) return ['2002', 400];
    if (quantity !== subscription.quantity && subscription.status === 'suspended') return ['800091', 400];
    if (quantity < subscription.quantity && subscription.billingCycle === 'annual') return ['800090', 400];
    update.quantity = quantity;
  }
  if (body.status !== undefined) {
    if (body.status !== 'active' && body.status !== 'suspended') return ['800002', 400];
    update.status = body.status;
  }
  return update;
}
