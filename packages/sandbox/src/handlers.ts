import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { guidSequence } from './ids';
import { checkOut } from './checkout';
import { IDENTITY_BASE_URL, tokenHandler } from './identity';
import { badGateway, documentedError, ok, throttled, unavailable, type ResponseContext } from './responses';
import {
  cartLineItems,
  isDocumented,
  migrationTerms,
  orderBillingChange,
  subscriptionUpdate,
  type Documented,
} from './rules';
import { scenarioOf, type ScenarioName } from './scenarios';
import { createState } from './state';
import { createTraffic } from './traffic';
import type { Cart, Collection, Migration, Transfer } from './types';

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
  /** How long a New-Commerce migration stays `Processing` before it reads as `Completed`. @default 3000 */
  migrationMs?: number;
  /** Where the identity platform's token endpoint lives (`POST {identityBaseUrl}/{tenant}/oauth2/v2.0/token`). @default IDENTITY_BASE_URL */
  identityBaseUrl?: string;
}

type Params = Record<string, string>;
type Body = Record<string, unknown>;
const textOr = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
interface Call {
  params: Params;
  /** The customer in the path; '' for `/customers`. */
  customerId: string;
  /** The request's JSON object; `{}` for a read or a body that is not an object. */
  body: Body;
  trace: ResponseContext;
  scenario: ScenarioName;
}
interface Route {
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

/**
 * MSW request handlers that stand in for the Partner Center REST API: customers, subscriptions,
 * carts and checkout, orders (update-Order), transfers and New-Commerce migrations, with their
 * documented errors, and the faults a real network adds. Each call gets fresh, deterministic in-memory state.
 * @example const server = setupServer(...createHandlers()); server.listen();
 */
export function createHandlers(options: SandboxOptions = {}): HttpHandler[] {
  const {
    baseUrl = PARTNER_CENTER_BASE_URL,
    scenario: fallback = 'happy-path',
    retryAfterSeconds = 5,
    slowMs = 15_000,
    latencyMs = 0,
    migrationMs = 3_000,
    identityBaseUrl = IDENTITY_BASE_URL,
  } = options;
  const guid = guidSequence(0x5eed);
  const partnerTenantId = guid();
  const state = createState(guid, migrationMs);
  const traffic = createTraffic(retryAfterSeconds);
  const fail = (trace: ResponseContext, [code, status, values]: Documented) =>
    documentedError(trace, code, status, values);

  function route(spec: Route): HttpHandler {
    return http[spec.method](`${baseUrl}${spec.path}`, async ({ request, params: rawParams }) => {
      const params = rawParams as Params;
      const scenario = scenarioOf(request, fallback);
      if (latencyMs) await delay(latencyMs);
      if (scenario === 'network-drop') return HttpResponse.error();
      const trace = { correlationId: guid(), requestId: request.headers.get('MS-RequestId') ?? guid() };
      const write = spec.method !== 'get';
      // Read first, so that every answer, a scenario's too, names what the request named.
      const parsed: unknown = write ? await request.json().catch(() => undefined) : undefined;
      const body = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Body) : undefined;
      const call: Call = { params, customerId: params.customerId ?? '', body: body ?? {}, trace, scenario };
      const client = request.headers.get('Authorization') ?? '';
      if (scenario === 'unauthorized' || scenario === 'sign-in-expired' || !/^Bearer\s+\S+/i.test(client)) {
        return documentedError(trace, '800001', 401, [], {
          'WWW-Authenticate': `OAuth realm=urn:cpsvc:cpid:${partnerTenantId}`,
        });
      }
      const resource = `${spec.method} ${new URL(request.url).pathname}`;
      const idempotencyKey =
        write && request.headers.has('MS-RequestId') ? `${resource} ${trace.requestId}` : undefined;
      return traffic.once(idempotencyKey, async () => {
        if (scenario === 'slow') await delay(slowMs);
        if (scenario === 'gateway-html') return badGateway();
        if (scenario === 'service-unavailable') return unavailable(retryAfterSeconds);
        if (scenario === 'forbidden') return documentedError(trace, '900150', 403);
        if (scenario === 'not-found') return fail(trace, spec.notFound(call));
        const wait = scenario.startsWith('throttled') ? traffic.throttledFor(client) : undefined;
        if (wait !== undefined) return throttled(trace, wait, scenario === 'throttled');
        if (scenario === 'conflict-in-progress' && spec.conflict && traffic.busy(resource))
          return fail(trace, spec.conflict(call));
        if (scenario === 'validation' && spec.validation) return fail(trace, spec.validation(call));
        if (params.customerId !== undefined && !state.customerKnown(params.customerId))
          return fail(trace, ['60003', 404]);
        if (spec.method === 'patch' && !body) return documentedError(trace, '800002', 400);
        return spec.handle(call);
      });
    });
  }

  const subscriptionNotFound = ({ params }: Call): Documented => ['20003', 404, [params.subscriptionId]];
  const customerNotFound = (): Documented => ['60003', 404];

  return [
    route({
      method: 'get',
      path: '/customers',
      notFound: () => ['1000', 404],
      handle: ({ trace }) => ok(trace, collection(state.customers)),
    }),
    route({
      method: 'get',
      path: '/customers/:customerId',
      notFound: customerNotFound,
      handle: ({ params, trace }) =>
        ok(
          trace,
          state.customers.find((customer) => customer.id === params.customerId),
        ),
    }),
    route({
      method: 'get',
      path: '/customers/:customerId/subscriptions',
      notFound: customerNotFound,
      handle: ({ customerId, trace }) => ok(trace, collection(state.subscriptionsOf(customerId))),
    }),
    route({
      method: 'get',
      path: '/customers/:customerId/subscriptions/:subscriptionId',
      notFound: subscriptionNotFound,
      handle: (call) => {
        const subscription = state.subscriptionOf(call.customerId, call.params.subscriptionId);
        return subscription ? ok(call.trace, subscription) : fail(call.trace, subscriptionNotFound(call));
      },
    }),
    route({
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
    }),
    route({
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
    }),
    route({
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
    }),
    route({
      method: 'get',
      path: '/customers/:customerId/orders',
      notFound: () => ['20000', 404],
      handle: ({ customerId, trace }) => ok(trace, collection(state.ordersOf(customerId))),
    }),
    route({
      method: 'get',
      path: '/customers/:customerId/orders/:orderId',
      notFound: () => ['20000', 404],
      handle: ({ params, customerId, trace }) => {
        const order = state.ordersOf(customerId).find((candidate) => candidate.id === params.orderId);
        return order ? ok(trace, order) : fail(trace, ['20000', 404]);
      },
    }),
    route({
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
    }),
    route({
      method: 'get',
      path: '/customers/:customerId/transfers',
      notFound: () => ['900100', 404],
      handle: ({ customerId, trace }) => ok(trace, collection(state.transfersOf(customerId))),
    }),
    route({
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
    }),
    route({
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
    }),
    route({
      method: 'get',
      path: '/customers/:customerId/migrations/newcommerce/:migrationId',
      // The migration is found through its customer; an unknown migration ID is the documented 400 900224.
      notFound: customerNotFound,
      handle: ({ params, customerId, trace }) => {
        const migration = state.migrationsOf(customerId).find((candidate) => candidate.id === params.migrationId);
        return migration ? ok(trace, state.progressed(migration)) : fail(trace, ['900224', 400, [params.migrationId]]);
      },
    }),
    // The identity platform's token endpoint, where a portal's sign-in fails before any Partner Center call.
    tokenHandler(identityBaseUrl, guid, (request) => scenarioOf(request, fallback) === 'sign-in-expired'),
  ];
}
