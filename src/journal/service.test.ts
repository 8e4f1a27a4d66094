/**
 * The journal service against the real SQLite store in memory, the knowledge base and rules read
 * from content/, and a clock that stands still until a test moves it. Every failure is checked for
 * its LeverError code and the fields it names, and for leaving the store as it was.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadKnowledgeBaseFromContent } from '../content/content-kb.js';
import { loadRulesFromContent } from '../content/content-rules.js';
import { advise } from '../core/advice/advise.js';
import { type AdviceContext, createAdviceContext } from '../core/advice/context.js';
import { LeverError } from '../core/errors.js';
import type { Experiment } from '../core/journal/schema.js';
import { indexKnowledgeBase } from '../core/kb/items.js';
import type { Profile } from '../core/profile/schema.js';
import { openSqliteStore } from '../store/sqlite.js';
import { buildProfile, type TestEnvironment, testEnvironment } from '../store/store-test-kit.js';
import type { LeverStore } from '../store/types.js';
import { createJournal, type JournalService } from './service.js';

const TODAY = '2030-01-15';
const TEST_ID = 'replicate-interpretability-result';
const TOPIC_ID = 'global-gpu-tracking';

/** Noon of a local day, so "today" is that day in any time zone. */
function localNoon(date: string): Date {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(year, month - 1, day, 12);
}

let shared: AdviceContext | undefined;
function adviceContext(): AdviceContext {
  if (!shared) {
    const ikb = indexKnowledgeBase(loadKnowledgeBaseFromContent());
    shared = createAdviceContext(ikb, loadRulesFromContent(ikb));
  }
  return shared;
}

interface Setup {
  journal: JournalService;
  store: LeverStore;
  env: TestEnvironment;
  setToday(date: string): void;
}

let setup: Setup;
beforeEach(async () => {
  const env = testEnvironment();
  const store = await openSqliteStore({ file: ':memory:', env });
  let now = localNoon(TODAY);
  const journal = createJournal({ store, advice: adviceContext(), now: () => now });
  setup = { journal, store, env, setToday: (date) => (now = localNoon(date)) };
});
afterEach(async () => {
  await setup.store.close();
});

/** The LeverError a call rejects with. */
async function rejection(promise: Promise<unknown>): Promise<LeverError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof LeverError) return error;
  throw new Error(`expected a LeverError, got ${String(error)}`);
}

const fields = (error: LeverError) => error.problems.map((p) => p.path);
const checkIn = (overrides: Record<string, unknown> = {}) => ({
  hours: 5,
  progress: 3,
  enjoyment: 2,
  ...overrides,
});

/** A catalogue test started on 8 January, with one check-in on the 10th. */
async function experimentWithCheckIn(): Promise<Experiment> {
  const started = await setup.journal.startExperiment({ testId: TEST_ID, startedOn: '2030-01-08' });
  return setup.journal.logCheckIn(started.id, checkIn({ date: '2030-01-10', note: 'first week' }));
}

