import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { guidSequence } from './ids';
import { IDENTITY_BASE_URL, tokenHandler } from './identity';
import { badGateway, documentedError, throttled, unavailable, type ResponseContext } from './responses';
import { routes, type Body, type Call, type Params, type Route } from './routes';
import type { Documented } from './rules';
import { scenarioOf, type ScenarioName } from './scenarios';
import { createState } from './state';
import { createTraffic } from './traffic';

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

  return [
    ...routes(state, guid).map(route),
    // The identity platform's token endpoint, where a portal's sign-in fails before any Partner Center call.
    tokenHandler(identityBaseUrl, guid, (request) => scenarioOf(request, fallback) === 'sign-in-expired'),
  ];
}
