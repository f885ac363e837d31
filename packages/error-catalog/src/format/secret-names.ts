// Names whose values are credentials: Sentry's default data scrubbing, and the key names of Azure and
// Partner Center credentials, matched in any case and separator style (`clientSecret`, `x-api-key`, `PWD`).
const SECRET_PARTS = [
  'password',
  'passphrase',
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
// Names ending in one of these words, as a word of their own: `Ocp-Apim-Subscription-Key`, `AccountKey`, `key`, SAS
// `sig`, `pass`, `userPin`; not `monkey`, `bypass`, `spin` or `mapping`.
const SECRET_WORDS = ['key', 'sig', 'pass', 'pin'];
// Names whose values a person chose, and which may hold spaces and punctuation: `password=correct horse battery`.
const PHRASE = /pass|pwd|secret|pin$/i;
// No credential's name is longer; of a longer name (a dotted settings path), only its last words are looked at.
const LONGEST_NAME = 64;

const isUpper = (c: string) => c >= 'A' && c <= 'Z';
const isSeparator = (c: string) => c === '-' || c === '_' || c === '.' || c === ' ';

/**
 * Members that name the credential a sibling holds (`{ name: 'client_secret', value: 'S' }`,
 * `<add key="ClientSecret" value="S"/>`, `{ field: 'Password', value: 'S' }`), and that sibling; lower case.
 */
export const PAIR_NAMES = new Set(['name', 'key', 'field', 'header', 'setting', 'parameter']);
export const PAIR_VALUES = new Set(['value', 'values']);

/** The end of a long name, from the first separator of its last LONGEST_NAME characters on. */
function lastWords(name: string): string {
  const tail = name.slice(-LONGEST_NAME);
  for (let at = 0; at < tail.length; at++) if (isSeparator(tail[at] as string)) return tail.slice(at + 1);
  return tail;
}

/** Whether a secret name's value is chosen by a person (a password, a passphrase, a PIN): it may hold spaces. */
export const isPhraseName = (name: string): boolean => PHRASE.test(lastWords(name));

/**
 * Whether a key or parameter name holds a credential (`password`, `clientSecret`, `x-api-key`, `sig`, ...).
 * `assigned` is true for `name=value` (a query string), where an OAuth `code` is one too.
 */
export function isSecretName(name: string, assigned = false): boolean {
  if (typeof name !== 'string') return false;
  if (name.length > LONGEST_NAME) return isSecretName(lastWords(name));
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
