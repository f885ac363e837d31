// The bodies of the services a Partner Center portal also meets: the identity platform's token endpoint (OAuth 2.0),
// Microsoft Graph, and RFC 9457 problem details. Each is read as what it is, not reported as a malformed body.
import { identityCodeOf } from '../catalog/identity-code';
import type { Problem } from '../types';
import { dataOf } from './data';
import { type BodyFields, codeOf, empty, type Field, isRecord, reader, stringOf, textOf } from './fields';
import { addProblem } from './problems';

/** The most `error_codes` looked at: the identity platform sends one or two. */
const MAX_ERROR_CODES = 4;

function firstErrorCode(value: unknown): string | undefined {
  if (!Array.isArray(value)) return undefined;
  for (let index = 0; index < Math.min(value.length, MAX_ERROR_CODES); index++) {
    const number: unknown = value[index];
    if (Number.isSafeInteger(number) && (number as number) > 0) return `AADSTS${number as number}`;
  }
  return undefined;
}

/**
 * The identity platform's OAuth 2.0 error: `{ error: "invalid_grant", error_description: "AADSTS700082: …",
 * error_codes: [700082], trace_id, correlation_id }`. The AADSTS code is the code; the OAuth value is kept beside it.
 */
export function fromOAuth(error: string, field: Field, problems: Problem[]): BodyFields {
  const description = textOf(field('error_description'));
  if (!description) addProblem(problems, 'description-missing', 'error_description');
  const oauthError = codeOf(error, problems);
  let listed: string | undefined;
  try {
    listed = firstErrorCode(field('error_codes'));
  } catch {
    addProblem(problems, 'unreadable', 'body.error_codes');
  }
  return {
    ...empty(),
    code: identityCodeOf(description) ?? listed ?? oauthError,
    description,
    ...(oauthError && { oauthError: oauthError.toLowerCase() }),
    requestId: stringOf(field('trace_id')),
    correlationId: stringOf(field('correlation_id')),
  };
}

/** Microsoft Graph: `{ error: { code, message, innerError: { "request-id", date } } }`. */
export function fromGraph(envelope: object, problems: Problem[]): BodyFields {
  const graph = reader(envelope, problems, 'body.error');
  const inner = graph('innerError') ?? graph('innererror');
  const description = textOf(graph('message'));
  if (!description) addProblem(problems, 'description-missing', 'error.message');
  const requestId = isRecord(inner)
    ? stringOf(reader(inner, problems, 'body.error.innerError')('request-id'))
    : undefined;
  return { ...empty(), code: identityCodeOf(description) ?? codeOf(graph('code'), problems), description, requestId };
}

/**
 * Whether a body without `code` is an RFC 9457 problem: labelled `application/problem+json`, or with `title` or
 * `detail` beside `type` or `status`.
 */
export function isProblem(field: Field, contentType: string): boolean {
  const text = typeof field('detail') === 'string' || typeof field('title') === 'string';
  return text && (/problem\+json/i.test(contentType) || field('type') !== undefined || field('status') !== undefined);
}

/**
 * An RFC 9457 problem: `detail` (else `title`) as the description, `errors` (an ASP.NET validation map or a list) or
 * `invalid-params` as the data, `traceId` as the request ID.
 */
export function fromProblem(field: Field, problems: Problem[]): BodyFields {
  addProblem(problems, 'problem-details');
  const errors = field('errors') ?? field('invalid-params');
  return {
    ...empty(),
    description: textOf(field('detail')) ?? textOf(field('title')),
    data: dataOf(isRecord(errors) ? [errors] : errors, problems),
    requestId: stringOf(field('traceId')),
  };
}