describe('starting experiments', () => {
  it('knows today from its clock', () => {
    expect(setup.journal.today()).toBe(TODAY);
    setup.setToday('2030-02-28');
    expect(setup.journal.today()).toBe('2030-02-28');
  });

  it('starts a catalogue test today, resolved from the knowledge base', async () => {
    const started = await setup.journal.startExperiment({ testId: TEST_ID });
    expect(started).toMatchObject({
      kind: 'fit-test',
      testId: TEST_ID,
      path: 'alignment-research',
      weeks: 3,
      startedOn: TODAY,
      dueOn: '2030-02-05',
      status: 'active',
    });
    expect(await setup.journal.experiments()).toEqual([started]);
    expect(await setup.journal.experiment(started.id)).toEqual(started);
  });

  it('starts one of the person’s own design, trimmed', async () => {
    const started = await setup.journal.startExperiment({
      title: '  Draft a memo ',
      path: 'policy',
      weeks: 2,
      deliverable: '   ',
      startedOn: '2030-01-01',
    });
    expect(started).toMatchObject({
      title: 'Draft a memo',
      testId: null,
      deliverable: null,
      dueOn: '2030-01-15',
    });
  });

  it('refuses an unknown catalogue test with suggestions, and invalid input naming fields', async () => {
    const unknown = await rejection(setup.journal.startExperiment({ testId: 'replicate-interpretability' }));
    expect(unknown.code).toBe('not_found');
    expect(unknown.suggestions).toContain(TEST_ID);
    const invalid = await rejection(
      setup.journal.startExperiment({ title: 'x', path: 'astrology', weeks: 0 }),
    );
    expect(invalid.code).toBe('invalid_input');
    expect(fields(invalid)).toEqual(expect.arrayContaining(['path', 'weeks']));
    expect(await setup.journal.experiments()).toEqual([]);
  });

  it('answers an unknown id with not_found', async () => {
    expect((await rejection(setup.journal.experiment('nothing'))).code).toBe('not_found');
    expect((await rejection(setup.journal.deleteExperiment('nothing'))).code).toBe('not_found');
  });

  it('deletes an experiment with its check-ins', async () => {
    const experiment = await experimentWithCheckIn();
    await setup.journal.deleteExperiment(experiment.id);
    expect(await setup.journal.experiments()).toEqual([]);
  });
});

describe('check-ins', () => {
  it('logs a check-in dated today unless a day is given, note trimmed', async () => {
    const experiment = await experimentWithCheckIn();
    const updated = await setup.journal.logCheckIn(experiment.id, checkIn({ note: '  second  ' }));
    expect(updated.checkIns.map((c) => [c.date, c.note])).toEqual([
      ['2030-01-10', 'first week'],
      [TODAY, 'second'],
    ]);
  });

  it.each([
    ['before the experiment started', '2030-01-07'],
    ['in the future', '2030-01-16'],
  ])('refuses a day %s, naming the date and logging nothing', async (_, date) => {
    const experiment = await experimentWithCheckIn();
    const error = await rejection(setup.journal.logCheckIn(experiment.id, checkIn({ date })));
    expect(error.code).toBe('invalid_input');
    expect(error.problems).toEqual([{ path: 'date', message: expect.stringContaining(date) }]);
    expect(await setup.journal.experiment(experiment.id)).toEqual(experiment);
  });

  it('accepts the first and the last allowed days', async () => {
    const experiment = await experimentWithCheckIn();
    await setup.journal.logCheckIn(experiment.id, checkIn({ date: '2030-01-08' }));
    const updated = await setup.journal.logCheckIn(experiment.id, checkIn({ date: TODAY }));
    expect(updated.checkIns.map((c) => c.date)).toEqual(['2030-01-08', '2030-01-10', TODAY]);
  });

  it('reads the clock once per check-in, so the day checked is the day written', async () => {
    const started = await setup.journal.startExperiment({ testId: TEST_ID, startedOn: '2030-01-08' });
    // Midnight passes between any two readings of this clock.
    let readings = 0;
    const days = ['2030-01-15', '2030-01-16', '2030-01-17'];
    const now = () => localNoon(days[Math.min(readings++, days.length - 1)] ?? TODAY);
    const journal = createJournal({ store: setup.store, advice: adviceContext(), now });
    const updated = await journal.logCheckIn(started.id, checkIn());
    expect(updated.checkIns.map((c) => c.date)).toEqual(['2030-01-15']);
  });

  it('refuses invalid input before looking the experiment up', async () => {
    const error = await rejection(setup.journal.logCheckIn('nothing', { progress: 7, enjoyment: 'lots' }));
    expect(error.code).toBe('invalid_input');
    expect(fields(error)).toEqual(['progress', 'enjoyment']);
    expect((await rejection(setup.journal.logCheckIn('nothing', checkIn()))).code).toBe('not_found');
  });

  it('refuses to log to a finished experiment with a conflict, changing nothing', async () => {
    const experiment = await experimentWithCheckIn();
    const finished = await setup.journal.finishExperiment(experiment.id, {});
    const error = await rejection(setup.journal.logCheckIn(experiment.id, checkIn()));
    expect(error.code).toBe('conflict');
    expect(await setup.journal.experiment(experiment.id)).toEqual(finished);
  });
});

