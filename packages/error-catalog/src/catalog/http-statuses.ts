import type { HttpStatusInfo } from '../types';
import { deepFreeze } from './freeze';

const CONTACT =
  'If it persists, contact Partner Center support with the MS-CorrelationId and MS-RequestId of the call.';

/** Every HTTP status the source page names (200 and 417 included), with the fix for codes it does not list. Deeply frozen. */
export const httpStatuses: readonly HttpStatusInfo[] = deepFreeze([
  {
    status: 200,
    name: 'OK',
    title: 'Completed with a notice',
    category: 'unknown',
    retryable: false,
    remediation: {
      summary: 'The request succeeded, but the service attached a notice worth reading.',
      steps: ['Read the description and confirm the result is what the customer expects.'],
    },
  },
  {
    status: 400,
    name: 'BadRequest',
    title: 'Bad request',
    category: 'validation',
    retryable: false,
    remediation: {
      summary: 'The service rejected the request as invalid; change it before sending it again.',
      steps: [
        'Read the description: it usually names the field or value that is wrong.',
        'Correct the request and submit it again.',
      ],
    },
  },
  {
    status: 401,
    name: 'Unauthorized',
    title: 'Unauthorized',
    category: 'authentication',
    retryable: false,
    remediation: {
      summary: 'The request had no valid Partner Center access token.',
      steps: [
        'Sign in again so the portal gets a fresh token.',
        'Check that the app registration is consented for the Partner Center API in this tenant.',
      ],
    },
  },
  {
    status: 403,
    name: 'Forbidden',
    title: 'Forbidden',
    category: 'authorization',
    retryable: false,
    remediation: {
      // Since DAP's retirement, a partner reaches a customer's tenant only through GDAP: the Admin agent role is not enough.
      summary: "The account lacks access: a Partner Center role in your own tenant, or GDAP access in the customer's.",
      steps: [
        'For your own tenant: give the user the needed Partner Center role (for example Admin agent).',
        'Check that your GDAP relationship with this customer is active (Customers > the customer > Admin relationships).',
        "If it expired, request a new one for the customer to approve: expired relationships can't be reactivated.",
        'Check that a security group in that relationship has the Microsoft Entra role this action needs, and that the user is in it.',
      ],
    },
  },
  {
    status: 404,
    name: 'NotFound',
    title: 'Not found',
    category: 'not-found',
    retryable: false,
    remediation: {
      summary: 'The resource the request names does not exist, or is not visible to you.',
      steps: [
        'Check the IDs in the request for typos and for the right customer.',
        'List the resource again to get its current ID.',
      ],
    },
  },
  {
    status: 405,
    name: 'MethodNotAllowed',
    title: 'Method not allowed',
    category: 'validation',
    retryable: false,
    remediation: {
      summary: 'This endpoint does not accept that HTTP method.',
      steps: [
        'Check the Partner Center REST reference for the method this operation takes (GET, POST, PATCH, PUT or DELETE).',
      ],
    },
  },
  {
    status: 406,
    name: 'NotAcceptable',
    title: 'Not acceptable',
    category: 'validation',
    retryable: false,
    remediation: {
      summary: 'The service cannot answer in the format the request asked for.',
      steps: ['Send Accept: application/json with the request.'],
    },
  },
  {
    status: 408,
    name: 'RequestTimeout',
    title: 'Request timeout',
    category: 'transient',
    retryable: true,
    remediation: {
      summary: 'The service took too long to handle the request.',
      steps: ['Wait a moment and retry with the same MS-RequestId so the service can recognize a repeat.', CONTACT],
    },
  },
  {
    status: 409,
    name: 'Conflict',
    title: 'Conflict',
    category: 'conflict',
    retryable: false,
    remediation: {
      summary: 'The request conflicts with the current state of the resource.',
      steps: [
        'Fetch the resource again to see its current state.',
        'Apply your change to that state and submit it again.',
      ],
    },
  },
  {
    status: 412,
    name: 'PreconditionFailed',
    title: 'Precondition failed',
    category: 'conflict',
    retryable: false,
    remediation: {
      summary: 'The resource changed since you read it (its ETag no longer matches).',
      steps: [
        'Read the resource again to get its current ETag.',
        'Re-apply your change and send it with the new ETag.',
      ],
    },
  },
  {
    status: 417,
    name: 'ExpectationFailed',
    title: 'Expectation failed',
    category: 'conflict',
    retryable: false,
    remediation: {
      summary: 'A precondition the service checks for this operation was not met.',
      steps: ['Read the description for the condition that failed.', 'Fix that condition and send the request again.'],
    },
  },
  {
    status: 429,
    name: 'TooManyRequests',
    title: 'Too many requests',
    category: 'limit',
    retryable: true,
    remediation: {
      summary: 'Partner Center is throttling your calls.',
      steps: [
        'Wait for the time given by Retry-After before you retry.',
        'Spread bulk operations out over time instead of sending them at once.',
      ],
    },
  },
  {
    status: 500,
    name: 'InternalServerError',
    title: 'Internal server error',
    category: 'service',
    retryable: true,
    remediation: {
      summary: 'Partner Center failed while handling the request.',
      steps: [
        'Check your order or subscription list before retrying: the action may have completed.',
        'Retry later with the same MS-RequestId.',
        CONTACT,
      ],
    },
  },
  {
    status: 501,
    name: 'NotImplemented',
    title: 'Not implemented',
    category: 'service',
    retryable: false,
    remediation: {
      summary: 'The service does not support this operation.',
      steps: ['Check the Partner Center REST reference for a supported way to do this.'],
    },
  },
  {
    status: 502,
    name: 'BadGateway',
    title: 'Bad gateway',
    category: 'transient',
    retryable: true,
    remediation: {
      summary: 'A gateway in front of Partner Center got no valid answer from it.',
      steps: [
        'Wait a minute and retry with the same MS-RequestId.',
        'Check the Partner Center service health if it keeps happening.',
      ],
    },
  },
  {
    status: 503,
    name: 'ServiceUnavailable',
    title: 'Service unavailable',
    category: 'transient',
    retryable: true,
    remediation: {
      summary: 'Partner Center is temporarily unavailable.',
      steps: [
        'Retry after the time given by Retry-After, or after a minute.',
        'Check the Partner Center service health if it keeps happening.',
      ],
    },
  },
  {
    status: 504,
    name: 'GatewayTimeout',
    title: 'Gateway timeout',
    category: 'transient',
    retryable: true,
    remediation: {
      summary: 'Partner Center did not answer a gateway in time.',
      steps: [
        'Check whether the action completed before you retry: a slow call may still succeed.',
        'Retry with the same MS-RequestId.',
      ],
    },
  },
]);

const byStatus = new Map(httpStatuses.map((info) => [info.status, info]));

/** The fallback explanation of an HTTP status the source page names, else `undefined`. */
export function getHttpStatus(status: number): HttpStatusInfo | undefined {
  return byStatus.get(status);
}
