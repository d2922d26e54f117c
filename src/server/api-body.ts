/**
 * The API's body, decoded and checked in a worker thread: the main thread only collects its
 * bytes (a text of 2 MB decodes into megabytes of strings that its collector would then have
 * to sweep). The answers are those of Express's own JSON and text parsers: a charset the text
 * cannot be decoded from is a 415, JSON that is not an object or does not parse is a 400.
 */
import { TextDecoder } from 'node:util';
import { UserError } from './user-error.js';

export type ApiBodyType = 'json' | 'text';

const badJson = () => new UserError(400, 'The request body is not valid JSON. Send {"text": "…"} or plain text.', 'bad_json');
const badCharset = () => new UserError(415, 'Send the text as UTF-8.', 'unsupported_charset');

/** The charset named by a Content-Type header, lower-cased, or null. */
export function charsetOf(contentType: string | undefined): string | null {
  const m = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType ?? '');
  const name = m ? (m[1] ?? m[2] ?? '') : '';
  return name ? name.toLowerCase() : null;
}

function decode(bytes: Uint8Array, charset: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    throw badCharset();
  }
  return decoder.decode(bytes);
}

/** The story's text out of an API body; throws UserError. */
export function apiText(bytes: Uint8Array, type: ApiBodyType, charset: string | null): string {
  return apiInput(bytes, type, charset).text;
}

/** The story's text and the `corrections` field (unchecked; undefined when absent) of an API body; throws UserError. */
export function apiInput(bytes: Uint8Array, type: ApiBodyType, charset: string | null): { text: string; corrections: unknown } {
  if (type === 'text') return { text: decode(bytes, charset ?? 'utf-8'), corrections: undefined };
  // As Express's JSON parser: only the UTF encodings, and only an object or an array at the top.
  if (charset !== null && !charset.startsWith('utf-')) throw badCharset();
  const json = decode(bytes, charset ?? 'utf-8');
  const first = /\S/.exec(json)?.[0];
  let body: unknown = {};
  if (first !== undefined) {
    if (first !== '{' && first !== '[') throw badJson();
    try {
      body = JSON.parse(json);
    } catch {
      throw badJson();
    }
  }
  if (Array.isArray(body) || typeof body !== 'object' || body === null) throw new UserError(400, 'The JSON body must be an object: {"text": "…"}.', 'bad_json');
  const { text, corrections } = body as Record<string, unknown>;
  if (text === undefined) throw new UserError(400, 'The JSON body needs a "text" field: {"text": "…"}.', 'missing_text');
  if (typeof text !== 'string') throw new UserError(400, 'The "text" field must be a string.', 'bad_text');
  return { text, corrections };
}
