import { describe, expect, it } from 'vitest';
import { LeverError } from '../errors.js';
import { buildFitTest, buildKnowledgeBase, buildTopic } from '../search/testing/kb-builders.js';
import { EXPERTISE_WEEKS } from './schema.js';
import {
  askRecord,
  checkInProblems,
  checkInRecord,
  experimentRecord,
  finishProblems,
  finishRecord,
  parseAskInput,
  parseCheckInInput,
  parseExperimentInput,
  parseFinishInput,
  parseTopicClaimInput,
  topicClaimRecord,
} from './service.js';
import { buildCheckIn, buildExperiment } from './testing/builders.js';

const TODAY = '2024-03-10';

const kb = buildKnowledgeBase({
  fitTests: [
    buildFitTest(),
    buildFitTest({
      id: 'write-a-debate-critique',
      title: 'Critique a debate paper',
      direction: 'scalable-oversight',
      weeks: 2,
      deliverable: 'A two-page critique',
    }),
    buildFitTest({
      id: 'organise-a-reading-group',
      title: 'Organise a reading group',
      path: 'field-building',
    }),
  ],
  topics: [
    buildTopic(),
    buildTopic({ id: 'global-gpu-tracking', title: 'Global tracking of GPUs', number: 2 }),
  ],
});

/** The LeverError `run` throws. */
function thrown(run: () => unknown): LeverError {
  try {
    run();
  } catch (error) {
    if (error instanceof LeverError) return error;
    throw error;
  }
  throw new Error('expected a LeverError');
}

describe('parsing journal input', () => {
  it('names the field, the value and what is allowed', () => {
    const result = parseCheckInInput({ progress: 7, enjoyment: 'lots', mood: 'good' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { path: 'progress', message: '7 is too large; at most 4 allowed' },
        { path: 'enjoyment', message: 'expected a number, got a string "lots"' },
        expect.objectContaining({ path: '', message: expect.stringMatching(/"mood".*allowed fields: date/) }),
      ]),
    );
  });

  it('refuses what is not an object, saying what is expected', () => {
    for (const parse of [parseCheckInInput, parseFinishInput, parseTopicClaimInput, parseAskInput]) {
      const result = parse([1, 2]);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]?.message).toMatch(/^expected a JSON object, e\.g\. \{/);
    }
  });

  it('reads an experiment with a testId as a catalogue test, and its problems as such', () => {
    expect(parseExperimentInput({ testId: 'replicate-a-paper' })).toEqual({
      ok: true,
      value: { testId: 'replicate-a-paper' },
    });
    const result = parseExperimentInput({ testId: 'x', weeks: 3 });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]?.message).toMatch(/unknown field "weeks"; allowed fields: testId, startedOn/);
  });

  it('reads an experiment without a testId as the person’s own, naming its missing fields', () => {
    const result = parseExperimentInput({ title: 'Write a post', path: 'poetry', weeks: 20 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'path',
          message: expect.stringMatching(/"poetry" is not allowed; expected one of: alignment-research/),
        }),
        { path: 'weeks', message: '20 is too large; at most 12 allowed' },
      ]),
    );
  });

  it('refuses dates that are not real days', () => {
    const result = parseTopicClaimInput({ topicId: 'global-gpu-tracking', startedOn: '2023-02-30' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe('startedOn');
  });

  it('refuses an ask of only spaces', () => {
    expect(parseAskInput({ title: 'T', ask: '   ' })).toEqual({
      ok: false,
      problems: [{ path: 'ask', message: 'is empty: say what the lab should do' }],
    });
    expect(parseAskInput({ title: 'T', ask: 'Do a thing.' }).ok).toBe(true);
  });
});

