import {
  formatMessage,
  matchTemplate,
  placeholdersOf,
  statusFallback,
  type PartnerCenterError,
} from '@pc-errors/error-catalog';
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
    const translated =
      statusFallback(error.httpStatus).title === error.title
        ? catalogText[`http-${error.httpStatus}`]?.message
        : undefined;
    return translated || error.title;
  }
  const translated = catalogText[error.entry.id]?.message;
  if (!translated) return displayTitle(error.title, error);
  return formatMessage(translated, valuesOf(error.entry.message, error.description));
}

/**
 * "404 NotFound" (the status with the name the documentation gives it), "400" when the entry is documented under
 * another status (`statusMismatch`: it does not lend its name), or the words for no response at all.
 */
export function statusLabel(error: Pick<PartnerCenterError, 'httpStatus' | 'entry'>, noResponse: string): string {
  if (error.httpStatus === 0) return noResponse;
  return error.entry?.httpStatus === error.httpStatus
    ? `${error.httpStatus} ${error.entry.httpStatusName}`
    : String(error.httpStatus);
}