describe('deleting a mis-logged check-in', () => {
  it('deletes the one check-in asked for and answers with the experiment', async () => {
    const experiment = await experimentWithCheckIn();
    const logged = await setup.journal.logCheckIn(experiment.id, checkIn({ progress: 0, note: 'oops' }));
    const wrong = logged.checkIns.at(-1)?.id ?? '';
    const updated = await setup.journal.deleteCheckIn(experiment.id, wrong);
    expect(updated.checkIns).toEqual(experiment.checkIns);
    expect(await setup.journal.experiment(experiment.id)).toEqual(updated);
  });

  it('answers an unknown experiment or check-in with not_found naming it, changing nothing', async () => {
    const experiment = await experimentWithCheckIn();
    const kept = experiment.checkIns[0]?.id ?? '';
    const unknownExperiment = await rejection(setup.journal.deleteCheckIn('nothing', kept));
    expect(unknownExperiment).toMatchObject({
      code: 'not_found',
      message: 'no experiment has the id "nothing"',
    });
    const unknownCheckIn = await rejection(setup.journal.deleteCheckIn(experiment.id, 'nothing'));
    expect(unknownCheckIn.code).toBe('not_found');
    expect(unknownCheckIn.message).toContain('no check-in with the id "nothing"');
    expect(await setup.journal.experiment(experiment.id)).toEqual(experiment);
  });

  it('refuses to delete a check-in of a finished experiment with a conflict, changing nothing', async () => {
    const experiment = await experimentWithCheckIn();
    const finished = await setup.journal.finishExperiment(experiment.id, { reflection: 'went well' });
    const error = await rejection(setup.journal.deleteCheckIn(experiment.id, finished.checkIns[0]?.id ?? ''));
    expect(error.code).toBe('conflict');
    expect(await setup.journal.experiment(experiment.id)).toEqual(finished);
  });
});

describe('finishing', () => {
  it('finishes today with a trimmed reflection, or on the day given', async () => {
    const first = await experimentWithCheckIn();
    expect(await setup.journal.finishExperiment(first.id, { reflection: ' enjoyed it \n' })).toMatchObject({
      status: 'finished',
      finishedOn: TODAY,
      reflection: 'enjoyed it',
    });
    const second = await setup.journal.startExperiment({ testId: TEST_ID, startedOn: '2030-01-02' });
    expect(await setup.journal.finishExperiment(second.id, { finishedOn: '2030-01-09' })).toMatchObject({
      finishedOn: '2030-01-09',
      reflection: null,
    });
  });

  it.each([
    ['before the experiment started', '2030-01-01'],
    ['in the future', '2030-03-01'],
  ])('refuses a day %s, naming finishedOn', async (_, finishedOn) => {
    const experiment = await experimentWithCheckIn();
    const error = await rejection(setup.journal.finishExperiment(experiment.id, { finishedOn }));
    expect(fields(error)).toEqual(['finishedOn']);
    expect(await setup.journal.experiment(experiment.id)).toEqual(experiment);
  });

  it('refuses to finish twice with a conflict, keeping the first reflection', async () => {
    const experiment = await experimentWithCheckIn();
    const finished = await setup.journal.finishExperiment(experiment.id, { reflection: 'first' });
    setup.setToday('2030-01-20');
    const error = await rejection(setup.journal.finishExperiment(experiment.id, { reflection: 'second' }));
    expect(error.code).toBe('conflict');
    expect(await setup.journal.experiment(experiment.id)).toEqual(finished);
  });
});

