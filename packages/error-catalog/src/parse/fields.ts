import type { Problem } from '../types';
import { addProblem } from './problems';
import { head, identifierText, MAX_CODE, MAX_DESCRIPTION } from './text';

/** What a response body says, before any fallback is applied. */
export interface BodyFields {
  code: string | null;
  /** The server's text as found (not yet cleaned or capped). */
  description?: string;
  data: unknown[];
  source: string | null;
  /** The identity platform's `trace_id`, Graph's `innerError["request-id"]`, a problem body's `traceId`. */
  requestId?: string;
  /** The identity platform's `correlation_id`. */
  correlationId?: string;
  /** The OAuth 2.0 `error` value (`invalid_grant`) of a token endpoint's answer, lower case. */
  oauthError?: string;
  /** Set when the body is markup (a gateway or proxy's page) rather than an answer of the API. */
  markup?: 'an HTML page' | 'an XML document';
  /** A successful cart or checkout body: how many of its line items or order groups failed. */
  partial?: PartialSuccess;
}

/** What a cart or checkout body says of its parts: `failed` of `total` line items (cart) or order groups (checkout). */
export interface PartialSuccess {
  kind: 'cart' | 'checkout';
  failed: number;
  total: number;
}

export const empty = (): BodyFields => ({ code: null, data: [], source: null });

/** A field reader: each field is read on its own, so a throwing getter or Proxy trap loses that field, not the body. */
export type Field = (name: string) => unknown;

export function reader(body: object, problems: Problem[], prefix = 'body'): Field {
  return (name) => {
    try {
      return (body as Record<string, unknown>)[name];
    } catch {
      addProblem(problems, 'unreadable', `${prefix}.${name}`);
      return undefined;
    }
  };
}

export function codeOf(value: unknown, problems: Problem[]): string | null {
  if (typeof value === 'string') return identifierText(value, MAX_CODE, 'code', problems);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

// Only the first part of a long text is looked at for content: the description is capped later anyway.
export const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' && head(value, MAX_DESCRIPTION).trim() ? value : undefined;

/** A string field kept as an identifier later (a trace or correlation ID); anything else is dropped. */
export const stringOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Whether a value is an object and not an array. Never throws: `Array.isArray` of a revoked Proxy does. */
export function isRecord(value: unknown): value is object {
  try {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
}
