/**
 * What the journal routes share beyond the API's JSON helpers: bodies that may be left out, text
 * documents (Markdown, iCalendar) as UTF-8 with their length declared, and the URL of a created
 * experiment or ask.
 */
import type { Context } from 'hono';
import {
  decodeBodyText,
  isJsonContentType,
  notJson,
  parseJsonText,
  readLimitedBodyBytes,
} from '../http/body.js';

export const MARKDOWN_CONTENT_TYPE = 'text/markdown; charset=utf-8';
export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';

/** Only to tell an empty body (nothing, or only spaces) from one that is there. */
const lenientUtf8 = new TextDecoder();

/**
 * The parsed JSON body, or `{}` when the request has none (finishing an experiment or claiming a
 * topic needs no fields). A body that is there is held to the same rules as any other: at most
 * MAX_BODY_BYTES (413), UTF-8 (400), sent as application/json (415), well-formed (400).
 */
export async function readOptionalJsonBody(c: Context): Promise<unknown> {
  const bytes = await readLimitedBodyBytes(c);
  if (lenientUtf8.decode(bytes).trim() === '') return {};
  const type = c.req.header('content-type');
  if (!isJsonContentType(type)) throw notJson(type);
  return parseJsonText(decodeBodyText(bytes));
}

/** A text document as UTF-8, with its length declared; `headers` are added to the content type. */
export function textResponse(
  text: string,
  contentType: string,
  headers: Record<string, string> = {},
): Response {
  const bytes = Buffer.from(text, 'utf8');
  return new Response(bytes, {
    headers: { 'content-type': contentType, 'content-length': String(bytes.byteLength), ...headers },
  });
}

/**
 * The URL of a resource of the API, from the path of the request being answered and the number of
 * its trailing segments that name the current route: `/api/v1/topics/x/claim` less 3 segments is
 * `/api/v1`, so the API's prefix is never written twice.
 */
export function apiUrl(requestPath: string, routeSegments: number, ...segments: string[]): string {
  const base = requestPath.split('/').slice(0, -routeSegments).join('/');
  return [base, ...segments.map(encodeURIComponent)].join('/');
}
