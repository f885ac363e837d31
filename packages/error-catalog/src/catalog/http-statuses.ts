import type { HttpStatusInfo } from '../types';
import { deepFreeze } from './freeze';
import { GDAP_STEPS } from './gdap';
import { STATUS_TITLES } from './status-titles';

const CONTACT = 'If it persists, contact support with the MS-CorrelationId and MS-RequestId.';
const HEALTH = 'Check the Partner Center service health if it keeps happening.';

type Advice = readonly [summary: string, ...steps: string[]];

// The fix for a code the catalog does not know, by status. A retry re-sends the same MS-RequestId only where the
// outcome is unknown: Partner Center timed out (408, 504), failed while handling the call (500), or its answer never
// arrived (502). After a success or a business failure (4xx, 429), the next call gets a new one.
const ADVICE: Readonly<Record<number, Advice>> = {
  200: [
    'The request succeeded, but the service attached a notice.',
    'Read the description and confirm the result is what the customer expects.',
  ],
  400: [
    'The request was rejected as invalid; change it before sending it again.',
    'Correct the field or value the description names.',
  ],
  401: [
    'The request had no valid Partner Center access token.',
    'Sign in again for a fresh token.',
    'Check that the app has consent for the Partner Center API in this tenant.',
  ],
  403: [
    "The account lacks access: a Partner Center role in your own tenant, or GDAP access in the customer's.",
    'For your own tenant: give the user the needed Partner Center role.',
    ...GDAP_STEPS,
  ],
  404: [
    "The resource doesn't exist, or isn't visible to you.",
    'Check the IDs in the request, and the customer.',
    'List the resource again for its current ID.',
  ],
  405: [
    "This endpoint doesn't accept that HTTP method.",
    'Use the method the REST reference gives for this operation.',
  ],
  406: ["The service can't answer in the format the request asked for.", 'Send Accept: application/json.'],
  408: [
    'The service took too long to handle the request.',
    'Retry in a moment with the same MS-RequestId: the first attempt may still complete, and the service then knows the repeat.',
    CONTACT,
  ],
  409: [
    "The request conflicts with the resource's current state.",
    'Fetch the resource again and apply your change to its current state.',
  ],
  412: [
    'The resource changed since you read it (its ETag no longer matches).',
    'Read it again and send your change with the new ETag.',
  ],
  417: [
    "A precondition the service checks for this operation wasn't met.",
    'Fix the condition the description names and send the request again.',
  ],
  429: [
    'Partner Center is throttling your calls.',
    'Wait for the time Retry-After gives before you retry.',
    'Spread bulk operations out over time.',
  ],
  500: [
    'Partner Center failed while handling the request.',
    'Check whether the action completed before retrying.',
    'If it did not, retry later with the same MS-RequestId, so that a repeat is not carried out twice.',
    CONTACT,
  ],
  501: ["The service doesn't support this operation.", 'Check the REST reference for a supported way to do this.'],
  502: [
    'A gateway in front of Partner Center got no valid answer from it.',
    "Retry in a minute with the same MS-RequestId: Partner Center's answer never arrived, so the first attempt may have been carried out.",
    HEALTH,
  ],
  503: [
    'Partner Center is temporarily unavailable.',
    'Retry after the time Retry-After gives, or after a minute.',
    HEALTH,
  ],
  504: [
    "Partner Center didn't answer a gateway in time.",
    'Check whether the action completed: a slow call may still succeed.',
    'Retry with the same MS-RequestId, so that the service knows the repeat.',
  ],
};

/** Every HTTP status the source page names (200 and 417 included), with the fix for codes it does not list. Deeply frozen. */
export const httpStatuses: readonly HttpStatusInfo[] = deepFreeze(
  STATUS_TITLES.map(([status, name, title, category, retryable]): HttpStatusInfo => {
    const [summary, ...steps] = ADVICE[status] ?? [''];
    return { status, name, title, category, retryable, remediation: { summary, steps } };
  }),
);

const byStatus = new Map(httpStatuses.map((info) => [info.status, info]));

/** The fallback explanation of an HTTP status the source page names, else `undefined`. */
export function getHttpStatus(status: number): HttpStatusInfo | undefined {
  return byStatus.get(status);
}
