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
    .flatMap((match) =>
      match?.[1] !== undefined && match[2] !== undefined ? [[match[1], match[2]] as [string, string]] : [],
    );
  return { status: Number(statusLine[1]), headers, body: blank < 0 ? '' : rest.slice(blank + 2) };
}

/** A paste read as a response, with what only a copied ticket knows: when it arrived, and the title of a failure with no response. */
export interface Paste extends RawResponse {
  receivedAt?: string;
  title?: string;
}

// The labels diagnosticsText writes (@pc-errors/error-catalog); a line that starts with any "Label:" begins a new field.
const FIELD = /^([A-Z][A-Za-z ]{1,30}):\s?(.*)$/;

/**
 * Reads the text "Copy details" puts on the clipboard (`diagnosticsText`) back into a response, so a support
 * engineer can paste a ticket into the Inspector. Returns null for text that is not such a ticket.
 * @example parseDiagnostics('Partner Center error\nHTTP status: 404 NotFound\nError code: 20000\nDescription: Order ID not found')
 */
export function parseDiagnostics(text: string): Paste | null {
  const fields = new Map<string, string>();
  let current: string | undefined;
  for (const line of text.replace(/\r\n/g, '\n').split('\n')) {
    const [, name, value] = FIELD.exec(line) ?? [];
    if (name !== undefined) {
      current = name;
      fields.set(current, value ?? '');
    } else if (current && line.trim()) {
      // A server's description may span lines.
      fields.set(current, `${fields.get(current)}\n${line}`);
    }
  }
  const status = /^\d{1,3}\b/.exec(fields.get('HTTP status') ?? '');
  if (!status) return null;
  const headers: [string, string][] = [];
  const header = (name: string, value: string | undefined) => value && headers.push([name, value]);
  header('MS-CorrelationId', fields.get('Correlation ID'));
  header('MS-RequestId', fields.get('Request ID'));
  header('Retry-After', /^(\d+) s$/.exec(fields.get('Retry after') ?? '')?.[1]);
  header('WWW-Authenticate', fields.has('Auth realm') ? `OAuth realm=${fields.get('Auth realm')}` : undefined);
  const data = (() => {
    try {
      const parsed: unknown = JSON.parse(fields.get('Data') ?? '[]');
      return Array.isArray(parsed) ? (parsed as unknown[]) : [];
    } catch {
      return []; // "… (N characters)": the ticket kept only the start of it.
    }
  })();
  const body = {
    code: fields.get('Error code'),
    // A ticket writes each value on one line, a line break inside it as " ⏎ ".
    description: fields.get('Description')?.replaceAll(' ⏎ ', '\n'),
    data,
    source: fields.get('Source'),
  };
  return {
    status: Number(status[0]),
    headers,
    body: JSON.stringify(body),
    receivedAt: fields.get('Time'),
    title: fields.get('Title'),
  };
}

/** A paste of any kind the Inspector takes: a raw HTTP response, a body alone, or a copied ticket. */
export function readPaste(text: string, fallbackStatus: number): Paste {
  return parseDiagnostics(text) ?? parseRawHttp(text, fallbackStatus);
}
