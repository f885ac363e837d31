import { formatMessage, getHttpStatus, type PartnerCenterError } from '@pc-errors/error-catalog';
import type { CatalogText } from './i18n/I18nProvider';

const PLACEHOLDER = /(?<![\w)\]}\\])\{(\d+|[A-Za-z](?:[A-Za-z ]*[A-Za-z])?)\}/g;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Template {
  names: string[];
  pattern: RegExp;
}
// A table titles every row, so each template is compiled once (there are a few hundred at most).
const templates = new Map<string, Template | null>();

function templateOf(title: string): Template | null {
  let template = templates.get(title);
  if (template === undefined) {
    const names = [...title.matchAll(PLACEHOLDER)].map((match) => match[1] as string);
    const source = title
      .split(PLACEHOLDER)
      .map((part, index) => (index % 2 ? '(.+?)' : escapeRegExp(part)))
      .join('');
    template = names.length ? { names, pattern: new RegExp(`^${source}$`, 's') } : null;
    if (templates.size < 2000) templates.set(title, template);
  }
  return template;
}

/** The values of a template's placeholders as the server's description gives them; an ellipsis for each it does not. */
function valuesOf(template: Template, description: string): Record<string, string> {
  const match = template.pattern.exec(description);
  const values: Record<string, string> = {};
  template.names.forEach((name, index) => (values[name] = match?.[index + 1] ?? '…'));
  return values;
}

/**
 * The title to show: a documented template (`Subscription with ID {0} not found.`) with its values
 * read back from the server's description when that description follows the template, else with
 * an ellipsis where a value goes. The description itself is never changed.
 */
export function displayTitle(title: string, error: Pick<PartnerCenterError, 'description'>): string {
  const template = templateOf(title);
  return template ? formatMessage(title, valuesOf(template, error.description)) : title;
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
  const template = templateOf(error.entry.message);
  return template ? formatMessage(translated, valuesOf(template, error.description)) : translated;
}

/** "403 Forbidden", or the words for no response at all. */
export function statusLabel(error: Pick<PartnerCenterError, 'httpStatus' | 'entry'>, noResponse: string): string {
  if (error.httpStatus === 0) return noResponse;
  return error.entry ? `${error.httpStatus} ${error.entry.httpStatusName}` : String(error.httpStatus);
}
