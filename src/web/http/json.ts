/**
 * JSON as the API sends it: the same serializer as the CLI's `--json` output, with the newline the
 * CLI's `print` adds, so `POST /api/v1/advice` and `lever advise --json` give the same bytes.
 */
import { toJson } from '../../core/json.js';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** The body text for a value: indented JSON ending with a newline. */
export function jsonText(value: unknown): string {
  return `${toJson(value)}\n`;
}

/** A JSON response; `headers` are added to the content type. */
export function jsonResponse(value: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(jsonText(value), {
    status,
    headers: { 'content-type': JSON_CONTENT_TYPE, ...headers },
  });
}
