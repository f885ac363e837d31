/** The most characters of a description the service sends, and so the most we keep. */
export const MAX_DESCRIPTION = 1024;

// C0/C1 control characters other than tab and newline: terminal escapes and NULs are never meant for a reader.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Removes control characters; reports whether any were there. */
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

/** A short, single-line, control-free header value, or undefined. */
export function headerText(value: string | undefined, max = 256): string | undefined {
  if (value === undefined) return undefined;
  const clean = withoutControls(value)[0].trim();
  return clean ? cap(clean, max) : undefined;
}
