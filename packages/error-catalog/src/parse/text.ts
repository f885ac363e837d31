/** The most characters of a description the service sends, and so the most we keep. */
export const MAX_DESCRIPTION = 1024;
/** The most characters of a `code` kept: documented codes have at most 6 digits; Graph codes are short words. */
export const MAX_CODE = 64;
/** The most characters of a `source` kept. */
export const MAX_SOURCE = 256;
/** The most `data` items kept: an error lists a few objects, never thousands. */
export const MAX_DATA_ITEMS = 100;

// C0/C1 controls other than tab and newline (terminal escapes and NULs are never meant for a reader), and the
// bidi embedding/override/isolate controls U+202A–U+202E and U+2066–U+2069, which reorder text on screen and
// so can make a description say something other than what it contains ("Trojan Source").
// Kept: zero-width joiner U+200D (emoji sequences, Indic conjuncts) and zero-width space U+200B (a line-break
// hint in Thai, Khmer, Lao and Burmese text): neither reorders anything.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
// Identifiers (code, source) are single-line and have no use for invisible characters: there, zero-width
// characters and line breaks only make one value look like another.
const IDENTIFIER_NOISE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** Removes control and bidi override characters; reports whether any were there. */
export function withoutControls(text: string): [clean: string, changed: boolean] {
  const clean = text.replace(CONTROL, '');
  return [clean, clean.length !== text.length];
}

/** Cuts text to at most `max` characters without splitting a surrogate pair, ending with "…". */
export function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1; // do not leave half of an emoji behind
  return text.slice(0, end) + '…';
}

/**
 * A body identifier (`code`, `source`) without invisible or control characters, trimmed and capped;
 * what was changed is recorded in `problems`. `null` when nothing is left.
 */
export function identifierText(value: string, max: number, name: string, problems: string[]): string | null {
  const clean = value.replace(IDENTIFIER_NOISE, '').trim();
  if (clean !== value.trim()) problems.push(`body ${name} had control or invisible characters removed`);
  if (clean.length > max) problems.push(`body ${name} truncated from ${clean.length} to ${max} characters`);
  return cap(clean, max) || null;
}

/** A short, single-line, control-free header value, or undefined. */
export function headerText(value: string | undefined, max = 256): string | undefined {
  if (value === undefined) return undefined;
  const clean = value.replace(IDENTIFIER_NOISE, '').trim();
  return clean ? cap(clean, max) : undefined;
}
