export { ErrorBanner, type ErrorBannerProps } from './ErrorBanner';
export { FixSuggestion, type FixSuggestionProps } from './FixSuggestion';
export { ErrorTable, type ErrorTableProps } from './ErrorTable';
export { ErrorCatalogTable, type ErrorCatalogTableProps } from './ErrorCatalogTable';
export type { DataTableStateProps } from './DataTable';
export {
  I18nProvider,
  useI18n,
  type CatalogText,
  type I18nProviderProps,
  type MessageOverrides,
} from './i18n/I18nProvider';
export { en, pseudo, pseudoMessages, type Messages } from './i18n/messages';
export { displayTitle } from './format';
export type { HeadingLevel } from './Heading';
