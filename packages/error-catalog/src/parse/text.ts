import type { Problem } from '../types';
import { copy } from './copy';
import { addProblem } from './problems';

/** The most characters of a description the service sends, and so the most we keep. */
export const MAX_DESCRIPTION = 1024;
/** The most characters of a `code` kept: documented codes have at most 6 digits; Graph codes are short words. */
export const MAX_CODE = 64;
/** The most characters of a `source` kept. */
export const MAX_SOURCE = 256;
/** The most characters kept of a correlation or request ID (a GUID has 36), a realm or a content type. */
export const MAX_HEADER_VALUE = 256;

/**
 * How much of a text is looked at, for a limit of `max` kept characters: caps come before any scan, so that
 * the cost of a field is bounded whatever its size. The slack lets removed characters and trimmed space go
 * without losing what follows them.
 */
export const scanLimit = (max: number) => max * 4;
export const head = (text: string, max: number) =>
  text.length > scanLimit(max) ? text.slice(0, scanLimit(max)) : text;

// C0/C1 controls other than tab and newline (terminal escapes and NULs are never meant for a reader), and the
// bidi embedding/override/isolate controls U+202A–U+202E and U+2066–U+2069, which reorder text on screen and
// so can make a description say something other than what it contains ("Trojan Source").
// Kept: zero-width joiner U+200D (emoji sequences, Indic conjuncts) and zero-width space U+200B (a line-break
// hint in Thai, Khmer, Lao and Burmese text): neither reorders anything.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
// Identifiers (code, source, IDs) are single-line and have no use for anything invisible: controls, format
// characters (soft hyphen U+00AD, Arabic letter mark U+061C, tags U+E0000…), every default-ignorable code point
// (U+034F, U+180E, Hangul fillers U+3164, variation selectors U+FE0F), line and paragraph separators, and lone
// surrogates. There, they only make one value look like another: `20\u00AD06` is not `2006`.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Default_Ignorable_Code_Point}]/gu;

/** Removes control and bidi override characters; reports whether any were there. */
export function withoutControls(text: string): [clean: string, changed: boolean] {
  const clean = text.replace(CONTROL, '');
  return [clean, clean.length !== text.length];
}

/**
 * What ends a cut text: three ASCII dots, not "…" (U+2026), which would make an engine store all of a
 * Latin-1 text in two bytes a character, doubling the memory every cut description holds.
 */
export const ELLIPSIS = '...';

/** A copy of text cut to at most `max` characters without splitting a surrogate pair, ending with "...". */
export function cap(text: string, max: number): string {
  if (text.length <= max) return copy(text);
  let end = max - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1; // do not leave half of an emoji behind
  return copy(text.slice(0, end) + ELLIPSIS);
}

/**
 * An identifier (`code`, `source`, a header's ID) without invisible or control characters, trimmed and
 * capped; `field` names it in the problems recorded for what was removed or cut. `null` when nothing is left.
 */
export function identifierText(value: string, max: number, field: string, problems: Problem[]): string | null {
  const scanned = head(value, max);
  const visible = scanned.replace(INVISIBLE, '');
  if (visible.length !== scanned.length) addProblem(problems, 'cleaned', field);
  const clean = visible.trim();
  if (clean.length > max || scanned !== value) addProblem(problems, 'truncated', field);
  return clean ? cap(clean, max) : null;
}
