import type { CatalogEntry, PartnerCenterError } from '@pc-errors/error-catalog';
import { factsOf } from './errorFacts';

/** "403 Forbidden" where one of the entries is documented under the status, else the number alone. */
function statusWithName(status: number, entries: readonly CatalogEntry[] = []): string {
  const name = entries.find((entry) => entry.httpStatus === status)?.httpStatusName;
  return name ? `${status} ${name}` : String(status);
}

/**
 * The statuses an error's code is documented under, when it arrived with another one: "403 Forbidden", or
 * "400 BadRequest or 403 Forbidden" (joined by `list`); `undefined` when the received status is the documented one.
 */
export function documentedStatuses(
  error: PartnerCenterError,
  list: (items: string[]) => string,
  named = true,
): string | undefined {
  const { statusMismatch, candidates } = factsOf(error);
  const documented = statusMismatch?.documented.filter((status) => Number.isInteger(status));
  if (!documented?.length) return undefined;
  const entries = [...(error.entry ? [error.entry] : []), ...(candidates ?? [])];
  return list(documented.map((status) => (named ? statusWithName(status, entries) : String(status))));
}
