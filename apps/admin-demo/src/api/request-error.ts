import type { PartnerCenterError } from '@pc-errors/error-catalog';

// The contract @pc-errors/error-catalog is getting (`PartnerCenterRequestError`, `isPartnerCenterRequestError`), in
// the same shape, until the package exports it; then this module goes and its importers take the package's.

/** A failed Partner Center call to throw: `error` (also its `cause`) is the parsed error. */
export class PartnerCenterRequestError extends Error {
  override readonly name = 'PartnerCenterRequestError';
  constructor(readonly error: PartnerCenterError) {
    super(error.title, { cause: error });
  }
}

/** Whether a thrown value is a failed Partner Center call. */
export function isPartnerCenterRequestError(value: unknown): value is PartnerCenterRequestError {
  return value instanceof PartnerCenterRequestError;
}
