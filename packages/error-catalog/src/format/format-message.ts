// `{0}`, `{12}`, `{GUID}`, `{maximum percentage}`: a brace pair around an index or a name.
// Braces right after a regex atom (`\d{7}`, `){2}`) are quantifiers, not placeholders.
const PLACEHOLDER = /(?<![\w)\]}\\])\{(\d+|[A-Za-z](?:[A-Za-z ]*[A-Za-z])?)\}/g;

/**
 * The placeholder names of a documented message template, in order of first appearance.
 * @example placeholdersOf('for {1} transfer {0}') // ['1', '0']
 */
export function placeholdersOf(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (match) => match[1] as string))];
}

/**
 * Fills a documented template's placeholders: `{0}`… from an array (or from keys "0"…), named ones
 * such as `{maximum percentage}` from a record. A placeholder with no value stays as written;
 * nothing else in the template changes. Never run this on a server's description: that is data.
 * @example formatMessage('Subscription with ID {0} not found.', ['abc']) // 'Subscription with ID abc not found.'
 */
export function formatMessage(template: string, args: readonly unknown[] | Record<string, unknown>): string {
  if (typeof template !== 'string') return '';
  return template.replace(PLACEHOLDER, (written, name: string) => {
    // Own values only: `{constructor}` must not print Object.prototype.constructor.
    const value = args != null && Object.hasOwn(args, name) ? (args as Record<string, unknown>)[name] : undefined;
    return value == null ? written : (stringify(value) ?? written);
  });
}

function stringify(value: unknown): string | undefined {
  try {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
    // An object is shown as its JSON; a function or symbol is not a value to show.
    return typeof value === 'object' ? JSON.stringify(value) : undefined;
  } catch {
    return undefined; // a value that cannot be shown (a cycle, a throwing toString) leaves the placeholder
  }
}
