// Masks credentials in text bound for a support ticket, in one left-to-right pass that never goes back:
// its cost is linear in the text whatever the text holds (no backtracking pattern runs over it).
// It reads the text through a decoded view, so a secret URL-encoded (`%3D`, `%2520`) or JSON-escaped
// (`\"`, `\\\"`, `\u0022`, `\n`) is found as if it were written plainly, and masks the original characters.
import { decodedView, type View } from './decoded-view';
import { isPhraseName, isSecretName, PAIR_NAMES, PAIR_VALUES } from './secret-names';

const MASK = '[redacted]';
// Names whose `name: value` is a header line: all of the rest of the line is the credential.
const HEADER_LINES = new Set(['authorization', 'proxyauthorization', 'cookie', 'setcookie']);

const isWordChar = (c: string | undefined) =>
  c !== undefined &&
  ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_' || c === '-');
const isNameChar = (c: string | undefined) => isWordChar(c) || c === '.';
// RFC 6750 b64token, the alphabet of Bearer and Basic credentials.
const isTokenChar = (c: string | undefined) => isNameChar(c) || c === '~' || c === '+' || c === '/';
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const isBlank = (c: string | undefined) => c === ' ' || c === '\t';
// Where a bare value ends: quotes, brackets and the separators of query strings, lists and cookies.
const VALUE_END = ' \t\r\n"\'\\&,;(){}[]<>';
// Where a bare value a person chose (a password, a passphrase) ends: it may hold spaces and punctuation.
const PHRASE_END = '\r\n"&';
// How far after a pair's name its value is looked for: the rest of a small object or element.
const PAIR_REACH = 256;
// An Entra refresh token has no name of its own when echoed: `0.AXoAz7_…`, hundreds of characters.
const REFRESH_TOKEN = /^[01]\.A[\w-]{60}/;

/** Whether a run of token characters looks like a credential rather than a word ("token", "information"). */
function credentialLike(token: string): boolean {
  if (token.length < 4) return false;
  return token.length >= 16 || /[^A-Za-z]/.test(token) || /[A-Z]/.test(token.slice(1));
}

