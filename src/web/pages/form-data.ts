/**
 * Reading a posted form into the plain values the journal's schemas check. The body is read with a
 * byte cap while it arrives (a declared length over the cap is refused before reading), so a huge
 * post is never held whole; then it is parsed as a browser sends forms: URL-encoded, or multipart
 * for a file upload. Every field arrives as text; numbers are converted only when they look like
 * numbers, so a wrong value reaches the schema as typed and its problem names the field and value.
 */
import type { Context } from 'hono';
import { LeverError } from '../../core/errors.js';
import { BodyTooLarge, readBodyBytes } from '../http/read-body.js';

/**
 * The most an ordinary form may send. The largest one is an ask: 20 steps of 1,000 characters and
 * two 5,000-character notes, about 30,600 characters. URL-encoded, a character of most non-Latin
 * scripts takes 9 bytes (three %XX escapes), so such an ask can reach about 280 KB.
 */
export const FORM_MAX_BYTES = 512 * 1024;

/** The form's text fields by name; files are ignored, and a repeated name keeps its last value. */
export type FormFields = Readonly<Record<string, string>>;

/** Every field of a form in the order sent: text, or a file for an upload field. */
export type FormEntries = readonly (readonly [string, string | File])[];

export const URL_ENCODED = 'application/x-www-form-urlencoded';
export const MULTIPART = 'multipart/form-data';

/** The ways a browser sends a form; a file upload needs multipart. */
export type FormType = typeof URL_ENCODED | typeof MULTIPART;
const FORM_TYPES: readonly FormType[] = [URL_ENCODED, MULTIPART];

/** "512 KB", "20 MB": a limit as the pages state it. */
export function limitText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes / 1024} KB`;
}

function tooLarge(maxBytes: number): LeverError {
  return new LeverError(
    'payload_too_large',
    `This form sent more than ${limitText(maxBytes)}, the most Lever accepts from it, so it was not read and nothing was saved.`,
  );
}

function mediaTypeOf(header: string | undefined): string {
  return header?.split(';')[0]?.trim().toLowerCase() ?? '';
}

/** A 413 LeverError, before any byte is read, when the declared Content-Length is over `maxBytes`. */
function refuseDeclaredLength(c: Context, maxBytes: number): void {
  if (c.req.header('transfer-encoding') !== undefined) return;
  const declared = c.req.header('content-length');
  if (declared !== undefined && Number.parseInt(declared, 10) > maxBytes) throw tooLarge(maxBytes);
}

/** The body's bytes, or a 413 LeverError when its declared or actual size is over `maxBytes`. */
async function readCappedBytes(c: Context, maxBytes: number): Promise<Uint8Array> {
  refuseDeclaredLength(c, maxBytes);
  try {
    return await readBodyBytes(c, maxBytes);
  } catch (error) {
    throw error instanceof BodyTooLarge ? tooLarge(maxBytes) : error;
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A 400 naming the field whose text is not UTF-8, so nothing altered is ever saved. */
function notUtf8(field: string | null): LeverError {
  const where = field === null ? 'The form' : `The field "${field}"`;
  return new LeverError(
    'invalid_input',
    `${where} was not sent as UTF-8 text (the way Lever's pages send it), so it was not read and nothing was saved.`,
    { problems: [{ path: field ?? '(form)', message: 'expected UTF-8 text' }] },
  );
}

/** The name of the field that `pair` ("name=value", percent-encoded) sets, as far as it can be read. */
function fieldNameOf(pair: string): string {
  const name = pair.split('=')[0] ?? '';
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/**
 * The fields of a URL-encoded body. A browser sends such a body as ASCII, with every other
 * character written as percent-escaped UTF-8 bytes. Bytes that are not UTF-8, raw or escaped (a
 * tool sending Latin-1, say), are refused with a 400 naming the field, instead of being read as
 * replacement characters and saved altered.
 */
function decodeUrlEncoded(bytes: Uint8Array): FormEntries {
  let body: string;
  try {
    body = strictUtf8.decode(bytes);
  } catch {
    throw notUtf8(null);
  }
  for (const pair of body.split('&')) {
    for (const run of pair.match(/(?:%[0-9A-Fa-f]{2})+/g) ?? []) {
      try {
        decodeURIComponent(run);
      } catch {
        throw notUtf8(fieldNameOf(pair));
      }
    }
  }
  return [...new URLSearchParams(body)];
}

/**
 * Every field of the posted form, read with at most `maxBytes` of body: a 413 LeverError when it
 * is larger, a 415 when it is not sent as one of the `accepted` types, a 400 when a multipart body
 * is malformed or a URL-encoded one is not UTF-8.
 */
export async function readFormEntries(
  c: Context,
  maxBytes = FORM_MAX_BYTES,
  accepted: readonly FormType[] = FORM_TYPES,
): Promise<FormEntries> {
  const header = c.req.header('content-type');
  const type = mediaTypeOf(header);
  if (!accepted.some((name) => name === type)) {
    // A declared size over the limit is still a 413; the body itself is left unread.
    refuseDeclaredLength(c, maxBytes);
    const expected = accepted.map((name) => `"${name}"`).join(' or ');
    throw new LeverError(
      'unsupported_media_type',
      `Lever reads this form only when it is sent as ${expected}, the way its own pages send it. It came ${header ? `as "${header}"` : 'without a content type'}, so it was not read and nothing was saved.`,
    );
  }
  const bytes = await readCappedBytes(c, maxBytes);
  if (type === URL_ENCODED) return decodeUrlEncoded(bytes);
  try {
    // The bytes are already capped, so the platform's parser never sees more than maxBytes.
    const request = new Request(c.req.url, {
      method: 'POST',
      headers: { 'content-type': header ?? '' },
      body: bytes,
    });
    return [...(await request.formData())];
  } catch {
    throw new LeverError(
      'invalid_input',
      'The form could not be read: its multipart body is malformed. Nothing was saved.',
    );
  }
}

/** The form's text fields, read with at most `maxBytes` of body (see readFormEntries). */
export async function readForm(c: Context, maxBytes = FORM_MAX_BYTES): Promise<FormFields> {
  const fields: Record<string, string> = {};
  for (const [name, value] of await readFormEntries(c, maxBytes)) {
    if (typeof value === 'string') fields[name] = value;
  }
  return fields;
}

/** A field's text; a missing field reads as empty. */
export function text(form: FormFields, name: string): string {
  return form[name] ?? '';
}

/** "3" → 3, "2.5" → 2.5; blank → undefined (left out); anything else stays text for the schema to name. */
export function numberOrText(value: string | undefined): number | string | undefined {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** A field's text when it is not blank, else undefined (the field is left out of the input). */
export function optional(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

/** An object without its undefined properties, as the strict schemas expect optional fields. */
export function defined<T extends Record<string, unknown>>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}
