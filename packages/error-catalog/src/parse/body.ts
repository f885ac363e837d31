import { identifierText, MAX_CODE, MAX_DATA_ITEMS, MAX_SOURCE, withoutControls } from './text';

/** What a response body says, before any fallback is applied. */
export interface BodyFields {
  code: string | null;
  description?: string;
  data: unknown[];
  source: string | null;
  /** `innerError["request-id"]` of the Microsoft identity / Graph envelope. */
  requestId?: string;
  /** Set when the body is markup (a gateway or proxy's page) rather than an answer of the API. */
  markup?: 'an HTML page' | 'an XML document';
  problems: string[];
}

const decoder = new TextDecoder();

function empty(problems: string[]): BodyFields {
  return { code: null, data: [], source: null, problems };
}

function asText(body: unknown): string | undefined {
  if (typeof body === 'string') return body;
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    const bytes =
      body instanceof ArrayBuffer
        ? new Uint8Array(body)
        : new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    return decoder.decode(bytes);
  }
  return undefined;
}

function codeOf(value: unknown, problems: string[]): string | null {
  if (typeof value === 'string') return identifierText(value, MAX_CODE, 'code', problems);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

const textOf = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);

// "<title>502 Bad Gateway</title>" is the one line of a gateway page worth showing, as text.
function htmlTitle(html: string): string | undefined {
  const title = /<title[^>]*>([^<]{1,200})<\/title>/i.exec(html)?.[1]?.replace(/\s+/g, ' ');
  return (title && withoutControls(title)[0].trim()) || undefined;
}

// Each field is read on its own: a throwing getter or Proxy trap loses that field, not the whole body.
function reader(body: object, problems: string[]) {
  return (name: string): unknown => {
    try {
      return (body as Record<string, unknown>)[name];
    } catch {
      problems.push(`body ${name} could not be read`);
      return undefined;
    }
  };
}

// Only plain JSON survives, at most MAX_DATA_ITEMS items: the result must stay safe to stringify and to keep.
function dataOf(value: unknown, problems: string[]): unknown[] {
  if (value == null) return [];
  if (!Array.isArray(value)) {
    problems.push('body data is not an array');
    return [];
  }
  try {
    if (value.length > MAX_DATA_ITEMS) problems.push(`body data cut from ${value.length} to ${MAX_DATA_ITEMS} items`);
    return JSON.parse(JSON.stringify(value.slice(0, MAX_DATA_ITEMS))) as unknown[];
  } catch {
    problems.push('body data is not plain JSON');
    return [];
  }
}

function fromObject(body: object, problems: string[]): BodyFields {
  const field = reader(body, problems);
  const envelope = field('error');
  const code = field('code');
  if (code === undefined && typeof envelope === 'string') {
    // Microsoft identity platform (OAuth 2.0): { error: "invalid_grant", error_description: "AADSTS70008: ..." }
    const description = textOf(field('error_description'));
    if (!description) problems.push('body has no error_description');
    return { code: codeOf(envelope, problems), description, data: [], source: null, problems };
  }
  if (code === undefined && envelope && typeof envelope === 'object' && !Array.isArray(envelope)) {
    // Microsoft Graph: { error: { code, message, innerError: { "request-id", date } } }
    const graph = reader(envelope, problems);
    const inner = graph('innerError') ?? graph('innererror');
    const description = textOf(graph('message'));
    if (!description) problems.push('body has no error message');
    const requestId = inner && typeof inner === 'object' ? textOf(reader(inner, problems)('request-id')) : undefined;
    return {
      code: codeOf(graph('code'), problems),
      description,
      data: [],
      source: null,
      problems,
      ...(requestId ? { requestId } : {}),
    };
  }
  const codeText = codeOf(code, problems);
  if (codeText === null && !problems.some((problem) => problem.startsWith('body code'))) {
    problems.push(code === undefined ? 'body has no code' : 'body code is not a string or number');
  }
  let description = textOf(field('description'));
  if (!description) {
    description = textOf(field('message')) ?? textOf(field('Message'));
    problems.push(description ? 'body has "message" instead of "description"' : 'body has no description');
  }
  const data = dataOf(field('data'), problems);
  const sourceValue = field('source');
  const source = typeof sourceValue === 'string' ? identifierText(sourceValue, MAX_SOURCE, 'source', problems) : null;
  if (source === null) problems.push('body has no source');
  return { code: codeText, description, data, source, problems };
}

const HTML_PAGE = /^<!doctype html|<html[\s>]/i;

function fromMarkup(text: string, contentType: string): BodyFields {
  const xml =
    !HTML_PAGE.test(text.slice(0, 1024)) &&
    !/html/i.test(contentType) &&
    (/^<\?xml/i.test(text) || /xml/i.test(contentType));
  if (xml) return { ...empty(['body is XML, not JSON']), markup: 'an XML document' };
  return {
    ...empty(['body is an HTML page, not a Partner Center error']),
    markup: 'an HTML page',
    description: htmlTitle(text),
  };
}

/** Reads any body (object, JSON text, HTML, XML, plain text, bytes, nothing) into its fields and problems. */
export function readBody(body: unknown, contentType = ''): BodyFields {
  const text = asText(body);
  if (text !== undefined) {
    const trimmed = text.trim();
    if (!trimmed) return empty(['body is empty']);
    // JSON first, whatever the Content-Type says: a proxy may label a real error body text/html.
    if (/^[[{"]/.test(trimmed)) {
      try {
        return readBody(JSON.parse(trimmed) as unknown);
      } catch {
        return { ...empty(['body is not JSON']), description: trimmed };
      }
    }
    if (trimmed.startsWith('<') || /html/i.test(contentType)) return fromMarkup(trimmed, contentType);
    return { ...empty(['body is plain text, not JSON']), description: trimmed };
  }
  if (body == null) return empty(['body is empty']);
  if (typeof body !== 'object') return empty([`body is a ${typeof body}, not an error object`]);
  if (Array.isArray(body)) return empty(['body is a JSON array, not an error object']);
  return fromObject(body, []);
}