/** The spans of the raw text that hold credentials, in order, found in one pass over its decoded view. */
function credentialSpans(view: View): [number, number][] {
  const spans: [number, number][] = [];
  const t = view.text;
  const n = t.length;
  // No JWT starts before this index: a failed search from an earlier "eyJ" already covered the text up to it.
  let noJwtUntil = 0;
  // Until this index, a `value` member belongs to a pair whose name is a secret's name.
  let pairUntil = -1;

  /** Where decoded character `i` starts in the original text. */
  function pos(i: number): number {
    return view.at ? (view.at[i] as number) : i;
  }

  /** How decoded character `i` was written: `"`, `\"`, `%22`... */
  function written(i: number): string {
    return view.raw.slice(pos(i), pos(i + 1));
  }

  function mask(from: number, to: number): number {
    const last = spans.at(-1);
    if (to > from && (!last || pos(from) >= last[1])) spans.push([pos(from), pos(to)]);
    return to;
  }

  // A line break of the text itself (escaped ones read as spaces): a value without an end of its own ends there.
  function isLineBreak(i: number): boolean {
    return t[i] === '\n' || t[i] === '\r';
  }

  /** The end of a JWT starting at `start` (also split by whitespace), or -1 after marking where none can start. */
  function jwtEnd(start: number): number {
    let k = start;
    let dots = 0;
    let afterDot = 0;
    for (;;) {
      while (k < n && isNameChar(t[k])) {
        if (t[k] === '.') {
          dots++;
          afterDot = 0;
        } else afterDot++;
        k++;
      }
      let w = k;
      while (w < n && isSpace(t[w])) w++;
      if (w === k || w === n || !isNameChar(t[w])) break;
      // A header is long: a short word such as "eyJ" in a sentence does not carry the search across spaces.
      if (dots === 0 && k - start < 16) break;
      // Across whitespace only while the token is unfinished, or the next piece is token-like itself.
      let r = w;
      while (r < n && isNameChar(t[r])) r++;
      if (!(dots < 2 || t[k - 1] === '.' || t[w] === '.' || (r - w >= 8 && credentialLike(t.slice(w, r))))) break;
      k = w;
    }
    if (dots >= 2 || (dots === 1 && afterDot >= 8)) return k;
    noJwtUntil = k;
    return -1;
  }

  /** The end of a PEM block (a private key, a certificate): its END line or, without one, the end of the text. */
  function pemEnd(from: number): number {
    const end = t.indexOf('-----END', from);
    const close = end < 0 ? -1 : t.indexOf('-----', end + 8);
    return close < 0 ? n : close + 5;
  }

  /** The end of a credential value starting at `k` (after `name=` or `name: `); a phrase may hold spaces. */
  function valueEnd(k: number, headerLine: boolean, phrase: boolean): [from: number, to: number] {
    if (k >= n) return [k, k];
    const c = t[k];
    let m = k + 1;
    if (c === '"' || c === "'") {
      // The closing quote is written as the opening one was: `\"` closes `\"`, `"` closes `"`.
      const form = written(k);
      while (m < n && !isLineBreak(m) && !(t[m] === c && written(m) === form)) m++;
      return [k + 1, m];
    }
    if (headerLine) {
      while (m < n && !isLineBreak(m)) m++;
      return [k, m];
    }
    if (c === '{' || c === '[') {
      for (let depth = 1; m < n && depth > 0 && !isLineBreak(m); m++) {
        if (t[m] === '{' || t[m] === '[') depth++;
        else if (t[m] === '}' || t[m] === ']') depth--;
      }
      return [k, m];
    }
    if (t.startsWith('-----BEGIN', k)) return [k, pemEnd(k + 10)];
    if (k >= noJwtUntil && t.startsWith('eyJ', k)) {
      const end = jwtEnd(k);
      if (end > 0) return [k, end];
    }
    m = k;
    if (phrase) {
      while (m < n && !PHRASE_END.includes(t[m] as string) && !(t[m] === '<' && t[m + 1] === '/')) m++;
      while (m > k && isBlank(t[m - 1])) m--;
      return [k, m];
    }
    while (m < n && !VALUE_END.includes(t[m] as string)) m++;
    const scheme = t.slice(k, m).toLowerCase();
    if ((scheme === 'bearer' || scheme === 'basic') && isBlank(t[m])) return [k, schemeEnd(m)];
    return [k, m];
  }

  /** After `Bearer`/`Basic` at `k` (space or `+` then a token): the end of the credential, or `k`. */
  function schemeEnd(k: number): number {
    let s = k;
    while (s < n && (isBlank(t[s]) || t[s] === '+')) s++;
    if (s === k) return k;
    if (s >= noJwtUntil && t.startsWith('eyJ', s)) {
      const end = jwtEnd(s);
      if (end > 0) return end;
    }
    let e = s;
    while (e < n && isTokenChar(t[e])) e++;
    while (e > s && t[e - 1] === '.') e--; // the end of a sentence, not of the token
    while (t[e] === '=') e++;
    return credentialLike(t.slice(s, e)) ? e : k;
  }

  /** After a separator at `k`: the value's start, on the next line when nothing but a line break follows. */
  function valueStart(k: number): number {
    let v = k;
    while (isBlank(t[v])) v++;
    // YAML's block indicators: `client_secret: |` then the value on the next line.
    let w = t[v] === '|' || t[v] === '>' ? v + 1 : v;
    while (isBlank(t[w])) w++;
    if (!isLineBreak(w)) return v;
    while (isLineBreak(w) || isBlank(t[w])) w++;
    return w;
  }

  /** `<Password>S</Password>`, `<wsse:Password>S<`: the element's text, to the next `<` or the end of the line. */
  function elementEnd(k: number): number {
    let m = k;
    while (m < n && t[m] !== '<' && !isLineBreak(m)) m++;
    return m;
  }

  /** `name="client_secret"` in a pair: where its value (a secret's name) ends, or -1 when it is no secret's name. */
  function pairName(k: number): number {
    const quote = t[k] === '"' || t[k] === "'" ? 1 : 0;
    let m = k + quote;
    while (m < n && isNameChar(t[m])) m++;
    return m > k + quote && isSecretName(t.slice(k + quote, m)) ? m : -1;
  }

  /** Whether the name at `i` holds a credential, or is the `value` of a pair whose name is a secret's. */
  function secret(name: string, i: number, assigned: boolean): boolean {
    return (i < pairUntil && PAIR_VALUES.has(name.toLowerCase())) || isSecretName(name, assigned);
  }

  /** Handles the run of name characters [i, j); returns where scanning goes on. */
  function word(i: number, j: number): number {
    const name = t.slice(i, j);
    const pem = name.length >= 10 ? name.indexOf('-----BEGIN') : -1;
    if (pem >= 0) return mask(i + pem, pemEnd(i + pem + 10));
    const eyj = i >= noJwtUntil && name.length >= 3 ? name.indexOf('eyJ') : -1;
    if (eyj >= 0) {
      const end = jwtEnd(i + eyj);
      if (end > 0) return mask(i + eyj, end);
    }
    if (name.length > 60 && REFRESH_TOKEN.test(name)) return mask(i, j);
    const lower = name.toLowerCase();
    // An XML element: `<ClientSecret>`, `<wsse:Password>`.
    if (t[j] === '>' && (t[i - 1] === '<' || t[i - 1] === ':') && secret(name, i, false)) {
      const end = elementEnd(j + 1);
      mask(j + 1, end);
      return end;
    }
    if (lower === 'bearer' || lower === 'basic') {
      const end = schemeEnd(j);
      return end > j ? mask(credentialStart(j), end) : j;
    }
    // name, an optional closing quote, `=` or `:`, then the value.
    let k = j;
    if (t[k] === '"' || t[k] === "'") k++;
    while (isBlank(t[k])) k++;
    const separator = t[k];
    // `https://` is a scheme, not a value.
    const isUrl = separator === ':' && t[k + 1] === '/';
    if ((separator !== '=' && separator !== ':') || isUrl) return j;
    if (PAIR_NAMES.has(lower)) {
      let v = k + 1;
      while (isBlank(t[v])) v++;
      const end = pairName(v);
      if (end >= 0) {
        pairUntil = end + PAIR_REACH;
        return end;
      }
    }
    if (!secret(name, i, separator === '=')) return j;
    k = valueStart(k + 1);
    const headerLine = separator === ':' && HEADER_LINES.has(lower.replace(/[-_]/g, ''));
    const [from, to] = valueEnd(k, headerLine, isPhraseName(name));
    mask(from, to);
    return Math.max(to, j);
  }

  function credentialStart(k: number): number {
    let s = k;
    while (isBlank(t[s]) || t[s] === '+') s++;
    return s;
  }

  // Each run of name characters is looked at once, from its start; what a credential covers is skipped.
  for (let i = 0; i < n;) {
    if (!isNameChar(t[i]) || isNameChar(t[i - 1])) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && isNameChar(t[j])) j++;
    i = word(i, j);
  }
  return spans;
}

/**
 * Masks credentials in text: `name=value`, `name: value` and JSON members whose name holds a secret
 * (password, pwd, secret, token, api key, subscription key, auth, credential, cookie, session, signature,
 * SAS `sig`, OAuth `code`, in any case style, with any JSON value), `Bearer`/`Basic` credentials, JWTs
 * anywhere (also split by whitespace) and PEM blocks — also when URL-encoded or JSON-escaped.
 * Linear in the length of the text.
 * @example redactSecrets('GET /x?access_token=xyz&x=1') // 'GET /x?access_token=[redacted]&x=1'
 */
export function redactSecrets(text: string): string {
  if (typeof text !== 'string' || !text) return typeof text === 'string' ? text : '';
  const spans = credentialSpans(decodedView(text));
  if (!spans.length) return text;
  let out = '';
  let from = 0;
  for (const [start, end] of spans) {
    out += text.slice(from, start) + MASK;
    from = end;
  }
  return out + text.slice(from);
}
