/** Builders for the journal records the store writes, with overrides, for the store suites. */
import type { RawDatabase, StoreTarget } from './store-test-kit.js';
import type { AskRecord, FinishRecord, NewCheckInRecord, NewExperimentRecord } from './types.js';

/** A catalogue fit test started on 2030-01-06, due three weeks later. */
export function buildExperimentRecord(overrides: Partial<NewExperimentRecord> = {}): NewExperimentRecord {
  return {
    kind: 'fit-test',
    testId: 'replicate-interpretability-result',
    topicId: null,
    title: 'Replicate a published interpretability result',
    path: 'alignment-research',
    direction: 'mechanistic-interpretability',
    weeks: 3,
    deliverable: 'a short write-up with the reproduced plots',
    startedOn: '2030-01-06',
    dueOn: '2030-01-27',
    ...overrides,
  };
}

/** An expertise plan on a governance topic: six months, no catalogue test. */
export function buildExpertiseRecord(overrides: Partial<NewExperimentRecord> = {}): NewExperimentRecord {
  return buildExperimentRecord({
    kind: 'expertise',
    testId: null,
    topicId: 'global-gpu-tracking',
    title: 'Become the expert on global GPU tracking',
    path: 'governance-research',
    direction: null,
    weeks: 26,
    deliverable: null,
    startedOn: '2030-02-01',
    dueOn: '2030-08-02',
    ...overrides,
  });
}

export function buildCheckInRecord(overrides: Partial<NewCheckInRecord> = {}): NewCheckInRecord {
  return {
    date: '2030-01-08',
    hours: 6.5,
    progress: 2,
    enjoyment: 3,
    note: 'set up the model',
    ...overrides,
  };
}

export function buildFinishRecord(overrides: Partial<FinishRecord> = {}): FinishRecord {
  return { finishedOn: '2030-01-27', reflection: 'liked the debugging more than the reading', ...overrides };
}

export function buildAskRecord(overrides: Partial<AskRecord> = {}): AskRecord {
  return {
    title: 'Publish the incident reporting policy',
    lab: 'an example lab',
    ask: 'Publish how safety incidents are reported internally.',
    steps: ['draft the policy page', 'review with the safety team', 'publish it'],
    owner: 'the head of policy',
    cost: 'two weeks of one person',
    ...overrides,
  };
}

/** Runs `use` on a raw connection to a persistent target, closing it afterwards. */
export async function withRawDatabase<T>(
  target: StoreTarget,
  use: (raw: RawDatabase) => Promise<T>,
): Promise<T> {
  if (target.openRaw === undefined) throw new Error('a persistent target must provide openRaw');
  const raw = await target.openRaw();
  try {
    return await use(raw);
  } finally {
    await raw.db.destroy();
  }
}
