// Apart from the other Intl helpers: only the fix names countries, and a page without it carries none of this.

/** Region names for ISO 3166 codes in `locale`; a code that cannot be named is shown as given. */
export function regionNames(codes: readonly (string | number)[], locale: string): { code: string; name: string }[] {
  let names: Intl.DisplayNames | undefined;
  for (const locales of [[locale, 'en'], ['en']]) {
    try {
      names = new Intl.DisplayNames(locales, { type: 'region', fallback: 'code' });
      break;
    } catch {
      // try the next: an invalid tag, then an engine without region names
    }
  }
  return codes.map((value) => {
    const code = String(value);
    let name: string | undefined;
    try {
      name = names?.of(code);
    } catch {
      // Intl.DisplayNames throws for anything that is not a well-formed region code
    }
    return { code, name: name ?? code };
  });
}
