// `{0}`, `{12}`, `{GUID}`, `{maximum percentage}`: a brace pair around an index or a name. Braces right after
// a regex atom (`\d{7}`, `){2}`) are quantifiers, not placeholders. Linear: the name's character class and
// the closing brace cannot overlap, so nothing is tried twice; a name may not end with a space (checked below).
const PLACEHOLDER = /(?<![\w)\]}\\])\{(\d+|[A-Za-z][A-Za-z ]*)\}/g;
const isName = (name: string) => !name.endsWith(' ');

/** A template as literal text and placeholder names, alternating: [text, name, text, ..., name, text]. */
interface TemplateParts {
  texts: string[];
  names: string[];
}
// Templates are few (the catalog's, a translation's); each is split once. Bounded, in case a caller's are not.
const parsed = new Map<string, TemplateParts>();

function partsOf(template: string): TemplateParts {
  let parts = parsed.get(template);
  if (parts) return parts;
  parts = { texts: [], names: [] };
  let from = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] as string;
    if (!isName(name)) continue;
    parts.texts.push(template.slice(from, match.index));
    parts.names.push(name);
    from = match.index + match[0].length;
  }
  parts.texts.push(template.slice(from));
  if (parsed.size < 1000) parsed.set(template, parts);
  return parts;
}

/**
 * The placeholder names of a documented message template, in order of first appearance.
 * @example placeholdersOf('for {1} transfer {0}') // ['1', '0']
 */
export function placeholdersOf(template: string): string[] {
  return typeof template === 'string' ? [...new Set(partsOf(template).names)] : [];
}

/**
 * The values a text gives a template's placeholders, when the text follows the template; else `undefined`.
 * Each value is at least one character, the shortest that lets the rest of the text follow (as `(.+?)`
 * would), found left to right with `indexOf`: linear in the text, whatever it holds.
 * @example matchTemplate('Subscription with ID {0} not found.', 'Subscription with ID 42 not found.') // { 0: '42' }
 */
export function matchTemplate(template: string, text: string): Record<string, string> | undefined {
  if (typeof template !== 'string' || typeof text !== 'string') return undefined;
  const { texts, names } = partsOf(template);
  const first = texts[0] as string;
  const last = texts[texts.length - 1] as string;
  if (!names.length) return text === template ? {} : undefined;
  const end = text.length - last.length;
  if (end < first.length || !text.startsWith(first) || !text.endsWith(last)) return undefined;
  // The earliest place for each literal between two values leaves the most room for the rest: if it does
  // not fit, no later place does.
  const values: Record<string, string> = {};
  let at = first.length;
  for (let index = 0; index < names.length - 1; index++) {
    const literal = texts[index + 1] as string;
    const found = text.indexOf(literal, at + 1);
    if (found < 0 || found + literal.length >= end) return undefined;
    values[names[index] as string] ??= text.slice(at, found);
    at = found + literal.length;
  }
  if (end <= at) return undefined;
  values[names[names.length - 1] as string] ??= text.slice(at, end);
  return values;
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
    const value = isName(name) ? valueOf(args, name) : undefined;
    return value == null ? written : (stringify(value) ?? written);
  });
}

// Own, enumerable values only: `{constructor}` must not print Object.prototype.constructor, nor `{length}`
// an array's length. An array gives only numbered values.
function valueOf(args: unknown, name: string): unknown {
  try {
    if (args == null || typeof args !== 'object') return undefined;
    if (Array.isArray(args) && !/^\d+$/.test(name)) return undefined;
    return Object.prototype.propertyIsEnumerable.call(args, name) ? (args as Record<string, unknown>)[name] : undefined;
  } catch {
    return undefined; // a throwing getter or Proxy leaves the placeholder
  }
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
