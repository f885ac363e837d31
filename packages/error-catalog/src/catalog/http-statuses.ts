import type { ErrorCategory, HttpStatusInfo } from '../types';
import { deepFreeze } from './freeze';
import { GDAP_STEPS } from './gdap';

const CONTACT = 'If it persists, contact support with the MS-CorrelationId and MS-RequestId.';
const HEALTH = 'Check the Partner Center service health if it keeps happening.';

const status = (
  code: number,
  name: string,
  title: string,
  category: ErrorCategory,
  retryable: boolean,
  summary: string,
  ...steps: string[]
): HttpStatusInfo => ({ status: code, name, title, category, retryable, remediation: { summary, steps } });

/** Every HTTP status the source page names (200 and 417 included), with the fix for codes it does not list. Deeply frozen. */
export const httpStatuses: readonly HttpStatusInfo[] = deepFreeze([
  status(
    200,
    'OK',
    'Completed with a notice',
    'unknown',
    false,
    'The request succeeded, but the service attached a notice.',
    'Read the description and confirm the result is what the customer expects.',
  ),
  status(
    400,
    'BadRequest',
    'Bad request',
    'validation',
    false,
    'The request was rejected as invalid; change it before sending it again.',
    'Correct the field or value the description names.',
  ),
  status(
    401,
    'Unauthorized',
    'Unauthorized',
    'authentication',
    false,
    'The request had no valid Partner Center access token.',
    'Sign in again for a fresh token.',
    'Check that the app has consent for the Partner Center API in this tenant.',
  ),
  status(
    403,
    'Forbidden',
    'Forbidden',
    'authorization',
    false,
    "The account lacks access: a Partner Center role in your own tenant, or GDAP access in the customer's.",
    'For your own tenant: give the user the needed Partner Center role.',
    ...GDAP_STEPS,
  ),
  status(
    404,
    'NotFound',
    'Not found',
    'not-found',
    false,
    "The resource doesn't exist, or isn't visible to you.",
    'Check the IDs in the request, and the customer.',
    'List the resource again for its current ID.',
  ),
  status(
    405,
    'MethodNotAllowed',
    'Method not allowed',
    'validation',
    false,
    "This endpoint doesn't accept that HTTP method.",
    'Use the method the REST reference gives for this operation.',
  ),
  status(
    406,
    'NotAcceptable',
    'Not acceptable',
    'validation',
    false,
    "The service can't answer in the format the request asked for.",
    'Send Accept: application/json.',
  ),
  status(
    408,
    'RequestTimeout',
    'Request timeout',
    'transient',
    true,
    'The service took too long to handle the request.',
    'Retry in a moment with the same MS-RequestId, so that a repeat is recognized.',
    CONTACT,
  ),
  status(
    409,
    'Conflict',
    'Conflict',
    'conflict',
    false,
    "The request conflicts with the resource's current state.",
    'Fetch the resource again and apply your change to its current state.',
  ),
  status(
    412,
    'PreconditionFailed',
    'Precondition failed',
    'conflict',
    false,
    'The resource changed since you read it (its ETag no longer matches).',
    'Read it again and send your change with the new ETag.',
  ),
  status(
    417,
    'ExpectationFailed',
    'Expectation failed',
    'conflict',
    false,
    "A precondition the service checks for this operation wasn't met.",
    'Fix the condition the description names and send the request again.',
  ),
  status(
    429,
    'TooManyRequests',
    'Too many requests',
    'limit',
    true,
    'Partner Center is throttling your calls.',
    'Wait for the time Retry-After gives before you retry.',
    'Spread bulk operations out over time.',
  ),
  status(
    500,
    'InternalServerError',
    'Internal server error',
    'service',
    true,
    'Partner Center failed while handling the request.',
    'Check whether the action completed before retrying.',
    'Retry later with the same MS-RequestId.',
    CONTACT,
  ),
  status(
    501,
    'NotImplemented',
    'Not implemented',
    'service',
    false,
    "The service doesn't support this operation.",
    'Check the REST reference for a supported way to do this.',
  ),
  status(
    502,
    'BadGateway',
    'Bad gateway',
    'transient',
    true,
    'A gateway in front of Partner Center got no valid answer from it.',
    'Retry in a minute with the same MS-RequestId.',
    HEALTH,
  ),
  status(
    503,
    'ServiceUnavailable',
    'Service unavailable',
    'transient',
    true,
    'Partner Center is temporarily unavailable.',
    'Retry after the time Retry-After gives, or after a minute.',
    HEALTH,
  ),
  status(
    504,
    'GatewayTimeout',
    'Gateway timeout',
    'transient',
    true,
    "Partner Center didn't answer a gateway in time.",
    'Check whether the action completed: a slow call may still succeed.',
    'Retry with the same MS-RequestId.',
  ),
]);

const byStatus = new Map(httpStatuses.map((info) => [info.status, info]));

/** The fallback explanation of an HTTP status the source page names, else `undefined`. */
export function getHttpStatus(status: number): HttpStatusInfo | undefined {
  return byStatus.get(status);
}
