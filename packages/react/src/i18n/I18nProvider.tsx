import type { CatalogEntry } from '@pc-errors/error-catalog';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { en, type Messages } from './messages';

/** A translation of a catalog entry's text, keyed by entry id (`"403-2006"`). */
export interface CatalogText {
  message?: string;
  summary?: string;
  steps?: string[];
}

interface I18nValue {
  locale: string;
  messages: Messages;
  catalogText: Record<string, CatalogText>;
}

const I18nContext = createContext<I18nValue>({ locale: 'en', messages: en, catalogText: {} });

export interface I18nProviderProps {
  /** BCP 47 locale for numbers, dates and country names. @default 'en' */
  locale?: string;
  /** Strings to replace; anything left out stays English. */
  messages?: Partial<Messages>;
  /** Catalog text for this locale, by entry id. */
  catalogText?: Record<string, CatalogText>;
  children?: ReactNode;
}

/**
 * Supplies the locale and the strings of every component below it.
 * @example <I18nProvider locale="de" messages={{ retry: 'Erneut versuchen' }}>…</I18nProvider>
 */
export function I18nProvider({ locale = 'en', messages, catalogText, children }: I18nProviderProps) {
  const value = useMemo(() => ({ locale, messages: { ...en, ...messages }, catalogText: catalogText ?? {} }), [locale, messages, catalogText]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current locale, strings and catalog text. */
export function useI18n(): I18nValue {
  return useContext(I18nContext);
}

/** A catalog entry's text in the current locale (falls back to the documented English). */
export function useEntryText(entry: CatalogEntry | undefined): Required<CatalogText> | undefined {
  const { catalogText } = useI18n();
  if (!entry) return undefined;
  const text = catalogText[entry.id];
  return {
    message: text?.message ?? entry.message,
    summary: text?.summary ?? entry.remediation.summary,
    steps: text?.steps ?? entry.remediation.steps,
  };
}
