import type { PartnerCenterError, Remediation } from '../types';
import { isIdentityStatus, statusDecides } from './status-kinds';
import { deepFreeze } from './freeze';
import { getHttpStatus } from './http-statuses';
import { oauthValue } from './oauth-errors';
import { OAUTH_FALLBACK, OAUTH_REMEDIATION } from './oauth-remediation';

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
 * The fix to show for any error: the entry's own remediation (unless the failure status received is of another kind
 * than the code's documented ones, as a cart code on a 401: then the status decides, as it did the title); for a
 * sign-in error the catalog has no entry for, at a status the identity platform gives one (400, 401, 403), the fix of
 * its OAuth `error` value (a token endpoint's 400 is not "change the request"); else the generic one of its HTTP status,
 * else a fix for a failed connection (status 0) or for a status the page does not name. A status-0 error whose
 * category is given and is neither `transient` nor `cancelled` had a response with an invalid status.
 */
export function remediationOf(
  error: Pick<PartnerCenterError, 'entry' | 'httpStatus'> &
    Partial<Pick<PartnerCenterError, 'category' | 'oauthError' | 'code' | 'statusMismatch'>>,
): Remediation {
  try {
    return fixOf(error);
  } catch {
    return UNKNOWN; // an error whose fields cannot be read (a throwing getter, a revoked Proxy)
  }
}

function fixOf(error: Parameters<typeof remediationOf>[0]): Remediation {
  const mismatch = error.statusMismatch;
  if (error.entry && !(mismatch && statusDecides(error.httpStatus, mismatch.documented)))
    return error.entry.remediation;
  const signIn =
    error.oauthError !== undefined || (error.category === 'authentication' && /^AADSTS\d/.test(error.code ?? ''));
  if (signIn && isIdentityStatus(error.httpStatus))
    return oauthValue(OAUTH_REMEDIATION, error.oauthError) ?? OAUTH_FALLBACK;
  const noResponse =
    error.httpStatus === 0 &&
    (error.category === undefined || error.category === 'transient' || error.category === 'cancelled');
  return getHttpStatus(error.httpStatus)?.remediation ?? (noResponse ? NETWORK : UNKNOWN);
}
