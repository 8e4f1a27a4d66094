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

/**
 * UTF-8 in one pass. A plan's few non-ASCII characters (dashes, arrows) make V8 hold its whole
 * text as UTF-16, where every encoding pass is costly; `Buffer.from` makes two (measure, then
 * copy). No UTF-16 code unit takes more than 3 UTF-8 bytes, so the buffer is always large enough.
 */
function utf8Bytes(text: string): Buffer {
  const buffer = Buffer.allocUnsafe(text.length * 3);
  return buffer.subarray(0, buffer.write(text, 'utf8'));
}

/** The bytes of a JSON body: indented JSON ending with a newline, as UTF-8. */
export function jsonBytes(value: unknown): Uint8Array {
  return utf8Bytes(jsonText(value));
}

/** A response carrying JSON bytes already encoded, with their length declared. */
export function jsonBytesResponse(
  bytes: Uint8Array,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  return new Response(bytes, {
    status,
    headers: { 'content-type': JSON_CONTENT_TYPE, 'content-length': String(bytes.byteLength), ...headers },
  });
}

/**
 * A JSON response; `headers` are added to the content type. The text is encoded once here, with
 * its length declared: given a string, the Node adapter would encode it twice (once to measure
 * it, once to write it).
 */
export function jsonResponse(value: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return jsonBytesResponse(jsonBytes(value), status, headers);
}
