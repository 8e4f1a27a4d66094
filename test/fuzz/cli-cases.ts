/**
 * Hostile input for every `lever` command that takes any: profile files that are empty, huge,
 * deeply nested, mistyped, not UTF-8 or carry NUL bytes; flag values that overflow, are not
 * numbers, are empty or too long; unknown and odd ids; hostile search words. Each case says the
 * exit code it must end with (2 invalid input, 3 not found, 4 conflict; 0 only for searches,
 * which may find nothing) and what the message on standard error must name.
 */
import { deepJson, MARKUP_TEXTS } from './hostile.js';
import { withRawBytes } from './hostile-http.js';

/** The records a case can aim at, created before the cases run. */
export interface CliIds {
  /** An active catalogue experiment, a finished one of one's own design, and a claimable topic. */
  active: string;
  finished: string;
  topic: string;
}

export interface CliCase {
  name: string;
  args: (ids: CliIds) => string[];
  /** Files written into the case's folder first (the args name them by their file name). */
  files?: Record<string, string | Uint8Array>;
  input?: string | Uint8Array;
  /** The exit codes allowed; every case but a search must fail. */
  codes: readonly number[];
  /** What standard error must say (ignored for a success). */
  mentions: RegExp;
}

const TEST_ID = 'replicate-interpretability-result';
const long = (n: number) => 'x'.repeat(n);

/** `lever advise --profile FILE` with a hostile file. */
function profileCase(name: string, content: string | Uint8Array, mentions: RegExp): CliCase {
  return {
    name: `advise: ${name}`,
    args: () => ['advise', '--profile', 'p.json', '--json'],
    files: { 'p.json': content },
    codes: [2],
    mentions,
  };
}

const invalid = (name: string, args: CliCase['args'], mentions: RegExp): CliCase => ({
  name,
  args,
  codes: [2],
  mentions,
});
const missing = (name: string, args: CliCase['args']): CliCase => ({
  name,
  args,
  codes: [3],
  mentions: /not? |unknown/,
});

const own = (...extra: string[]) => [
  'experiment',
  'start',
  '--title',
  'Own test',
  '--path',
  'policy',
  '--weeks',
  '2',
  ...extra,
];
const log = (id: string, ...extra: string[]) => [
  'experiment',
  'log',
  id,
  '--progress',
  '2',
  '--enjoyment',
  '3',
  ...extra,
];
const ask = (...extra: string[]) => [
  'ask',
  'new',
  '--title',
  'An ask',
  '--ask',
  'Publish the evaluations',
  ...extra,
];

