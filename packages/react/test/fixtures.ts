import { lookupEntry, networkError, parseErrorResponse, type PartnerCenterError } from '@pc-errors/error-catalog';
import type { ErrorFacts } from '../src/errorFacts';

type Input = Parameters<typeof parseErrorResponse>[0];

/** A Partner Center-shaped error response, parsed as a portal would, received now unless told otherwise. */
export function pcError(
  status: number,
  code: string | null,
  description: string,
  extra: Omit<Partial<Input>, 'headers'> & { headers?: Record<string, string> } = {},
): PartnerCenterError {
  return parseErrorResponse({
    status,
    headers: {
      'MS-CorrelationId': 'c0a8f3e2-1111-4a51-9f41-2d1e0c1b7a11',
      'MS-RequestId': '5d1c2b3a-2222-4a51-9f41-2d1e0c1b7a11',
      ...extra.headers,
    },
    body: code === null ? '' : { code, description, data: [], source: 'PartnerFD' },
    receivedAt: extra.receivedAt ?? new Date(),
  });
}

export const notFound = () => pcError(404, '20003', 'Subscription with ID 9f2b not found.');
export const throttled = (seconds = 30) =>
  pcError(429, '429', 'Rate limit is exceeded.', { headers: { 'Retry-After': String(seconds) } });
export const inProgress = () =>
  pcError(409, '800060', 'Your order is in progress. Check your order history for recent orders in few minutes');
// A notice in a successful response: an HTTP 200 with a code the catalog doesn't list. (10021 and 400072, the page's
// own HTTP 200 rows, are failed line items: errors, not notices.)
export const notice = () => pcError(200, '70000', 'The order was placed. One add-on starts at the next billing date.');
export const unauthorized = () =>
  pcError(401, '800001', 'Partner Token missing in request context', {
    headers: { 'WWW-Authenticate': 'OAuth realm=urn:cpsvc:cpid:4f0b' },
  });
export const missingRegistration = () => pcError(400, '600049', 'Organization registration ID information is missing');
export const offline = () => networkError(new TypeError('Failed to fetch'));
export const hostile = () =>
  pcError(400, '3000', '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>{0}');

/**
 * A response whose code the catalog finds by code alone (its status is not the documented one): the entry or the
 * candidates and `statusMismatch`, as the catalog's code-first lookup gives them.
 */
export const foundByCode = (status: number, code: string, description: string): PartnerCenterError & ErrorFacts => ({
  ...pcError(status, code, description),
  ...lookupEntry(code, status),
});
/** 800089 is documented under 403 and arrives as 400. */
export const mismatched = () =>
  foundByCode(
    400,
    '800089',
    'For the current term, the requested number of 1 asset(s) exceeded the remaining limit of 0 assets allowed per customer.',
  );
/** 2006 is documented under 400 and 403; a 500 may be either. */
export const ambiguous = () => foundByCode(500, '2006', 'The request could not be completed for offer 3f2a9c1e.');
/** 900278 waits 24 hours: its entry's retryAfterHint, no countdown. */
export const waitsADay = () => pcError(409, '900278', 'Try again after 24 hours.');
