/**
 * A string of its own, not a view of the text it was cut from: engines keep a slice as a pointer into its
 * parent, so a 40-character code cut from a 64 KiB body would keep all 64 KiB alive as long as the error.
 */
export function copy(text: string): string {
  // V8 makes views only of slices of 13 characters or more; a JSON round trip always makes a new string.
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}
