// Names whose values are credentials: Sentry's default data scrubbing, and the key names of Azure and
// Partner Center credentials, matched in any case and separator style (`clientSecret`, `x-api-key`, `PWD`).
const SECRET_PARTS = [
  'password',
  'passwd',
  'pwd',
  'secret',
  'token',
  'apikey',
  'auth',
  'credential',
  'cookie',
  'session',
  'signature',
  'privatekey',
  'accesskey',
  'accountkey',
  'subscriptionkey',
  'assertion',
  'bearer',
];
// Names ending in one of these words: `Ocp-Apim-Subscription-Key`, `AccountKey`, `key`, SAS `sig`.
const SECRET_WORDS = ['key', 'sig'];
// No credential's name is longer; a longer run of characters is not looked at as a name.
const LONGEST_NAME = 64;

const isUpper = (c: string) => c >= 'A' && c <= 'Z';
const isSeparator = (c: string) => c === '-' || c === '_' || c === '.' || c === ' ';

/**
 * Whether a key or parameter name holds a credential (`password`, `clientSecret`, `x-api-key`, `sig`, ...).
 * `assigned` is true for `name=value` (a query string), where an OAuth `code` is one too.
 */
export function isSecretName(name: string, assigned = false): boolean {
  if (name.length > LONGEST_NAME) return false;
  const lower = name.toLowerCase();
  if (assigned && lower === 'code') return true;
  const flat = lower.replace(/[-_. ]/g, '');
  if (SECRET_PARTS.some((part) => flat.includes(part))) return true;
  return SECRET_WORDS.some((word) => {
    if (!lower.endsWith(word)) return false;
    const at = name.length - word.length;
    const before = name[at - 1] ?? '';
    // The whole name, after a separator, or a camelCase word: `key`, `api-key`, `primaryKey`; not `monkey`.
    return at === 0 || isSeparator(before) || (isUpper(name[at] ?? '') && !isUpper(before));
  });
}
