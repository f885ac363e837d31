import type { CatalogText } from './I18nProvider';
import { useStrings } from './I18nProvider';
import { en, type Messages } from './messages';

export interface I18nValue {
  locale: string;
  messages: Messages;
  catalogText: Record<string, CatalogText>;
}

/** The current locale, every string (English with the providers' replacements over it) and the catalog text. */
export function useI18n(): I18nValue {
  return useStrings(en);
}