describe('experimentRecord', () => {
  it('resolves a catalogue test, starting today and due its weeks later', () => {
    expect(experimentRecord({ testId: 'write-a-debate-critique' }, kb, TODAY)).toEqual({
      kind: 'fit-test',
      testId: 'write-a-debate-critique',
      topicId: null,
      title: 'Critique a debate paper',
      path: 'alignment-research',
      direction: 'scalable-oversight',
      weeks: 2,
      deliverable: 'A two-page critique',
      startedOn: TODAY,
      dueOn: '2024-03-24',
    });
  });

  it('keeps a given start date and counts the due date from it, across a leap day', () => {
    const record = experimentRecord({ testId: 'replicate-a-paper', startedOn: '2024-02-08' }, kb, TODAY);
    expect(record).toMatchObject({ startedOn: '2024-02-08', dueOn: '2024-03-07', direction: null });
  });

  it.each([
    ['a year typed short', '0024-03-10'],
    ['the day before the earliest start', '1969-12-31'],
    ['a year and two days ahead', '2025-03-12'],
    ['a year typed long', '2204-03-10'],
  ])('refuses a start out of range (%s), naming startedOn and the range', (_, startedOn) => {
    const error = thrown(() => experimentRecord({ testId: 'replicate-a-paper', startedOn }, kb, TODAY));
    expect(error.code).toBe('invalid_input');
    expect(error.problems).toEqual([
      {
        path: 'startedOn',
        message: `"${startedOn}" is out of range; expected a date from 1970-01-01 to 2025-03-11 (at most a year from today)`,
      },
    ]);
  });

  it('takes a start from the earliest day to a year and a day ahead', () => {
    for (const startedOn of ['1970-01-01', '2025-03-11']) {
      expect(experimentRecord({ testId: 'replicate-a-paper', startedOn }, kb, TODAY).startedOn).toBe(
        startedOn,
      );
    }
  });

  it('refuses an unknown test as not found, suggesting the closest tests only', () => {
    const error = thrown(() => experimentRecord({ testId: 'replicate-paper' }, kb, TODAY));
    expect(error.code).toBe('not_found');
    expect(error.message).toBe('unknown fit test "replicate-paper"');
    expect(error.suggestions[0]).toBe('replicate-a-paper');
    expect(error.suggestions).not.toContain('gpu-tamper-evident-logging');
  });

  it('carries the fields of the person’s own experiment through, trimmed', () => {
    const record = experimentRecord(
      {
        title: 'Draft a threat model',
        path: 'alignment-research',
        direction: 'threat-modeling',
        weeks: 3,
        deliverable: '  A post  ',
      },
      kb,
      TODAY,
    );
    expect(record).toEqual({
      kind: 'fit-test',
      testId: null,
      topicId: null,
      title: 'Draft a threat model',
      path: 'alignment-research',
      direction: 'threat-modeling',
      weeks: 3,
      deliverable: 'A post',
      startedOn: TODAY,
      dueOn: '2024-03-31',
    });
  });

  it('stores a blank deliverable as none', () => {
    const record = experimentRecord(
      { title: 'T', path: 'operations', weeks: 1, deliverable: ' ' },
      kb,
      TODAY,
    );
    expect(record.deliverable).toBeNull();
    expect(record.direction).toBeNull();
  });
});

describe('topicClaimRecord', () => {
  it('starts a six-month expertise plan on governance research, titled after the topic', () => {
    const record = topicClaimRecord({ topicId: 'global-gpu-tracking', startedOn: '2024-01-01' }, kb, TODAY);
    expect(record).toMatchObject({
      kind: 'expertise',
      testId: null,
      topicId: 'global-gpu-tracking',
      title: 'Global tracking of GPUs',
      path: 'governance-research',
      direction: null,
      weeks: EXPERTISE_WEEKS,
      startedOn: '2024-01-01',
      dueOn: '2024-07-01',
    });
    expect(record.deliverable).toContain('Global tracking of GPUs');
  });

  it('starts today by default', () => {
    expect(topicClaimRecord({ topicId: 'global-gpu-tracking' }, kb, TODAY).startedOn).toBe(TODAY);
  });

  it('refuses a start out of range as for experiments', () => {
    const error = thrown(() =>
      topicClaimRecord({ topicId: 'global-gpu-tracking', startedOn: '0001-01-01' }, kb, TODAY),
    );
    expect(error.problems).toEqual([{ path: 'startedOn', message: expect.stringMatching(/out of range/) }]);
  });

  it('refuses an unknown topic as not found, suggesting topics', () => {
    const error = thrown(() => topicClaimRecord({ topicId: 'gpu-tracking' }, kb, TODAY));
    expect(error.code).toBe('not_found');
    expect(error.message).toBe('unknown governance topic "gpu-tracking"');
    expect(error.suggestions[0]).toBe('global-gpu-tracking');
    expect(error.suggestions).not.toContain('replicate-a-paper');
  });
});

