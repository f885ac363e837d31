// Intl with a way out: a locale tag the engine refuses (`en_US`), a code it cannot name (`ZZZ`), a date out
// of range or an engine without the API must cost the text its localisation, never the React tree.

/**
 * A date-and-time formatter for `locale` (English if the tag is refused), made once for many dates: it gives
 * `undefined` for a date it cannot format, or when the options themselves are refused.
 */
export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): (date: Date) => string | undefined {
  let formatter: Intl.DateTimeFormat | undefined;
  for (const tag of [locale, 'en']) {
    try {
      formatter = new Intl.DateTimeFormat(tag, options);
      break;
    } catch {
      // an invalid tag: try English; invalid options: no formatter at all
    }
  }
  return (date) => {
    if (!formatter || Number.isNaN(date.getTime())) return undefined; // "Invalid Date" is no time to show
    try {
      return formatter.format(date);
    } catch {
      return undefined; // a date out of the formatter's range
    }
  };
}

/** A date and time in `locale` (English if the tag is refused), or `undefined` when it cannot be formatted. */
export function formatDateTime(date: Date, locale: string, options: Intl.DateTimeFormatOptions): string | undefined {
  return dateTimeFormat(locale, options)(date);
}

/** A number in `locale` (English if the tag is refused; plain digits if that fails too). */
export function formatNumber(value: number, locale: string): string {
  for (const tag of [locale, 'en']) {
    try {
      return value.toLocaleString(tag);
    } catch {
      // an invalid tag: try English
    }
  }
  return String(value);
}

/** "400 or 403" in `locale` (English if the tag is refused; the items joined by commas if that fails too). */
export function formatList(items: readonly string[], locale: string, type: 'conjunction' | 'disjunction'): string {
  for (const tag of [locale, 'en']) {
    try {
      return new Intl.ListFormat(tag, { type }).format(items);
    } catch {
      // an invalid tag, or an engine without ListFormat: try English, then plain commas
    }
  }
  return items.join(', ');
}
