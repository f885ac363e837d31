import {
  formatMessage,
  getHttpStatus,
  matchTemplate,
  placeholdersOf,
  type CatalogEntry,
  type PartnerCenterError,
} from '@pc-errors/error-catalog';
import { factsOf } from './errorFacts';
import type { CatalogText } from './i18n/I18nProvider';

/**
 * The values of a documented template's placeholders as the server's description gives them, read by the
 * catalog's linear matcher; an ellipsis for each when the description does not follow the template.
 */
function valuesOf(template: string, description: string): Record<string, string> {
  return (
    matchTemplate(template, description) ?? Object.fromEntries(placeholdersOf(template).map((name) => [name, '…']))
  );
}

/**
 * The title to show: a documented template (`Subscription with ID {0} not found.`) with its values
 * read back from the server's description when that description follows the template, else with
 * an ellipsis where a value goes. The description itself is never changed.
 */
export function displayTitle(title: string, error: Pick<PartnerCenterError, 'description'>): string {
  return formatMessage(title, valuesOf(title, error.description));
}

/**
 * An error's title as shown: the entry's message in the current locale if translated. The values are
 * read with the documented (English) template, which is what the server's description follows.
 */
export function errorTitle(
  error: Pick<PartnerCenterError, 'title' | 'description' | 'entry' | 'httpStatus'>,
  catalogText: Record<string, CatalogText>,
): string {
  if (!error.entry) {
    // Only the status's own title is replaced: a network error's "The request timed out" is not a status title.
    const status = getHttpStatus(error.httpStatus);
    const translated = status?.title === error.title ? catalogText[`http-${status.status}`]?.message : undefined;
    return translated || error.title;
  }
  const translated = catalogText[error.entry.id]?.message;
  if (!translated) return displayTitle(error.title, error);
  return formatMessage(translated, valuesOf(error.entry.message, error.description));
}

/** "403 Forbidden" for a status the catalog names, else the number alone. */
function statusWithName(status: number, entries: readonly CatalogEntry[] = []): string {
  const name = entries.find((entry) => entry.httpStatus === status)?.httpStatusName ?? getHttpStatus(status)?.name;
  return name ? `${status} ${name}` : String(status);
}

/**
 * "400 BadRequest", or the words for no response at all. The name is the received status's: an entry found under
 * another status (`statusMismatch`) does not lend it its own.
 */
export function statusLabel(error: Pick<PartnerCenterError, 'httpStatus' | 'entry'>, noResponse: string): string {
  if (error.httpStatus === 0) return noResponse;
  return statusWithName(error.httpStatus, error.entry ? [error.entry] : []);
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
