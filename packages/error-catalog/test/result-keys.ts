import type { PartnerCenterError } from '../src';

/** Every field a PartnerCenterError may have: a parsed result never carries any other key. */
export const RESULT_KEYS: ReadonlySet<string> = new Set<keyof PartnerCenterError>([
  'httpStatus',
  'code',
  'description',
  'data',
  'source',
  'entry',
  'statusMismatch',
  'candidates',
  'lineItem',
  'title',
  'category',
  'severity',
  'retryable',
  'retryAfterSeconds',
  'retryAfterSource',
  'correlationId',
  'requestId',
  'authenticateRealm',
  'oauthError',
  'contentType',
  'receivedAt',
  'problems',
]);
