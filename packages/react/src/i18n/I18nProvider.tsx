import type { CatalogEntry } from '@pc-errors/error-catalog';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { en, type Messages } from './messages';

/**
 * A translation of a catalog entry's text, keyed by entry id (`"403-2006"`); or, keyed `"http-429"`, of what
 * an HTTP status says for codes the catalog does not know (its title as `message`, its generic fix).
 */
export interface CatalogText {
  message?: string;
  summary?: string;
  steps?: string[];
  /** When retrying can work again, for an entry whose wait is hours or more (its `retryAfterHint`). */
  retryAfterHint?: string;
}

interface I18nValue {
  locale: string;
  messages: Messages;
  catalogText: Record<string, CatalogText>;
}

const I18nContext = createContext<I18nValue>({ locale: 'en', messages: en, catalogText: {} });

/** Strings to replace: any of them, and any part of the grouped ones (`columns`, `detailLabels`, ...). */
export type MessageOverrides = {
  [K in keyof Messages]?: Messages[K] extends (...args: never[]) => unknown
    ? Messages[K]
    : Messages[K] extends object
      ? Partial<Messages[K]>
      : Messages[K];
};

export interface I18nProviderProps {
  /** BCP 47 locale for numbers, dates and country names. @default the enclosing provider's, else 'en' */
  locale?: string;
  /** Strings to replace; anything left out keeps the enclosing provider's text (English at the top). */
  messages?: MessageOverrides;
  /** Catalog text for this locale, by entry id (and `http-<status>` for the status fallbacks); merged over the enclosing provider's. */
  catalogText?: Record<string, CatalogText>;
  children?: ReactNode;
}

function mergeMessages(base: Messages, overrides: MessageOverrides | undefined): Messages {
  if (!overrides) return base;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides) as [string, unknown][]) {
    if (value === undefined) continue;
    const current = merged[key];
    merged[key] =
      value && typeof value === 'object' && current && typeof current === 'object' ? { ...current, ...value } : value;
  }
  return merged as unknown as Messages;
}

/**
 * Supplies the locale and the strings of every component below it. Providers nest: an inner one
 * changes only what it is given.
 * @example <I18nProvider locale="de" messages={{ retry: 'Erneut versuchen', columns: { time: 'Zeit' } }}>…</I18nProvider>
 */
export function I18nProvider({ locale, messages, catalogText, children }: I18nProviderProps) {
  const parent = useContext(I18nContext);
  const value = useMemo(
    () => ({
      locale: locale ?? parent.locale,
      messages: mergeMessages(parent.messages, messages),
      catalogText: catalogText ? { ...parent.catalogText, ...catalogText } : parent.catalogText,
    }),
    [parent, locale, messages, catalogText],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current locale, strings and catalog text. */
export function useI18n(): I18nValue {
  return useContext(I18nContext);
}

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
