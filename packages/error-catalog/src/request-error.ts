import { diagnosticsText, redactSecrets } from './format/diagnostics';
import { readErrorResponse, type ReadErrorResponseOptions } from './parse/read-error-response';
import type { PartnerCenterError } from './types';

// A brand in the global symbol registry, which every realm (iframe, worker) and every copy of this package shares:
// `instanceof` fails for an error made by another bundle's copy of the class.
const BRAND = Symbol.for('@pc-errors/error-catalog/PartnerCenterRequestError');

/** The message of a thrown error: the title and the status and code only, never the server's description. */
function messageOf(error: PartnerCenterError): string {
  const status = error.httpStatus ? `HTTP ${error.httpStatus}` : 'no response';
  return redactSecrets(`${error.title} (${status}${error.code === null ? '' : `, code ${error.code}`})`);
}

/**
 * A Partner Center error to throw: for `fetch` wrappers, React Query, error boundaries. `error` (also its `cause`) is
 * the parsed error. The message holds only the title, status and code, so that logs and error trackers never receive
 * the server's description (which may quote what the request sent); `toJSON` gives the masked support ticket.
 * @example if (!response.ok) throw await PartnerCenterRequestError.from(response)
 */
export class PartnerCenterRequestError extends Error {
  override readonly name = 'PartnerCenterRequestError';
  /** The parsed error, as `readErrorResponse` or `parseErrorResponse` made it. */
  readonly error: PartnerCenterError;
  declare readonly cause: PartnerCenterError;

  constructor(error: PartnerCenterError) {
    super(messageOf(error), { cause: error });
    this.error = error;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /**
   * Reads a failed response (at most 64 KiB, within `options.timeoutMs`) into the error to throw.
   * @example throw await PartnerCenterRequestError.from(response, { signal })
   */
  static async from(response: Response, options?: ReadErrorResponseOptions): Promise<PartnerCenterRequestError> {
    return new PartnerCenterRequestError(await readErrorResponse(response, options));
  }

  /** What a logger or `JSON.stringify` keeps: the identifiers and the masked ticket, no stack, no raw description. */
  toJSON() {
    const { httpStatus, code, category, retryable, correlationId, requestId } = this.error;
    return {
      name: this.name,
      message: this.message,
      httpStatus,
      code,
      category,
      retryable,
      ...(correlationId && { correlationId }),
      ...(requestId && { requestId }),
      diagnostics: diagnosticsText(this.error),
    };
  }
}

/**
 * Whether a value is a `PartnerCenterRequestError`, also one made in another realm or by another copy of this package
 * (a brand, not `instanceof`). Never throws.
 * @example catch (cause) { if (isPartnerCenterRequestError(cause)) show(cause.error) }
 */
export function isPartnerCenterRequestError(value: unknown): value is PartnerCenterRequestError {
  try {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  } catch {
    return false;
  }
}

/**
 * The response itself when it is a success (2xx); else throws the `PartnerCenterRequestError` it carries.
 * @example const customers = await (await throwIfError(await fetch(url, init))).json()
 */
export async function throwIfError(response: Response, options?: ReadErrorResponseOptions): Promise<Response> {
  if (response.ok) return response;
  throw await PartnerCenterRequestError.from(response, options);
}
