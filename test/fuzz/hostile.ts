/**
 * Hostile values for fuzzing Lever's edges, as fast-check arbitraries and as named cases: strings,
 * and JSON values built as text, so that what JSON.stringify cannot write (1e309, 1e-400, -0,
 * 10,000 levels of nesting, lone surrogate escapes) reaches the parser exactly as an attacker
 * would send it. Whole requests' pieces are in hostile-http.ts.
 */
import fc from 'fast-check';

/** Script, attribute breaking, Markdown links and iCalendar separators, in one line of text. */
export const MARKUP_TEXTS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '# heading | cell | `code` [x](javascript:alert(1)) <b>bold</b>',
  'line one\nline two; part, other \\ end',
  '\r\nBEGIN:VEVENT\r\nSUMMARY:injected\r\nEND:VEVENT',
] as const;

/**
 * Strings that break naive code: empty, blank, NUL, lone surrogates, bidi and zero-width marks,
 * look-alike numbers, and dates at the edges of the calendar or that do not exist.
 */
export const NASTY_STRINGS = [
  '',
  ' ',
  '\t\n',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  '\u202e\u200b\ufeff',
  '😀'.repeat(3),
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  'null',
  'true',
  '{}',
  '[]',
  '../../etc/passwd',
  '%00',
  "'; DROP TABLE profiles; --",
  '__proto__',
  '0000-01-01',
  '0099-12-31',
  '9999-12-31',
  '2030-02-30',
  '2030-01-16',
  '+02030-01-01',
  '2030-01-01T00:00:00Z',
  ...MARKUP_TEXTS,
] as const;

/** A lone surrogate code unit, which no valid UTF-8 can carry. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));

/** Any string a person or an attacker might send, from plain words to the nastiest. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NASTY_STRINGS),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({
    unit: fc.oneof(fc.string({ minLength: 1, maxLength: 1 }), loneSurrogate, fc.constant('\u0000')),
    maxLength: 20,
  }),
  fc.integer({ min: 4990, max: 5010 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 190, max: 210 }).map((n) => 'é'.repeat(n)),
);

/** Nested arrays or objects `depth` levels deep, as JSON text. */
export function deepJson(depth: number, kind: 'array' | 'object' = 'array'): string {
  return kind === 'array'
    ? `${'['.repeat(depth)}${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** A JSON text of an array of `n` numbers. */
export function bigArrayJson(n: number): string {
  return `[${Array.from({ length: n }, (_, i) => i % 10).join(',')}]`;
}

/** Named JSON value texts that overflow, underflow, nest deeply, pretend to be numbers or are edge dates. */
export const NASTY_JSON_VALUES = {
  overflow: '1e309',
  negativeOverflow: '-1e309',
  underflow: '1e-400',
  negativeZero: '-0',
  hugeInteger: '123456789012345678901234567890',
  fraction: '2.5',
  negative: '-1',
  nanString: '"NaN"',
  infinityString: '"Infinity"',
  numberString: '"3"',
  emptyString: '""',
  null: 'null',
  true: 'true',
  emptyArray: '[]',
  emptyObject: '{}',
  nulString: '"a\\u0000b"',
  loneSurrogate: '"\\ud800"',
  deepArray: deepJson(10_000),
  deepObject: deepJson(10_000, 'object'),
  bigArray: bigArrayJson(20_000),
  longString: JSON.stringify('x'.repeat(20_000)),
  script: JSON.stringify(MARKUP_TEXTS[0]),
  yearZero: '"0000-01-01"',
  lastDay: '"9999-12-31"',
  noSuchDay: '"2030-02-30"',
} as const;

/** Any JSON value as text: a nasty named one, a hostile string, a number of any size, a small structure. */
export const hostileJsonValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...Object.values(NASTY_JSON_VALUES)) },
  { weight: 3, arbitrary: hostileString.map((s) => JSON.stringify(s)) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)) },
  { weight: 1, arbitrary: fc.integer({ min: -10, max: 300 }).map(String) },
  { weight: 1, arbitrary: fc.json({ maxDepth: 2 }) },
);

const DATE_EDGES = [
  '0000-01-01',
  '0099-12-31',
  '1900-02-29',
  '9999-12-31',
  '2030-02-30',
  '2030-01-16',
  '2029-12-31',
];
const NUMBER_EDGES = [
  '-1',
  '0',
  '-0',
  '0.5',
  '1e-400',
  '4',
  '5',
  '12',
  '13',
  '26',
  '168',
  '169',
  '600',
  '601',
  '1e309',
];

/**
 * Values of the same kind as a valid one, at and just past the edges a schema draws: dates that
 * overflow or do not exist, numbers around the limits, lists empty, huge or nested.
 */
export function nearJsonValue(valid: unknown): fc.Arbitrary<string> {
  if (typeof valid === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(valid)) {
    return fc.constantFrom(...DATE_EDGES).map((date) => JSON.stringify(date));
  }
  if (typeof valid === 'number') return fc.constantFrom(...NUMBER_EDGES);
  if (typeof valid === 'boolean') return fc.constantFrom('false', '0', '"true"');
  if (Array.isArray(valid)) {
    return fc.oneof(
      fc.constantFrom('[]', '[null]', bigArrayJson(5000), deepJson(10_000)),
      fc.array(hostileString, { maxLength: 25 }).map((list) => JSON.stringify(list)),
    );
  }
  return hostileString.map((text) => JSON.stringify(text));
}
