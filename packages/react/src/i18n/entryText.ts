import type { CatalogEntry } from '@pc-errors/error-catalog';
import type { CatalogText } from './I18nProvider';

/** A catalog entry's text in the locale of `catalogText` (the documented English where it has none). */
export function entryText(
  entry: CatalogEntry,
  catalogText: Record<string, CatalogText>,
): Required<Omit<CatalogText, 'retryAfterHint'>> {
  const text = catalogText[entry.id];
  return {
    message: text?.message ?? entry.message,
    summary: text?.summary ?? entry.remediation.summary,
    steps: text?.steps ?? entry.remediation.steps,
  };
}
