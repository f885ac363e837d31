import { formatMessage, type PartnerCenterError } from '@pc-errors/error-catalog';

const PLACEHOLDER = /(?<![\w)\]}\\])\{(\d+|[A-Za-z](?:[A-Za-z ]*[A-Za-z])?)\}/g;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The title to show: a documented template (`Subscription with ID {0} not found.`) with its values
 * read back from the server's description when that description follows the template, else with
 * an ellipsis where a value goes. The description itself is never changed.
 */
export function displayTitle(title: string, error: Pick<PartnerCenterError, 'description'>): string {
  const names = [...title.matchAll(PLACEHOLDER)].map((match) => match[1] as string);
  if (!names.length) return title;
  const pattern = title
    .split(PLACEHOLDER)
    .map((part, index) => (index % 2 ? '(.+?)' : escapeRegExp(part)))
    .join('');
  const match = new RegExp(`^${pattern}$`, 's').exec(error.description);
  const values: Record<string, string> = {};
  names.forEach((name, index) => (values[name] = match?.[index + 1] ?? '…'));
  return formatMessage(title, values);
}

/** "403 Forbidden", or the words for no response at all. */
export function statusLabel(error: Pick<PartnerCenterError, 'httpStatus' | 'entry'>, noResponse: string): string {
  if (error.httpStatus === 0) return noResponse;
  return error.entry ? `${error.httpStatus} ${error.entry.httpStatusName}` : String(error.httpStatus);
}