describe('expertise plans', () => {
  it('claims a topic as a six-month experiment and shows the plan and progress', async () => {
    const claimed = await setup.journal.claimTopic({ topicId: TOPIC_ID, startedOn: '2030-01-01' });
    expect(claimed).toMatchObject({ kind: 'expertise', topicId: TOPIC_ID, weeks: 26, dueOn: '2030-07-02' });
    await setup.journal.logCheckIn(claimed.id, checkIn({ date: '2030-01-05', hours: 3 }));
    const { experiment, plan, progress } = await setup.journal.expertise(claimed.id);
    expect(experiment.checkIns).toHaveLength(1);
    expect(plan).toMatchObject({ topicId: TOPIC_ID, startedOn: '2030-01-01' });
    expect(progress).toMatchObject({ asOf: TODAY, weeksElapsed: 2, checkIns: 1, hoursLogged: 3 });
  });

  it('refuses a second claim on a topic while its plan is active, and allows it once finished', async () => {
    const first = await setup.journal.claimTopic({ topicId: TOPIC_ID });
    const again = await rejection(setup.journal.claimTopic({ topicId: TOPIC_ID }));
    expect(again.code).toBe('conflict');
    expect(again.message).toContain(first.id);
    expect(await setup.journal.experiments()).toHaveLength(1);
    await setup.journal.finishExperiment(first.id, {});
    expect((await setup.journal.claimTopic({ topicId: TOPIC_ID })).id).not.toBe(first.id);
  });

  it('refuses an unknown topic with suggestions, and the expertise view of a fit test', async () => {
    const unknown = await rejection(setup.journal.claimTopic({ topicId: 'gpu-tracking' }));
    expect(unknown.code).toBe('not_found');
    expect(unknown.suggestions).toContain(TOPIC_ID);
    const test = await setup.journal.startExperiment({ testId: TEST_ID });
    expect((await rejection(setup.journal.expertise(test.id))).code).toBe('invalid_input');
  });
});

describe('asks', () => {
  const ask = {
    title: 'Staged releases',
    ask: 'Release each new model to a small group first.',
    steps: ['a', ' b '],
  };

  it('creates, lists, reads, replaces and deletes asks', async () => {
    const created = await setup.journal.createAsk(ask);
    expect(created).toMatchObject({ steps: ['a', 'b'], owner: null });
    expect(await setup.journal.asks()).toEqual([created]);
    expect(await setup.journal.ask(created.id)).toEqual(created);
    const updated = await setup.journal.updateAsk(created.id, { ...ask, owner: 'the safety lead' });
    expect(updated.owner).toBe('the safety lead');
    await setup.journal.deleteAsk(created.id);
    expect(await setup.journal.asks()).toEqual([]);
  });

  it('refuses invalid asks naming fields, and unknown ids', async () => {
    expect(fields(await rejection(setup.journal.createAsk({ title: 'x', ask: '  ' })))).toEqual(['ask']);
    expect((await rejection(setup.journal.updateAsk('nobody', ask))).code).toBe('not_found');
    expect((await rejection(setup.journal.deleteAsk('nobody'))).code).toBe('not_found');
    expect((await rejection(setup.journal.askDocument('nobody'))).code).toBe('not_found');
    expect(await setup.journal.asks()).toEqual([]);
  });

  it('renders an ask as Markdown with its checks, typed text escaped', async () => {
    const created = await setup.journal.createAsk({ ...ask, title: '<b>Staged</b> releases' });
    const markdown = await setup.journal.askDocument(created.id);
    expect(markdown.startsWith('# \\<b\\>Staged\\</b\\> releases\n')).toBe(true);
    expect(markdown).toContain('`concrete-asks`');
  });
});

describe('the profile fit starts from', () => {
  const save = (name: string, profile: Profile = buildProfile()) =>
    setup.store.createProfile({ name, profile });

  it('is empty when none is saved', async () => {
    expect(await setup.journal.profile()).toEqual({ saved: undefined, profile: {} });
  });

  it('is the one named, else the most recently updated', async () => {
    const first = await save('first');
    setup.env.tick();
    const second = await save('second', buildProfile({ stage: 'senior' }));
    expect((await setup.journal.profile()).saved?.id).toBe(second.id);
    expect((await setup.journal.profile(first.id)).saved?.id).toBe(first.id);
    setup.env.tick();
    await setup.store.updateProfile(first.id, { name: 'first, renamed' });
    const latest = await setup.journal.profile();
    expect(latest.saved?.id).toBe(first.id);
    expect(latest.profile).toEqual(first.profile);
  });

  it('refuses an unknown id rather than falling back', async () => {
    await save('me');
    const error = await rejection(setup.journal.profile('nobody'));
    expect(error.code).toBe('not_found');
    expect(error.message).toContain('nobody');
  });
});

