import { access } from '../catalog/access';
import type { PartnerCenterError } from '../types';
import { buildError, type ErrorResponseInput, safely } from './build-error';

export type { ErrorResponseInput };

/**
 * Reads any Partner Center error response into one normalized, safe object. Never throws:
 * whatever is wrong with the input is described in `problems`, and the result is still usable.
 * Only allow-listed headers are read; the server's description is kept as data, never formatted.
 * The code decides the catalog entry and the status picks among its entries (`lookupEntry`): a code documented under
 * another status is still explained, with `statusMismatch`; one documented under several gets `candidates`.
 * Besides the Partner Center body it reads the identity platform's OAuth error, the Graph envelope, RFC 9457 problem
 * details and Azure API Management's throttling body; a successful cart or checkout body with failed line items says
 * how many failed (`parseCartErrors` and `parseCheckoutResult` give one error per failure).
 * @example parseErrorResponse({ status: 404, body: { code: 20003, description: 'Subscription with ID x not found.', source: 'PartnerFD' } })
 */
export function parseErrorResponse(input: ErrorResponseInput): PartnerCenterError {
  return safely(input, () => buildError(input, access));
}
