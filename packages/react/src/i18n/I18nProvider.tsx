import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Messages } from './messages';

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

/** What providers hold: the locale, the strings they replace (not the whole set), the catalog text. */
interface I18nContextValue {
  locale: string;
  overrides: MessageOverrides;
  catalogText: Record<string, CatalogText>;
}

const NO_OVERRIDES: MessageOverrides = {};
const I18nContext = createContext<I18nContextValue>({ locale: 'en', overrides: NO_OVERRIDES, catalogText: {} });

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

/** `base` with `overrides` over it: a grouped string (`columns`) is merged part by part. */
function mergeMessages<T extends object>(base: T, overrides: MessageOverrides | undefined): T {
  if (!overrides || overrides === NO_OVERRIDES) return base;
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides) as [string, unknown][]) {
    if (value === undefined) continue;
    const current = merged[key];
    merged[key] =
      value && typeof value === 'object' && current && typeof current === 'object' ? { ...current, ...value } : value;
  }
  return merged as T;
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
      overrides: messages ? mergeMessages(parent.overrides, messages) : parent.overrides,
      catalogText: catalogText ? { ...parent.catalogText, ...catalogText } : parent.catalogText,
    }),
    [parent, locale, messages, catalogText],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

// One merge per set of replacements and defaults, shared by every component that reads them.
const mergedCache = new WeakMap<MessageOverrides, WeakMap<object, object>>();

/**
 * The locale, the catalog text and `defaults` with the providers' replacements over them. A component passes the
 * defaults of the strings it shows, so that a page carries only the strings of the components it uses.
 */
export function useStrings<T extends object>(
  defaults: T,
): { locale: string; messages: T; catalogText: Record<string, CatalogText> } {
  const { locale, overrides, catalogText } = useContext(I18nContext);
  let byDefaults = mergedCache.get(overrides);
  if (!byDefaults) mergedCache.set(overrides, (byDefaults = new WeakMap()));
  let messages = byDefaults.get(defaults) as T | undefined;
  if (!messages) byDefaults.set(defaults, (messages = mergeMessages(defaults, overrides)));
  return { locale, messages, catalogText };
}
