// One PartnerCenterError per failed cart line item or checkout order group: the errors a successful response carries.
import { lookupEntry } from '../catalog/lookup';
import type { PartnerCenterError, Problem } from '../types';
import { cleanDescription, explained, identifier, part, setTraceIds, timeOf } from './build-error';
import { dataOf } from './data';
import { codeOf, type Field, isRecord, reader, textOf } from './fields';
import { readHeaders } from './headers';
import { forEachLineItem, listLength } from './line-items';
import { addProblem, mergeProblems } from './problems';
import { isStatus } from './status-fallback';

/** The response a cart or checkout body came in, so that each error keeps its trace IDs and time. */
export interface LineItemContext {
  /** The response's status (a cart answers 201, checkout 201 or 200). @default 200 */
  status?: number;
  /** The response's headers: `MS-CorrelationId` and `MS-RequestId` are kept on every error. */
  headers?: HeadersInit | Record<string, string>;
  /** When the response was received. @default now */
  receivedAt?: string | Date;
}

/** The most characters of a body given as JSON text: a cart of MAX_LINE_ITEMS line items, each with its error, fits. */
const MAX_TEXT = 2 ** 20;
/**
 * The deepest nesting of JSON text parsed: a cart with add-ons of add-ons and their errors' data is about 12 deep.
 * `JSON.parse` of deeply nested text costs more than its length (a megabyte of `[` takes a third of a second).
 */
const MAX_NESTING = 64;

// One pass over the text, strings skipped: whether any point of it is nested deeper than MAX_NESTING.
function tooDeep(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_NESTING) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

type Shared = Pick<PartnerCenterError, 'httpStatus' | 'receivedAt' | 'correlationId' | 'requestId' | 'problems'>;

function sharedOf(context: LineItemContext | undefined): Shared {
  const problems: Problem[] = [];
  const status = part(() => context?.status, undefined, problems, 'status');
  if (status !== undefined && !isStatus(status)) addProblem(problems, 'status-invalid');
  const headers = part(() => readHeaders(context?.headers, problems), {}, problems, 'headers');
  const shared: Shared = {
    httpStatus: isStatus(status) ? status : 200,
    receivedAt: part(() => timeOf(context?.receivedAt, problems), new Date(), problems, 'receivedAt').toISOString(),
    problems,
  };
  setTraceIds(shared, headers, {}, problems);
  return shared;
}

