/**
 * Reading a request body: only JSON (415 otherwise), at most MAX_BODY_BYTES (413, counted while
 * the body is read, so a huge body is never buffered whole), parsed (400 when malformed) and
 * validated against a zod schema (400 naming each invalid field). Nothing is written before all
 * of this has passed.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type * as z from 'zod';
import { LeverError } from '../../core/errors.js';
import { problemsFromZod } from '../../core/validation.js';
import { BodyTooLarge, readBodyBytes } from './read-body.js';

/** A profile is a few hundred bytes; 64 KB leaves room for long notes and a full history. */
export const MAX_BODY_BYTES = 64 * 1024;

function tooLarge(): LeverError {
  return new LeverError('payload_too_large', `the request body is larger than ${MAX_BODY_BYTES / 1024} KB`);
}

/**
 * Middleware refusing a body whose declared Content-Length is over MAX_BODY_BYTES, before any
 * route runs. It reads only headers: a body without a declared length is counted while
 * `readJsonBody` reads it.
 */
export const limitBody: MiddlewareHandler = async (c, next) => {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.header('transfer-encoding') === undefined) {
    const length = c.req.header('content-length');
    if (length !== undefined && Number.parseInt(length, 10) > MAX_BODY_BYTES) throw tooLarge();
  }
  await next();
};

// One decoder for all requests; like `Request.text()`, it drops a byte-order mark, but it refuses
// invalid UTF-8 rather than saving replacement characters in place of what was sent.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes as UTF-8 text, or an invalid-input LeverError when they are not UTF-8. */
export function decodeBodyText(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new LeverError('invalid_input', 'the request body is not valid UTF-8; JSON must be sent as UTF-8');
  }
}

/** The body's bytes, refused with a 413 as soon as they grow past MAX_BODY_BYTES. */
export async function readLimitedBodyBytes(c: Context): Promise<Uint8Array> {
  try {
    return await readBodyBytes(c, MAX_BODY_BYTES);
  } catch (error) {
    throw error instanceof BodyTooLarge ? tooLarge() : error;
  }
}

/** Whether a Content-Type header names JSON (parameters such as charset are allowed). */
export function isJsonContentType(header: string | undefined): boolean {
  const mediaType = header?.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

/** The 415 for a body that is not sent as JSON. */
export function notJson(type: string | undefined): LeverError {
  return new LeverError(
    'unsupported_media_type',
    `the request body must be JSON sent as "Content-Type: application/json"${type ? `, not "${type}"` : ''}`,
  );
}

/** The body's text, or a LeverError when it is not JSON by content type, not UTF-8, or empty. */
export async function readJsonText(c: Context): Promise<string> {
  // The size is checked before the type, as the size limit applies to every body.
  const bytes = await readLimitedBodyBytes(c);
  const type = c.req.header('content-type');
  if (!isJsonContentType(type)) throw notJson(type);
  const text = decodeBodyText(bytes);
  if (text.trim() === '') throw new LeverError('invalid_input', 'the request body is empty; expected JSON');
  return text;
}

/** Parses a body's text, or gives an invalid-input LeverError for malformed JSON. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new LeverError('invalid_input', `the request body is not valid JSON: ${(error as Error).message}`);
  }
}

/** The parsed JSON body, or a LeverError for the wrong content type or malformed JSON. */
export async function readJsonBody(c: Context): Promise<unknown> {
  return parseJsonText(await readJsonText(c));
}

/** The input validated by `schema`, or an invalid-input LeverError with one issue per problem. */
export function validate<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new LeverError('invalid_input', `invalid ${what}`, {
    problems: problemsFromZod(parsed.error, input, schema),
  });
}

/** Reads and validates a JSON body in one step. */
export async function readBody<S extends z.ZodType>(
  c: Context,
  schema: S,
  what: string,
): Promise<z.output<S>> {
  return validate(schema, await readJsonBody(c), what);
}
