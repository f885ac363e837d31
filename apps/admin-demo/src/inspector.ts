export interface RawResponse {
  status: number;
  headers: [string, string][];
  body: string;
}

/**
 * Reads a raw HTTP response as a developer pastes it (status line, headers, blank line, body).
 * A paste that is only a body keeps the status it is given.
 * @example parseRawHttp('HTTP/1.1 429 Too Many Requests\nRetry-After: 30\n\n{"code":"429"}', 400)
 */
export function parseRawHttp(text: string, fallbackStatus: number): RawResponse {
  const normalized = text.replace(/\r\n/g, '\n').replace(/^\s+/, '');
  const statusLine = /^HTTP\/[\d.]+\s+(\d{3})\b[^\n]*\n?/i.exec(normalized);
  if (!statusLine) return { status: fallbackStatus, headers: [], body: normalized };
  // Headers run to the first empty line (there may be none, and then the empty line comes first).
  const rest = `\n${normalized.slice(statusLine[0].length)}`;
  const blank = rest.indexOf('\n\n');
  const head = blank < 0 ? rest : rest.slice(0, blank);
  const headers = head
    .split('\n')
    .map((line) => /^([!#$%&'*+\-.^_`|~\w]+):\s*(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => [match[1]!, match[2]!] as [string, string]);
  return { status: Number(statusLine[1]), headers, body: blank < 0 ? '' : rest.slice(blank + 2) };
}
