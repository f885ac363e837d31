/** What a response body says, before any fallback is applied. */
export interface BodyFields {
  code: string | null;
  description?: string;
  data: unknown[];
  source: string | null;
  /** `innerError["request-id"]` of the Microsoft identity / Graph envelope. */
  requestId?: string;
  /** True when the body is a gateway or proxy's HTML page rather than an answer of the API. */
  html: boolean;
  problems: string[];
}

const decoder = new TextDecoder();

function empty(problems: string[], html = false): BodyFields {
  return { code: null, data: [], source: null, html, problems };
}

function asText(body: unknown): string | undefined {
  if (typeof body === 'string') return body;
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    const bytes = body instanceof ArrayBuffer ? new Uint8Array(body) : new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    return decoder.decode(bytes);
  }
  return undefined;
}

function codeOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

const textOf = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);

// "<title>502 Bad Gateway</title>" is the one line of a gateway page worth showing, as text.
function htmlTitle(html: string): string | undefined {
  const title = /<title[^>]*>([^<]{1,200})<\/title>/i.exec(html)?.[1]?.replace(/\s+/g, ' ').trim();
  return title || undefined;
}

function fromObject(body: Record<string, unknown>, problems: string[]): BodyFields {
  const envelope = body.error;
  if (envelope && typeof envelope === 'object' && !Array.isArray(envelope) && !('code' in body)) {
    // Microsoft identity / Graph: { error: { code, message, innerError: { "request-id", date } } }
    const graph = envelope as Record<string, unknown>;
    const inner = (graph.innerError ?? graph.innererror) as Record<string, unknown> | undefined;
    const description = textOf(graph.message);
    if (!description) problems.push('body has no error message');
    return {
      code: codeOf(graph.code),
      description,
      data: [],
      source: null,
      html: false,
      problems,
      requestId: inner && typeof inner === 'object' ? textOf(inner['request-id']) : undefined,
    };
  }
  const code = codeOf(body.code);
  if (code === null) problems.push(body.code === undefined ? 'body has no code' : 'body code is not a string or number');
  let description = textOf(body.description);
  if (!description) {
    description = textOf(body.message) ?? textOf(body.Message);
    problems.push(description ? 'body has "message" instead of "description"' : 'body has no description');
  }
  const data = Array.isArray(body.data) ? body.data : [];
  if (body.data != null && !Array.isArray(body.data)) problems.push('body data is not an array');
  const source = textOf(body.source)?.trim() ?? null;
  if (source === null) problems.push('body has no source');
  return { code, description, data, source, html: false, problems };
}

/** Reads any body (object, JSON text, HTML, plain text, bytes, nothing) into its fields and problems. */
export function readBody(body: unknown, contentType = ''): BodyFields {
  const problems: string[] = [];
  const text = asText(body);
  if (text !== undefined) {
    const trimmed = text.trim();
    if (!trimmed) return empty(['body is empty']);
    if (/^<|^<!doctype/i.test(trimmed) || /html/i.test(contentType)) {
      const title = htmlTitle(trimmed);
      return { ...empty(['body is an HTML page, not a Partner Center error'], true), description: title };
    }
    if (/^[[{"]/.test(trimmed)) {
      try {
        return readBody(JSON.parse(trimmed) as unknown);
      } catch {
        return { ...empty(['body is not JSON']), description: trimmed };
      }
    }
    return { ...empty(['body is plain text, not JSON']), description: trimmed };
  }
  if (body == null) return empty(['body is empty']);
  if (Array.isArray(body)) return empty(['body is a JSON array, not an error object']);
  if (typeof body !== 'object') return empty([`body is a ${typeof body}, not an error object`]);
  return fromObject(body as Record<string, unknown>, problems);
}
