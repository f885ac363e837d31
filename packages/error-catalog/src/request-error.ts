import { diagnosticsText, redactSecrets } from './format/diagnostics';
import { readErrorResponse, type ReadErrorResponseOptions } from './parse/read-error-response';
import type { PartnerCenterError } from './types';

// A brand in the global symbol registry, which every realm (iframe, worker) and every copy of this package shares:
// `instanceof` fails for an error made by another bundle's copy of the class.
const BRAND = Symbol.for('@pc-errors/error-catalog/PartnerCenterRequestError');
// Node's `util.inspect` (and so `console.log`/`console.error` in Node) calls this instead of listing properties.
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** The message of a thrown error: the title and the status and code only, never the server's description. */
function messageOf(error: PartnerCenterError): string {
  try {
    const status = error.httpStatus ? `HTTP ${error.httpStatus}` : 'no response';
    return redactSecrets(`${error.title} (${status}${error.code === null ? '' : `, code ${error.code}`})`);
  } catch {
    return 'Partner Center error (unreadable)'; // an error whose fields cannot be read
  }
}

/**
 * A Partner Center error to throw: for `fetch` wrappers, React Query, error boundaries. `error` (also its `cause`) is
 * the parsed error, with the server's raw words. The message holds only the title, status and code, so that logs and
 * error trackers never receive the server's description (which may quote what the request sent). Everything that
 * copies or prints an error on its own sees only the masked view: `JSON.stringify` (`toJSON`, the masked ticket),
 * Node's `console.log`/`console.error` and `util.inspect` (the stack and that same JSON), spread and `Object.keys`
 * (`name` only), `structuredClone` and `postMessage` (name, message, stack). `error` and `cause` are getters of the
 * class, read only when code asks for them by name.
 * @example if (!response.ok) throw await PartnerCenterRequestError.from(response)
 */
export class PartnerCenterRequestError extends Error {
  override readonly name = 'PartnerCenterRequestError';
  readonly #error: PartnerCenterError;

  constructor(error: PartnerCenterError) {
    super(messageOf(error));
    this.#error = error;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** The parsed error, as `readErrorResponse` or `parseErrorResponse` made it (raw: not for logs). */
  get error(): PartnerCenterError {
    return this.#error;
  }

  /** The parsed error, the same as `error`: the standard place error boundaries and trackers look for a cause. */
  override get cause(): PartnerCenterError {
    return this.#error;
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
    let facts = {};
    try {
      const { httpStatus, code, category, retryable, correlationId, requestId } = this.error;
      facts = {
        httpStatus,
        code,
        category,
        retryable,
        ...(correlationId && { correlationId }),
        ...(requestId && { requestId }),
      };
    } catch {
      // an error whose fields cannot be read: its name, message and ticket still say what is known
    }
    return { name: this.name, message: this.message, ...facts, diagnostics: diagnosticsText(this.error) };
  }

  /** What Node prints for the error: its stack (the masked message) and `toJSON`, never the raw description. */
  [INSPECT](_depth: number, options: object, inspect?: (value: unknown, options: object) => string): string {
    const json = this.toJSON();
    return `${this.stack ?? this.message}\n${inspect ? inspect(json, options) : JSON.stringify(json, null, 2)}`;
  }
}

/**
 * Whether a value is a `PartnerCenterRequestError`, also one made in another realm or by another copy of this package
 * (a brand, not `instanceof`), whose `error` can be read as one: an object with a numeric `httpStatus` and a string
 * `title`. A copy made by `structuredClone` or `postMessage` is not one (it keeps only name, message and stack). Never
 * throws.
 * @example catch (cause) { if (isPartnerCenterRequestError(cause)) show(cause.error) }
 */
export function isPartnerCenterRequestError(value: unknown): value is PartnerCenterRequestError {
  try {
    if (typeof value !== 'object' || value === null || (value as Record<symbol, unknown>)[BRAND] !== true) return false;
    const error: unknown = (value as { error?: unknown }).error;
    if (typeof error !== 'object' || error === null) return false;
    const { httpStatus, title } = error as { httpStatus?: unknown; title?: unknown };
    return typeof httpStatus === 'number' && typeof title === 'string';
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
