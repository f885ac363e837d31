// The text a secret scanner reads: percent-encodings and JSON escapes decoded, so that a secret written
// `access_token%3D…` or `\\\"password\\\":` is seen as if it were written plainly.

/** The text with its escapes and percent-encodings decoded; `at[i]` is where decoded character `i` starts. */
export interface View {
  text: string;
  /** `null` when nothing was decoded: then character `i` is at `i`. */
  at: number[] | null;
  raw: string;
}

const HEX = /^[0-9a-fA-F]{2}$/;
const HEX4 = /^[0-9a-fA-F]{4}$/;

export function decodedView(raw: string): View {
  if (!raw.includes('%') && !raw.includes('\\')) return { text: raw, at: null, raw };
  const chars: string[] = [];
  const at: number[] = [];
  const push = (char: string, from: number) => {
    chars.push(char);
    at.push(from);
  };
  let i = 0;
  while (i < raw.length) {
    const c = raw[i] as string;
    if (c === '%') {
      // `%3D`, and `%253D` (encoded twice); only ASCII matters to what is looked for.
      const twice = raw.startsWith('%25', i) && HEX.test(raw.slice(i + 3, i + 5));
      const hex = twice ? raw.slice(i + 3, i + 5) : raw.slice(i + 1, i + 3);
      const code = HEX.test(hex) ? parseInt(hex, 16) : 0x80;
      if (code < 0x80) {
        // An encoded line break is inside one line of the text: it reads as a space, not as a line end.
        push(code < 0x20 ? ' ' : String.fromCharCode(code), i);
        i += twice ? 5 : 3;
        continue;
      }
    } else if (c === '\\') {
      // A run of backslashes escapes the character after it, at whatever depth of JSON-in-JSON.
      let j = i;
      while (raw[j] === '\\') j++;
      const next = raw[j];
      if (next === 'u' && HEX4.test(raw.slice(j + 1, j + 5))) {
        push(String.fromCharCode(parseInt(raw.slice(j + 1, j + 5), 16)), i);
        i = j + 5;
        continue;
      }
      if (next === 'n' || next === 'r' || next === 't') {
        push(' ', i);
        i = j + 1;
        continue;
      }
      if (next === '"' || next === "'" || next === '/') {
        push(next, i);
        i = j + 1;
        continue;
      }
      push('\\', i);
      i = j;
      continue;
    }
    push(c, i);
    i++;
  }
  at.push(raw.length);
  return { text: chars.join(''), at, raw };
}
