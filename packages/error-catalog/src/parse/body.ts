import type { Problem } from '../types';
import { copy } from './copy';
import { dataOf } from './data';
import { fromGraph, fromOAuth, fromProblem, isProblem } from './envelopes';
import { type BodyFields, codeOf, empty, isRecord, reader, textOf } from './fields';
import { partialOf } from './line-items';
import { addProblem } from './problems';
import { isSuccess } from '../catalog/status-kinds';
import { identifierText, MAX_SOURCE, withoutControls } from './text';

export type { BodyFields };

/** The most of a body read, in bytes (or characters, for a body given as text): an error body is small. */
export const MAX_BODY_BYTES = 64 * 1024;

const decoder = new TextDecoder();

/** The bytes of a typed array, DataView or (Shared)ArrayBuffer, of any realm; `undefined` for anything else. */
export function bytesOf(body: unknown): Uint8Array | undefined {
  if (body instanceof Uint8Array) return body; // most chunks of a stream: no new view per chunk
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  const tag = Object.prototype.toString.call(body);
  if (tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]')
    return new Uint8Array(body as ArrayBuffer);
  return undefined;
}

/** The body as text, at most MAX_BODY_BYTES of it: anything longer is not an error body, and is not scanned. */
function asText(body: unknown, problems: Problem[]): string | undefined {
  if (typeof body === 'string') {
    if (body.length <= MAX_BODY_BYTES) return body;
    addProblem(problems, 'body-too-large');
    return body.slice(0, MAX_BODY_BYTES);
  }
  const bytes = bytesOf(body);
  if (!bytes) return undefined;
  if (bytes.byteLength > MAX_BODY_BYTES) addProblem(problems, 'body-too-large');
  // `slice` copies, so that a view of shared memory (which TextDecoder refuses) decodes too.
  return decoder.decode(bytes.slice(0, MAX_BODY_BYTES));
}

// The index of the first `<tag` at or after `from`, in any case; each "<" is looked at once.
function findTag(html: string, tag: string, from: number): number {
  for (let at = html.indexOf('<', from); at >= 0; at = html.indexOf('<', at + 1)) {
    if (html.slice(at + 1, at + 1 + tag.length).toLowerCase() === tag) return at;
  }
  return -1;
}

// "<title>502 Bad Gateway</title>" is the one line of a gateway page worth showing, as text. Found in one
// pass: a pattern such as /<title[^>]*>/ rescans the rest of the page from every "<title" without a ">".
function htmlTitle(html: string): string | undefined {
  const open = findTag(html, 'title', 0);
  if (open < 0) return undefined;
  const start = html.indexOf('>', open) + 1;
  if (start === 0) return undefined;
  const end = html.indexOf('<', start);
  if (end < 0 || end - start > 200 || findTag(html, '/title', end) !== end) return undefined;
  const title = withoutControls(html.slice(start, end))[0].split(/\s+/).join(' ').trim();
  // A copy: a one-word title would otherwise be a slice of the page, and keep all of it alive with the error.
  return title ? copy(title) : undefined;
}

// A stream, a Blob or a Response cannot be read without waiting: that is readErrorResponse's work.
function isUnread(body: object): boolean {
  try {
    const { getReader, arrayBuffer } = body as { getReader?: unknown; arrayBuffer?: unknown };
    return typeof getReader === 'function' || typeof arrayBuffer === 'function';
  } catch {
    return false; // a hostile object: its fields are read one by one, and reported, below
  }
}

function fromObject(body: object, contentType: string, status: number | undefined, problems: Problem[]): BodyFields {
  if (isUnread(body)) {
    addProblem(problems, 'body-unread-stream');
    return empty();
  }
  const field = reader(body, problems);
  const codeMark = problems.length;
  const code = field('code');
  if (code === undefined) {
    const envelope = field('error');
    if (typeof envelope === 'string') return fromOAuth(envelope, field, problems);
    if (isRecord(envelope)) return fromGraph(envelope, problems);
    if (isProblem(field, contentType)) return fromProblem(field, problems);
    // Only a success is read as one: a 401 or a 503 whose body holds `orders` is a failure of its status.
    const partial = isSuccess(status) ? partialOf(field, problems) : undefined;
    if (partial) {
      addProblem(problems, 'partial-success', partial.kind);
      return { ...empty(), partial };
    }
    // Azure API Management, in front of Partner Center, throttles with { statusCode: 429, message: "Rate limit…" }.
    const message = typeof field('statusCode') === 'number' ? textOf(field('message')) : undefined;
    if (message) return { ...empty(), description: message };
  }
  const codeText = codeOf(code, problems);
  // A code that could not be read, or was only invisible characters, is already reported; not also as missing.
  if (codeText === null && problems.length === codeMark) {
    addProblem(problems, code === undefined ? 'code-missing' : 'code-invalid');
  }
  let description = textOf(field('description'));
  if (!description) {
    description = textOf(field('message')) ?? textOf(field('Message'));
    addProblem(
      problems,
      description ? 'description-from-message' : 'description-missing',
      description ? undefined : 'description',
    );
  }
  const data = dataOf(field('data'), problems);
  const sourceMark = problems.length;
  const sourceValue = field('source');
  const source = typeof sourceValue === 'string' ? identifierText(sourceValue, MAX_SOURCE, 'source', problems) : null;
  if (source === null && problems.length === sourceMark) addProblem(problems, 'source-missing');
  return { code: codeText, description, data, source };
}

const HTML_PAGE = /^<!doctype html|<html[\s>]/i;

function fromMarkup(text: string, contentType: string, problems: Problem[]): BodyFields {
  const xml =
    !HTML_PAGE.test(text.slice(0, 1024)) &&
    !/html/i.test(contentType) &&
    (/^<\?xml/i.test(text) || /xml/i.test(contentType));
  if (xml) {
    addProblem(problems, 'body-xml');
    return { ...empty(), markup: 'an XML document' };
  }
  addProblem(problems, 'body-html');
  return { ...empty(), markup: 'an HTML page', description: htmlTitle(text) };
}

/**
 * Reads any body (object, JSON text, HTML, XML, plain text, bytes, nothing) into its fields, recording in
 * `problems` what was wrong. Text and bytes beyond MAX_BODY_BYTES are not looked at. A cart or checkout body is
 * read as a partial success only when `status` is a success (2xx).
 */
export function readBody(
  body: unknown,
  contentType: string,
  status: number | undefined,
  problems: Problem[],
): BodyFields {
  const text = asText(body, problems);
  if (text !== undefined) {
    const trimmed = text.trim();
    if (!trimmed) {
      addProblem(problems, 'body-empty');
      return empty();
    }
    // JSON first, whatever the Content-Type says: a proxy may label a real error body text/html.
    if (/^[[{"]/.test(trimmed)) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(trimmed);
      } catch {
        addProblem(problems, 'body-not-json');
        return { ...empty(), description: trimmed };
      }
      // The Content-Type still tells a problem body; a JSON string is text again, whatever the label.
      return readBody(parsed, typeof parsed === 'object' ? contentType : '', status, problems);
    }
    if (trimmed.startsWith('<') || /html/i.test(contentType)) return fromMarkup(trimmed, contentType, problems);
    addProblem(problems, 'body-plain-text');
    return { ...empty(), description: trimmed };
  }
  if (body == null) {
    addProblem(problems, 'body-empty');
    return empty();
  }
  if (typeof body !== 'object') {
    addProblem(problems, 'body-not-object', typeof body);
    return empty();
  }
  if (Array.isArray(body)) {
    addProblem(problems, 'body-array');
    return empty();
  }
  return fromObject(body, contentType, status, problems);
}
