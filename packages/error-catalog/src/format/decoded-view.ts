// The text a secret scanner reads: percent-encodings, JSON escapes and HTML character references decoded, so that a
// secret written `access_token%3D…`, `\\\"password\\\":` or `{&quot;client_secret&quot;:…}` is seen as if it were
// written plainly.

/** The text with its escapes decoded; `at[i]` is where decoded character `i` starts in `raw`. */
export interface View {
  text: string;
  /** `null` when nothing was decoded: then character `i` is at `i`. */
  at: Int32Array | null;
  raw: string;
}

/**
 * How many times the text is decoded: an escape that decoding produced (`%5C%22` gives `\"`, `%252522` gives `%22`) is
 * decoded in the next round. Each round is one linear pass over a text no longer than the last, so the scan stays
 * linear. Four rounds undo what real echoes nest (a URL in a query string in JSON in a URL, with `%25XX` counted as
 * one round); a text escaped more deeply than that is not an echo of a request.
 */
const ROUNDS = 4;
/** The number written in `count` hex digits at `i`, or -1: read by char code, with no slice or pattern per escape. */
function hexAt(raw: string, i: number, count: number): number {
  let value = 0;
  for (let k = i; k < i + count; k++) {
    const c = raw.charCodeAt(k) | 0x20; // lower case; NaN past the end gives 0x20
    const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}
// The named references a server's HTML escaping writes for the characters a secret's name and value are told by.
const ENTITIES: Record<string, string> = { quot: '"', apos: "'", amp: '&', lt: '<', gt: '>' };
const ENTITY = /^&(?:#(\d{1,3})|#[xX]([0-9a-fA-F]{1,2})|([a-z]{2,6}));/;

/** One round of decoding: `[text, at]`, or `undefined` when the round decoded nothing. */
function decodeOnce(raw: string): [string, Int32Array] | undefined {
  const pieces: string[] = [];
  const at = new Int32Array(raw.length + 1);
  let length = 0;
  let plainFrom = 0;
  let changed = false;
  // Characters written as they are go out as one slice; `at` still gets one index each.
  const decoded = (char: string, from: number, next: number) => {
    if (from > plainFrom) pieces.push(raw.slice(plainFrom, from));
    for (let p = plainFrom; p < from; p++) at[length++] = p;
    pieces.push(char);
    at[length++] = from;
    plainFrom = next;
    return next;
  };
  const special = /[%\\&]/g;
  for (let match = special.exec(raw); match; match = special.exec(raw)) {
    const i = match.index;
    const c = raw[i];
    if (c === '%') {
      // `%3D`, and `%253D` (encoded twice); only ASCII matters to what is looked for.
      const inner = hexAt(raw, i + 1, 2) === 0x25 ? hexAt(raw, i + 3, 2) : -1;
      const code = inner >= 0 ? inner : hexAt(raw, i + 1, 2);
      // An encoded line break is inside one line of the text: it reads as a space, not as a line end.
      if (code < 0 || code >= 0x80) continue;
      special.lastIndex = decoded(code < 0x20 ? ' ' : String.fromCharCode(code), i, i + (inner >= 0 ? 5 : 3));
      changed = true;
    } else if (c === '\\') {
      // A run of backslashes escapes the character after it, at whatever depth of JSON-in-JSON.
      let j = i;
      while (raw[j] === '\\') j++;
      const next = raw[j];
      const unit = next === 'u' ? hexAt(raw, j + 1, 4) : -1;
      if (unit >= 0) special.lastIndex = decoded(String.fromCharCode(unit), i, j + 5);
      else if (next === 'n' || next === 'r' || next === 't') special.lastIndex = decoded(' ', i, j + 1);
      else if (next === '"' || next === "'" || next === '/') special.lastIndex = decoded(next, i, j + 1);
      else {
        special.lastIndex = j; // backslashes before any other character stay as they are: the scanner skips them alike
        continue;
      }
      changed = true;
    } else {
      const entity = ENTITY.exec(raw.slice(i, i + 9));
      const code = entity?.[1] ? Number(entity[1]) : entity?.[2] ? parseInt(entity[2], 16) : undefined;
      const char =
        code === undefined ? ENTITIES[entity?.[3] ?? ''] : code < 0x80 ? String.fromCharCode(code) : undefined;
      if (!entity || char === undefined) continue;
      special.lastIndex = decoded(char < ' ' ? ' ' : char, i, i + entity[0].length);
      changed = true;
    }
  }
  if (!changed) return undefined;
  decoded('', raw.length, raw.length);
  return [pieces.join(''), at.subarray(0, length)];
}

const ESCAPES = /[%\\&]/;

export function decodedView(raw: string): View {
  let text = raw;
  let at: Int32Array | null = null;
  for (let round = 0; round < ROUNDS && ESCAPES.test(text); round++) {
    const decoded = decodeOnce(text);
    if (!decoded) break;
    const [next, map] = decoded;
    // Where each character of this round starts in the raw text, through the rounds before it.
    const before: Int32Array | null = at;
    at = before ? map.map((index) => before[index] as number) : map;
    text = next;
  }
  return { text, at, raw };
}
