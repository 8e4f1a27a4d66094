/**
 * Hostile pieces of HTTP requests: whole bodies that are not a JSON object or not JSON at all,
 * bytes that are not UTF-8, odd content types, and path segments for ids that do not exist.
 */
import fc from 'fast-check';
import { bigArrayJson, deepJson, hostileString } from './hostile.js';

/** The API's body limit (src/web/http/body.ts), repeated so the fuzzer does not trust the code it tests. */
export const BODY_LIMIT = 64 * 1024;

/** Whole bodies that are not a JSON object, or not JSON at all. */
export const NASTY_BODIES = {
  empty: '',
  blank: '  \n ',
  null: 'null',
  array: '[]',
  arrayOfObject: '[{}]',
  string: '"profile"',
  number: '42',
  overflow: '1e309',
  true: 'true',
  unclosed: '{',
  missingValue: '{"a":}',
  singleQuotes: "{'a': 1}",
  trailingComma: '{"a": 1,}',
  trailingGarbage: '{} x',
  nan: 'NaN',
  nul: '\u0000',
  duplicateKeys: '{"a": 1, "a": 2}',
  protoKey: '{"__proto__": {"polluted": true}}',
  deepArray: deepJson(10_000),
  deepObject: deepJson(10_000, 'object'),
  deepUnclosed: '['.repeat(30_000),
  bigArray: bigArrayJson(30_000),
  justUnderLimit: `{"x":"${'y'.repeat(BODY_LIMIT - 10)}"}`,
  overLimit: `{"x":"${'y'.repeat(BODY_LIMIT)}"}`,
  farOverLimit: `[${'"xxxxxxxxxx",'.repeat(20_000)}0]`,
} as const;

/** Bytes that are not UTF-8: a stray continuation, an overlong NUL, a lone surrogate, a cut sequence. */
export const INVALID_UTF8_INSERTS = [[0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82]] as const;

/** `text` as UTF-8 with `bytes` put in place of its first "@" (or at its end). */
export function withRawBytes(text: string, bytes: readonly number[]): Uint8Array {
  const at = text.indexOf('@');
  const [before, after] = at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
  return new Uint8Array([...Buffer.from(before), ...bytes, ...Buffer.from(after)]);
}

/** Content types that are not JSON, or are JSON in odd spellings (those must still be accepted). */
export const CONTENT_TYPES = {
  json: 'application/json',
  jsonCharset: 'application/json; charset=utf-8',
  jsonUpper: 'APPLICATION/JSON',
  jsonOddCharset: 'application/json; charset=latin1',
  text: 'text/plain',
  form: 'application/x-www-form-urlencoded',
  multipart: 'multipart/form-data; boundary=x',
  jsonPatch: 'application/json-patch+json',
  jsonLike: 'application/jsonx',
  textJson: 'text/json',
  empty: '',
  none: undefined,
} as const;

/** Whether a Content-Type names JSON, by the same rule the API documents. */
export function isJsonType(type: string | undefined): boolean {
  return type?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** Path segments (already as they appear in a URL) for ids that do not exist or cannot. */
export const NASTY_SEGMENTS = [
  '%00',
  '%ZZ',
  '%E0%A4%A',
  '%ED%A0%80',
  encodeURIComponent('ü-ñ-😀'),
  encodeURIComponent('<script>alert(1)</script>'),
  '..',
  '.',
  '%2e%2e',
  'a%2Fb',
  '%20',
  encodeURIComponent("'; DROP TABLE experiments; --"),
  'x'.repeat(300),
  'x'.repeat(8000),
  // As long as the server's header limit allows: a costly "did you mean" would stall every request.
  'abcdefgh'.repeat(7500),
  'abcd-'.repeat(12_000),
  encodeURIComponent('😀'.repeat(500)),
  'profile-0001%00',
] as const;

/** Any path segment: a nasty one or random text, percent-encoded. */
export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NASTY_SEGMENTS),
  hostileString.filter((s) => s !== '').map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '?'))),
);