function objectOf(body: unknown): object | undefined {
  try {
    if (typeof body !== 'string') return isRecord(body) ? body : undefined; // a revoked Proxy throws here
    if (body.length > MAX_TEXT || tooDeep(body)) return undefined;
    const parsed: unknown = JSON.parse(body);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

interface Failure {
  code: unknown;
  description: unknown;
  data?: unknown;
  lineItem: NonNullable<PartnerCenterError['lineItem']>;
  /** The title of a failure the catalog cannot explain. */
  fallbackTitle: string;
}

function errorOf(failure: Failure, shared: Shared, problems: Problem[]): PartnerCenterError {
  const received = codeOf(failure.code, problems);
  if (received === null) addProblem(problems, failure.code === undefined ? 'code-missing' : 'code-invalid');
  const found = received === null ? {} : lookupEntry(received);
  const { entry } = found;
  const description = cleanDescription({ description: textOf(failure.description) }, problems);
  if (!description) addProblem(problems, 'description-missing');
  const info = failure.data;
  const title = failure.fallbackTitle;
  const error = explained(
    {
      httpStatus: shared.httpStatus,
      // A cart's SDK name ("InventoryNotAvailable") is given as the catalog's code.
      code: entry?.origin === 'cart' ? entry.code : received,
      description: description ?? entry?.message ?? `${title}: the response did not say why.`,
      data: info === undefined || info === null ? [] : dataOf(isRecord(info) ? [info] : info, problems),
      source: null,
      receivedAt: shared.receivedAt,
      lineItem: failure.lineItem,
      problems: mergeProblems(shared.problems, problems),
    },
    found,
    { title, category: 'unknown', severity: 'error', retryable: false },
  );
  // Set, not spread: every error of a cart then has one shape, which keeps a 1,000-item cart fast to read.
  if (shared.correlationId) error.correlationId = shared.correlationId;
  if (shared.requestId) error.requestId = shared.requestId;
  return error;
}

// A line item's ID is an integer in the SDKs and a string in the REST reference: either is kept, as an identifier.
function idOf(value: unknown, field: string, problems: Problem[]): string | number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return typeof value === 'string' ? identifier(value, field, problems) : undefined;
}

function lineItemOf(line: Field, problems: Problem[]): Failure['lineItem'] {
  const lineItemId = idOf(line('id'), 'lineItemId', problems);
  const orderGroup = line('orderGroup');
  const orderGroupId = typeof orderGroup === 'string' ? identifier(orderGroup, 'orderGroupId', problems) : undefined;
  return { ...(lineItemId !== undefined && { lineItemId }), ...(orderGroupId !== undefined && { orderGroupId }) };
}

/**
 * One error per failed line item of a cart (`POST …/carts` answers 201 with the cart; each `lineItems[i].error`
 * holds `errorCode`, a `CartErrorCode` number or name, `errorDescription` and `additionalInformation`). Add-ons are
 * line items too. Each error has `lineItem` (`lineItemId`, `orderGroupId`), the catalog entry of its code (cart codes,
 * and the page's codes such as 10021), the trace IDs and time of `context`, and the additional information as `data`.
 * Lines without an error are skipped. Never throws; reads at most 1,000 line items (`problems` then says
 * `truncated` on every error), and gives `[]` for anything that is not a cart (an object or its JSON text).
 * @example const failed = parseCartErrors(await response.json(), { status: response.status, headers: response.headers })
 */
export function parseCartErrors(body: unknown, context?: LineItemContext): PartnerCenterError[] {
  const cart = objectOf(body);
  if (!cart) return [];
  const shared = sharedOf(context);
  // Read first, built after: a truncated list is then said on every error.
  const failed: { line: Field; failure: Field; problems: Problem[] }[] = [];
  forEachLineItem(reader(cart, shared.problems)('lineItems'), shared.problems, (line) => {
    const failure = line('error');
    const problems: Problem[] = [];
    if (isRecord(failure)) failed.push({ line, failure: reader(failure, problems, 'lineItem.error'), problems });
  });
  return failed.map(({ line, failure, problems }) =>
    errorOf(
      {
        code: failure('errorCode'),
        description: failure('errorDescription'),
        data: failure('additionalInformation'),
        lineItem: lineItemOf(line, problems),
        fallbackTitle: 'Line item failed',
      },
      shared,
      problems,
    ),
  );
}

/**
 * One error per failed order group of a checkout (`POST …/carts/{id}/checkout` answers with `orders`, the orders
 * placed, and `orderErrors`: `orderGroupId`, `code`, `description`). Each error has `lineItem.orderGroupId`, the
 * catalog entry of its code (a code of the error page, such as 800089, or a cart code; a code documented under several
 * statuses gets `candidates`), and the trace IDs and time of `context`. Never throws; reads at most 1,000 order
 * errors, and gives `[]` for anything that is not a checkout result.
 * @example const failed = parseCheckoutResult(result, { status: 201, headers: response.headers })
 */
export function parseCheckoutResult(body: unknown, context?: LineItemContext): PartnerCenterError[] {
  const result = objectOf(body);
  if (!result) return [];
  const shared = sharedOf(context);
  const list = reader(result, shared.problems)('orderErrors');
  const errors: PartnerCenterError[] = [];
  const count = listLength(list, shared.problems, 'orderErrors');
  for (let index = 0; index < count; index++) {
    const item = part(() => (list as unknown[])[index], undefined, shared.problems, 'orderErrors');
    if (!isRecord(item)) continue;
    const problems: Problem[] = [];
    const failure = reader(item, problems, 'orderError');
    const group = failure('orderGroupId');
    const orderGroupId = typeof group === 'string' || typeof group === 'number' ? String(group) : undefined;
    const kept = orderGroupId === undefined ? undefined : identifier(orderGroupId, 'orderGroupId', problems);
    errors.push(
      errorOf(
        {
          code: failure('code'),
          description: failure('description'),
          lineItem: kept === undefined ? {} : { orderGroupId: kept },
          fallbackTitle: 'Order group failed',
        },
        shared,
        problems,
      ),
    );
  }
  return errors;
}
