// Failed calls as Partner Center answers them (documented codes, its headers), read the way a portal reads any
// failed `fetch`: `readErrorResponse` of a real `Response`.
import { readErrorResponse, type PartnerCenterError } from '@pc-errors/error-catalog';

const FAILURES = [
  {
    // Throttled: API Management's body, without a Partner Center code; the wait is in Retry-After.
    status: 429,
    body: { statusCode: 429, message: 'Rate limit is exceeded. Try again in 30 seconds.' },
    headers: { 'MS-CorrelationId': '3c2b1a09-8f7e-4d6c-a5b4-c3d2e1f0a9b8', 'Retry-After': '30' },
  },
  {
    status: 403,
    body: { code: 2006, description: "Partner isn't valid for offer", data: [], source: 'PartnerFD' },
    headers: {
      'MS-CorrelationId': '5b1d2f4e-0c57-4d43-9a51-1d3c0f6b7a10',
      'MS-RequestId': 'b9a4c2e1-6f0d-4e8b-a1c3-7d2e5f9b0a44',
    },
  },
  {
    status: 409,
    body: {
      code: 800064,
      description: 'Cart 6c1f0b2a-3d4e-4f5a-9b8c-7d6e5f4a3b2c is being processed by another request',
      data: [],
      source: 'PartnerFD',
    },
    headers: { 'MS-CorrelationId': '0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f', 'Retry-After': '30' },
  },
  {
    status: 404,
    body: {
      code: 20003,
      description: 'Subscription with ID 4a6f2d1c-8b3e-4f7a-9c5d-2e1b0a9f8c7d not found.',
      data: [],
      source: 'PartnerFD',
    },
    headers: { 'MS-CorrelationId': '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a' },
  },
] as const;

/** Every failure above, read from a `Response`, in order: 429 throttled, 403 2006, 409 800064, 404 20003. */
export function readFailures(): Promise<PartnerCenterError[]> {
  return Promise.all(
    FAILURES.map(({ status, body, headers }) =>
      readErrorResponse(
        new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } }),
      ),
    ),
  );
}