describe('check-ins', () => {
  const experiment = buildExperiment({ startedOn: '2024-03-01' });

  it('is dated today by default, with absent hours and a blank note as none', () => {
    expect(checkInRecord({ progress: 2, enjoyment: 4, note: '  ' }, TODAY)).toEqual({
      date: TODAY,
      hours: null,
      progress: 2,
      enjoyment: 4,
      note: null,
    });
    expect(
      checkInRecord({ date: '2024-03-02', hours: 0, progress: 0, enjoyment: 0, note: ' ok ' }, TODAY),
    ).toEqual({
      date: '2024-03-02',
      hours: 0,
      progress: 0,
      enjoyment: 0,
      note: 'ok',
    });
  });

  it('accepts any day from the start to today', () => {
    expect(checkInProblems(experiment, { progress: 1, enjoyment: 1 }, TODAY)).toEqual([]);
    expect(checkInProblems(experiment, { date: '2024-03-01', progress: 1, enjoyment: 1 }, TODAY)).toEqual([]);
  });

  it('refuses a day before the experiment started, naming the date', () => {
    expect(checkInProblems(experiment, { date: '2024-02-29', progress: 1, enjoyment: 1 }, TODAY)).toEqual([
      {
        path: 'date',
        message:
          '"2024-02-29" is before the experiment started (2024-03-01); expected a date from 2024-03-01 to 2024-03-10',
      },
    ]);
  });

  it('refuses a day after today, naming the date', () => {
    const problems = checkInProblems(experiment, { date: '2024-03-11', progress: 1, enjoyment: 1 }, TODAY);
    expect(problems).toEqual([
      { path: 'date', message: expect.stringMatching(/"2024-03-11" is in the future/) },
    ]);
    const error = thrown(() => checkInRecord({ date: '2024-03-11', progress: 1, enjoyment: 1 }, TODAY));
    expect(error.code).toBe('invalid_input');
    expect(error.problems[0]?.path).toBe('date');
  });
});

describe('finishing', () => {
  it('finishes today by default, with a trimmed reflection', () => {
    expect(finishRecord({ reflection: '  Loved it.\n' }, TODAY)).toEqual({
      finishedOn: TODAY,
      reflection: 'Loved it.',
    });
    expect(finishRecord({}, TODAY)).toEqual({ finishedOn: TODAY, reflection: null });
  });

  it('refuses a finishing day outside the experiment, naming finishedOn', () => {
    const experiment = buildExperiment({ startedOn: '2024-03-01' });
    expect(finishProblems(experiment, { finishedOn: '2024-02-01' }, TODAY)[0]?.path).toBe('finishedOn');
    expect(finishProblems(experiment, {}, TODAY)).toEqual([]);
    expect(thrown(() => finishRecord({ finishedOn: '2025-01-01' }, TODAY)).problems[0]?.path).toBe(
      'finishedOn',
    );
  });

  it('refuses a finishing day before the last check-in, and accepts that very day', () => {
    const experiment = buildExperiment({
      startedOn: '2024-03-01',
      checkIns: [buildCheckIn({ date: '2024-03-05' }), buildCheckIn({ id: 'c2', date: '2024-03-08' })],
    });
    const [problem] = finishProblems(experiment, { finishedOn: '2024-03-06' }, TODAY);
    expect(problem).toEqual({
      path: 'finishedOn',
      message: expect.stringMatching(/before the last check-in \(2024-03-08\)/),
    });
    expect(finishProblems(experiment, { finishedOn: '2024-03-08' }, TODAY)).toEqual([]);
  });

  it('names the days allowed: from the last check-in, when there is one, to today', () => {
    const logged = buildExperiment({
      startedOn: '2024-03-01',
      checkIns: [buildCheckIn({ date: '2024-03-05' })],
    });
    const messages = (experiment: typeof logged, finishedOn: string) =>
      finishProblems(experiment, { finishedOn }, TODAY).map((p) => p.message);
    expect(messages(logged, '2024-02-01')).toEqual([
      '"2024-02-01" is before the experiment started (2024-03-01); expected a date from 2024-03-05 to 2024-03-10',
    ]);
    expect(messages(logged, '2024-03-02')).toEqual([
      '"2024-03-02" is before the last check-in (2024-03-05); expected a date from 2024-03-05 to 2024-03-10',
    ]);
    expect(messages(logged, '2024-03-11')).toEqual([
      '"2024-03-11" is in the future; expected a date from 2024-03-05 to 2024-03-10',
    ]);
    expect(messages(buildExperiment({ startedOn: '2024-03-01' }), '2024-02-01')).toEqual([
      '"2024-02-01" is before the experiment started (2024-03-01); expected a date from 2024-03-01 to 2024-03-10',
    ]);
  });
});

describe('askRecord', () => {
  it('trims text, stores blank or absent fields as null and no steps as []', () => {
    expect(askRecord({ title: 'Evals', ask: '  Run evals.  ', lab: ' ', owner: ' Sam ' })).toEqual({
      title: 'Evals',
      lab: null,
      ask: 'Run evals.',
      steps: [],
      owner: 'Sam',
      cost: null,
    });
  });

  it('keeps the steps in order, trimmed', () => {
    expect(askRecord({ title: 'T', ask: 'A', steps: [' one', 'two '] }).steps).toEqual(['one', 'two']);
  });
});