describe('fit, plan and exports', () => {
  const profile = buildProfile({ leaning: 'alignment-research' });

  /** Four check-ins of strong progress and no enjoyment on an alignment research test. */
  async function logDrudgery(): Promise<Experiment> {
    const started = await setup.journal.startExperiment({ testId: TEST_ID, startedOn: '2030-01-01' });
    for (const date of ['2030-01-03', '2030-01-07', '2030-01-10', '2030-01-14']) {
      await setup.journal.logCheckIn(started.id, checkIn({ date, progress: 4, enjoyment: 0, hours: 10 }));
    }
    return setup.journal.experiment(started.id);
  }

  const alignmentOf = (report: { paths: { id: string; enjoy: { value: number } }[] }) =>
    report.paths.find((p) => p.id === 'alignment-research');

  it('moves fit as check-ins come in and records its history by day', async () => {
    const before = await setup.journal.fit(profile);
    expect(before.history.points).toEqual([]);
    await logDrudgery();
    const after = await setup.journal.fit(profile);
    expect(alignmentOf(after.report)?.enjoy.value).toBeLessThan(alignmentOf(before.report)?.enjoy.value ?? 0);
    expect(after.history.points.map((p) => p.date)).toEqual([
      '2030-01-03',
      '2030-01-07',
      '2030-01-10',
      '2030-01-14',
    ]);
    expect(after.history.start).toEqual(before.history.start);
  });

  it('plans exactly as the profile alone while the journal is empty, and moves with check-ins', async () => {
    const empty = await setup.journal.plan(profile);
    expect(JSON.stringify(empty)).toBe(JSON.stringify(advise(profile, adviceContext())));
    await logDrudgery();
    const logged = await setup.journal.plan(profile);
    expect(JSON.stringify(logged)).not.toBe(JSON.stringify(empty));
    expect(logged.paths.find((p) => p.id === 'alignment-research')?.signal?.kind).toBe('pivot');
  });

  it('asks for a check-in once the last is over six days old, and to finish once due', async () => {
    await logDrudgery();
    const stepIds = async () => (await setup.journal.plan(profile)).steps.map((s) => s.id);
    expect(await stepIds()).not.toContain('log-a-check-in');
    setup.setToday('2030-01-21');
    expect(await stepIds()).toContain('log-a-check-in');
    setup.setToday('2030-01-22');
    expect(await stepIds()).toContain('finish-your-experiment');
  });

  it('exports the calendar of active experiments, stamped with the clock', async () => {
    const experiment = await logDrudgery();
    const calendar = await setup.journal.calendar();
    expect(calendar).toContain(`UID:${experiment.id}-due@lever`);
    expect(calendar).toContain('DTSTART;VALUE=DATE:20300122');
    expect(calendar).toMatch(/DTSTAMP:20300115T\d{6}Z?/);
    await setup.journal.finishExperiment(experiment.id, {});
    expect(await setup.journal.calendar()).not.toContain('BEGIN:VEVENT');
  });

  it('exports everything logged as Markdown, typed text escaped', async () => {
    const experiment = await logDrudgery();
    await setup.journal.logCheckIn(experiment.id, checkIn({ note: 'read <i>two</i> papers' }));
    await setup.journal.finishExperiment(experiment.id, { reflection: 'Good at it, did not enjoy it.' });
    await setup.journal.claimTopic({ topicId: TOPIC_ID });
    await setup.journal.createAsk({ title: 'Staged releases', ask: 'Release to a small group first.' });
    const markdown = await setup.journal.markdown();
    expect(markdown).toContain(`### ${experiment.title}`);
    expect(markdown).toContain('| 2030-01-14 | 10 | 4/4 | 0/4 |');
    expect(markdown).toContain('read \\<i\\>two\\</i\\> papers');
    expect(markdown).toContain('Good at it, did not enjoy it.');
    expect(markdown).toContain('## Expertise plans');
    expect(markdown).toContain('### Staged releases');
  });
});
