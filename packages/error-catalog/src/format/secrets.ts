// Masks credentials in text bound for a support ticket, in one left-to-right pass that never goes back:
// its cost is linear in the text whatever the text holds (no backtracking pattern runs over it).
// It reads the text through a decoded view, so a secret URL-encoded (`%3D`, `%2520`) or JSON-escaped
// (`\"`, `\\\"`, `\u0022`, `\n`) is found as if it were written plainly, and masks the original characters.
import { decodedView, type View } from './decoded-view';
import { isSecretName } from './secret-names';

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

/** Whether a run of token characters looks like a credential rather than a word ("token", "information"). */
function credentialLike(token: string): boolean {
  if (token.length < 4) return false;
  return token.length >= 16 || /[^A-Za-z]/.test(token) || /[A-Z]/.test(token.slice(1));
}

class Masker {
  readonly spans: [number, number][] = [];
  private readonly text: string;
  private readonly n: number;
  // No JWT starts before this index: a failed search from an earlier "eyJ" already covered the text up to it.
  private noJwtUntil = 0;

  constructor(private readonly view: View) {
    this.text = view.text;
    this.n = view.text.length;
  }

  /** Where decoded character `i` starts in the original text. */
  private pos(i: number): number {
    return this.view.at ? (this.view.at[i] as number) : i;
  }

  /** How decoded character `i` was written: `"`, `\"`, `%22`... */
  private written(i: number): string {
    return this.view.raw.slice(this.pos(i), this.pos(i + 1));
  }

  private mask(from: number, to: number): number {
    const last = this.spans.at(-1);
    if (to > from && (!last || this.pos(from) >= last[1])) this.spans.push([this.pos(from), this.pos(to)]);
    return to;
  }

  // A line break of the text itself (escaped ones read as spaces): a value without an end of its own ends there.
  private isLineBreak(i: number): boolean {
    return this.text[i] === '\n' || this.text[i] === '\r';
  }

  /** The end of a JWT starting at `start` (also split by whitespace), or -1 after marking where none can start. */
  private jwtEnd(start: number): number {
    const t = this.text;
    let k = start;
    let dots = 0;
    let afterDot = 0;
    for (;;) {
      while (k < this.n && isNameChar(t[k])) {
        if (t[k] === '.') {
          dots++;
          afterDot = 0;
        } else afterDot++;
        k++;
      }
      let w = k;
      while (w < this.n && isSpace(t[w])) w++;
      if (w === k || w === this.n || !isNameChar(t[w])) break;
      // Across whitespace only while the token is unfinished, or the next piece is token-like itself.
      let r = w;
      while (r < this.n && isNameChar(t[r])) r++;
      if (!(dots < 2 || t[k - 1] === '.' || t[w] === '.' || (r - w >= 8 && credentialLike(t.slice(w, r))))) break;
      k = w;
    }
    if (dots >= 2 || (dots === 1 && afterDot >= 8)) return k;
    this.noJwtUntil = k;
    return -1;
  }

  /** The end of a PEM block (a private key, a certificate): its END line or, without one, the end of the text. */
  private pemEnd(from: number): number {
    const end = this.text.indexOf('-----END', from);
    const close = end < 0 ? -1 : this.text.indexOf('-----', end + 8);
    return close < 0 ? this.n : close + 5;
  }

