import type { PartnerCenterError } from '@pc-errors/error-catalog';

/**
 * A failed Partner Center call, thrown by the API client so that TanStack Query and error boundaries can carry it:
 * `error` is the normalized failure, `cause` what fetch threw when no response arrived.
 */
export class PartnerCenterRequestError extends Error {
  override readonly name = 'PartnerCenterRequestError';
  constructor(
    readonly error: PartnerCenterError,
    options?: { cause?: unknown },
  ) {
    super(error.title, options);
  }
}

/** Whether a thrown value is a failed Partner Center call (by shape too, so it survives realms and copies). */
export function isPartnerCenterRequestError(value: unknown): value is PartnerCenterRequestError {
  return (
    value instanceof PartnerCenterRequestError ||
    (typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'PartnerCenterRequestError')
  );
}