export const CLI_CASES: CliCase[] = [
  profileCase('empty file', '', /empty/),
  profileCase('blank file', ' \n\t', /empty/),
  profileCase('over 1 MB', `{"notes":"${long(1_100_000)}"}`, /larger than 1 MB/),
  profileCase('500,000 levels of nesting', deepJson(500_000), /JSON object/),
  profileCase('10,000 levels inside a field', `{"history":${deepJson(10_000)}}`, /history/),
  profileCase('wrong types', '{"stage":5,"skills":"lots","history":{}}', /stage/),
  profileCase('a number that overflows', '{"researchExperienceYears":1e309}', /researchExperienceYears/),
  profileCase('not an object', '[{"stage":"student"}]', /JSON object/),
  profileCase('bytes that are not UTF-8', withRawBytes('{"notes":"@"}', [0xff, 0xfe]), /UTF-8/),
  profileCase('a NUL byte after the JSON', '{"stage":"student"}\u0000', /not valid JSON/),
  profileCase('a raw NUL inside a string', '{"notes":"a\u0000b"}', /not valid JSON/),
  profileCase('an unknown field', '{"__proto__":{"stage":"student"}}', /__proto__/),
  {
    name: 'advise: a folder',
    args: () => ['advise', '--profile', '.', '--json'],
    codes: [2],
    mentions: /folder/,
  },
  {
    name: 'advise: no such file',
    args: () => ['advise', '--profile', 'nowhere.json'],
    codes: [2],
    mentions: /no such file/,
  },
  {
    name: 'advise: garbage on standard input',
    args: () => ['advise', '--profile', '-'],
    input: '{"stage":',
    codes: [2],
    mentions: /standard input/,
  },

  invalid('start: unknown path', () => own('--path', 'nope'), /path/),
  invalid('start: weeks overflow', () => own('--weeks', '1e309'), /weeks/),
  invalid('start: weeks not a number', () => own('--weeks', 'NaN'), /weeks/),
  invalid('start: weeks empty', () => own('--weeks', ''), /weeks/),
  invalid('start: weeks a fraction', () => own('--weeks', '2.5'), /weeks/),
  invalid('start: empty title', () => own('--title', ''), /title/),
  invalid('start: title too long', () => own('--title', long(201)), /title/),
  invalid('start: unknown direction', () => own('--direction', MARKUP_TEXTS[0]), /direction/),
  invalid('start: deliverable too long', () => own('--deliverable', long(5001)), /deliverable/),
  invalid('start: no such day', () => ['experiment', 'start', TEST_ID, '--start', '2030-02-30'], /start/),
  invalid(
    'start: years ahead',
    () => ['experiment', 'start', TEST_ID, '--start', '9999-12-31'],
    /out of range.*--start/,
  ),
  invalid(
    'start: catalogue test with own flags',
    () => ['experiment', 'start', TEST_ID, '--weeks', '2'],
    /--weeks/,
  ),
  missing('start: unknown test', () => ['experiment', 'start', '../../etc/passwd']),

  invalid(
    'log: progress too high',
    (ids) => ['experiment', 'log', ids.active, '--progress', '5', '--enjoyment', '2'],
    /progress/,
  ),
  invalid(
    'log: progress overflows',
    (ids) => ['experiment', 'log', ids.active, '--progress', '1e309', '--enjoyment', '2'],
    /progress/,
  ),
  invalid('log: negative hours', (ids) => log(ids.active, '--hours', '-1'), /hours/),
  invalid('log: hours overflow', (ids) => log(ids.active, '--hours', '1e309'), /hours/),
  invalid('log: a day in the future', (ids) => log(ids.active, '--date', '2999-01-01'), /date/),
  invalid('log: the year zero', (ids) => log(ids.active, '--date', '0000-01-01'), /date/),
  invalid('log: note too long', (ids) => log(ids.active, '--note', long(5001)), /note/),
  missing('log: unknown experiment', () => log(MARKUP_TEXTS[1])),
  { name: 'log: a finished experiment', args: (ids) => log(ids.finished), codes: [4], mentions: /finished/ },

  invalid(
    'finish: the year zero',
    (ids) => ['experiment', 'finish', ids.active, '--date', '0000-01-01'],
    /date/,
  ),
  invalid(
    'finish: reflection too long',
    (ids) => ['experiment', 'finish', ids.active, '--reflection', long(5001)],
    /reflection/,
  ),
  {
    name: 'finish: already finished',
    args: (ids) => ['experiment', 'finish', ids.finished],
    codes: [4],
    mentions: /finished/,
  },

  missing('claim: unknown topic', () => ['topic', 'claim', MARKUP_TEXTS[0]]),
  invalid('claim: id too long', () => ['topic', 'claim', long(200)], /topic/i),
  invalid('claim: no such day', (ids) => ['topic', 'claim', ids.topic, '--start', '2030-02-30'], /start/),

  invalid('ask: empty title', () => ['ask', 'new', '--title', '', '--ask', 'x'], /title/),
  invalid('ask: no ask off a terminal', () => ['ask', 'new', '--title', 'An ask'], /ask/),
  invalid('ask: an empty step', () => ask('--step', ''), /step/),
  invalid(
    'ask: 21 steps',
    () => ask(...Array.from({ length: 21 }, (_, i) => ['--step', `step ${i}`]).flat()),
    /step/,
  ),
  invalid('ask: ask too long', () => ['ask', 'new', '--title', 'An ask', '--ask', long(5001)], /ask/),
  invalid('ask: lab too long', () => ask('--lab', long(201)), /lab/),

  invalid('search: a pasted document', () => ['search', long(600)], /500 characters/),
  invalid('search: limit overflows', () => ['search', '--limit', '1e309', 'policy'], /limit/),
  invalid('search: unknown kind', () => ['search', '--kind', 'nope', 'policy'], /kind/),
  {
    name: 'search: query syntax and markup',
    args: () => ['search', '(', '[', '*', '\\', MARKUP_TEXTS[0], '--json'],
    codes: [0],
    mentions: /./,
  },

  missing('show: empty id', () => ['show', '']),
  missing('show: markup', () => ['show', MARKUP_TEXTS[1]]),
  missing('show: a path', () => ['show', '../../etc/passwd']),
  missing('show: 20,000 characters', () => ['show', `${'abcd-'.repeat(4000)}`]),
];