  /** The end of a credential value starting at `k` (after `name=` or `name: `). */
  private valueEnd(k: number, headerLine: boolean): [from: number, to: number] {
    const t = this.text;
    const c = t[k];
    let m = k + 1;
    if (c === '"' || c === "'") {
      // The closing quote is written as the opening one was: `\"` closes `\"`, `"` closes `"`.
      const form = this.written(k);
      while (m < this.n && !this.isLineBreak(m) && !(t[m] === c && this.written(m) === form)) m++;
      return [k + 1, m];
    }
    if (headerLine) {
      while (m < this.n && !this.isLineBreak(m)) m++;
      return [k, m];
    }
    if (c === '{' || c === '[') {
      for (let depth = 1; m < this.n && depth > 0 && !this.isLineBreak(m); m++) {
        if (t[m] === '{' || t[m] === '[') depth++;
        else if (t[m] === '}' || t[m] === ']') depth--;
      }
      return [k, m];
    }
    if (t.startsWith('-----BEGIN', k)) return [k, this.pemEnd(k + 10)];
    if (k >= this.noJwtUntil && t.startsWith('eyJ', k)) {
      const end = this.jwtEnd(k);
      if (end > 0) return [k, end];
    }
    m = k;
    while (m < this.n && !VALUE_END.includes(t[m] as string)) m++;
    const scheme = t.slice(k, m).toLowerCase();
    if ((scheme === 'bearer' || scheme === 'basic') && isBlank(t[m])) return [k, this.schemeEnd(m)];
    return [k, m];
  }

  /** After `Bearer`/`Basic` at `k` (space or `+` then a token): the end of the credential, or `k`. */
  private schemeEnd(k: number): number {
    const t = this.text;
    let s = k;
    while (s < this.n && (isBlank(t[s]) || t[s] === '+')) s++;
    if (s === k) return k;
    if (s >= this.noJwtUntil && t.startsWith('eyJ', s)) {
      const end = this.jwtEnd(s);
      if (end > 0) return end;
    }
    let e = s;
    while (e < this.n && isTokenChar(t[e])) e++;
    while (e > s && t[e - 1] === '.') e--; // the end of a sentence, not of the token
    while (t[e] === '=') e++;
    return credentialLike(t.slice(s, e)) ? e : k;
  }

  run(): void {
    const t = this.text;
    let i = 0;
    while (i < this.n) {
      if (!isNameChar(t[i]) || isNameChar(t[i - 1])) {
        i++;
        continue;
      }
      let j = i;
      while (j < this.n && isNameChar(t[j])) j++;
      i = this.word(i, j);
    }
  }

  /** Handles the run of name characters [i, j); returns where scanning goes on. */
  private word(i: number, j: number): number {
    const t = this.text;
    if (t.startsWith('-----BEGIN', i)) return this.mask(i, this.pemEnd(j));
    const eyj = i >= this.noJwtUntil ? t.slice(i, j).indexOf('eyJ') : -1;
    if (eyj >= 0) {
      const end = this.jwtEnd(i + eyj);
      if (end > 0) return this.mask(i + eyj, end);
    }
    const name = t.slice(i, j);
    const lower = name.toLowerCase();
    if (lower === 'bearer' || lower === 'basic') {
      const end = this.schemeEnd(j);
      return end > j ? this.mask(this.credentialStart(j), end) : j;
    }
    // name, an optional closing quote, `=` or `:`, then the value.
    let k = j;
    if (t[k] === '"' || t[k] === "'") k++;
    while (isBlank(t[k])) k++;
    const separator = t[k];
    // `https://` is a scheme, not a value.
    const isUrl = separator === ':' && t[k + 1] === '/';
    if ((separator !== '=' && separator !== ':') || isUrl || !isSecretName(name, separator === '=')) return j;
    k++;
    while (isBlank(t[k])) k++;
    const headerLine = separator === ':' && HEADER_LINES.has(lower.replace(/[-_]/g, ''));
    const [from, to] = this.valueEnd(k, headerLine);
    this.mask(from, to);
    return Math.max(to, j);
  }

  private credentialStart(k: number): number {
    let s = k;
    while (isBlank(this.text[s]) || this.text[s] === '+') s++;
    return s;
  }
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
  const view = decodedView(text);
  const masker = new Masker(view);
  masker.run();
  if (!masker.spans.length) return text;
  let out = '';
  let from = 0;
  for (const [start, end] of masker.spans) {
    out += text.slice(from, start) + MASK;
    from = end;
  }
  return out + text.slice(from);
}
