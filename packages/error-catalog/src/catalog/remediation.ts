import type { ErrorCategory, PartnerCenterError, Remediation } from '../types';
import { deepFreeze } from './freeze';
import { getHttpStatus } from './http-statuses';

const NETWORK: Remediation = deepFreeze({
  summary: 'The request got no answer: the network, a proxy or a timeout stopped it on the way.',
  steps: [
    'Check the connection, VPN or proxy.',
    'Before retrying a purchase, check the order history: it may have gone through.',
    'Retry with the same MS-RequestId so that a repeat is not carried out twice.',
  ],
});

const UNKNOWN: Remediation = deepFreeze({
  summary: 'Partner Center answered with a status this library does not know.',
  steps: ['Read the description for what went wrong.', 'Contact support with the MS-CorrelationId and MS-RequestId.'],
});

/**
 * The fix to show for any error: the entry's own remediation, else the generic one of its HTTP status,
 * else a fix for a failed connection (status 0) or for a status the page does not name. A status-0 error whose
 * category is given and is neither `transient` nor `cancelled` had a response with an invalid status.
 */
export function remediationOf(
  error: Pick<PartnerCenterError, 'entry' | 'httpStatus'> & { category?: ErrorCategory },
): Remediation {
  const noResponse =
    error.httpStatus === 0 &&
    (error.category === undefined || error.category === 'transient' || error.category === 'cancelled');
  return error.entry?.remediation ?? getHttpStatus(error.httpStatus)?.remediation ?? (noResponse ? NETWORK : UNKNOWN);
}
