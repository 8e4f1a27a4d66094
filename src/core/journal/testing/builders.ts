/**
 * Builders for journal test data: each returns a whole, valid record as the store returns it, and
 * overrides change only what a test is about.
 */
import type { Ask, CheckIn, Experiment } from '../schema.js';

/** A four-week catalogue experiment started on 1 March 2024, with no check-ins. */
export function buildExperiment(overrides: Partial<Experiment> = {}): Experiment {
  return {
    id: 'exp-1',
    kind: 'fit-test',
    testId: 'replicate-a-paper',
    topicId: null,
    title: 'Replicate a paper',
    path: 'alignment-research',
    direction: null,
    weeks: 4,
    deliverable: 'A write-up',
    startedOn: '2024-03-01',
    dueOn: '2024-03-29',
    status: 'active',
    finishedOn: null,
    reflection: null,
    createdAt: '2024-03-01T09:00:00.000Z',
    updatedAt: '2024-03-01T09:00:00.000Z',
    checkIns: [],
    ...overrides,
  };
}

/** A six-month expertise plan on a governance topic, started on 1 January 2024. */
export function buildExpertiseExperiment(overrides: Partial<Experiment> = {}): Experiment {
  return buildExperiment({
    id: 'exp-topic',
    kind: 'expertise',
    testId: null,
    topicId: 'gpu-tamper-evident-logging',
    title: 'Tamper-evident logging on GPUs',
    path: 'governance-research',
    weeks: 26,
    deliverable: 'A public post or paper',
    startedOn: '2024-01-01',
    dueOn: '2024-07-01',
    ...overrides,
  });
}

/** A check-in on 8 March 2024. */
export function buildCheckIn(overrides: Partial<CheckIn> = {}): CheckIn {
  return {
    id: 'ci-1',
    date: '2024-03-08',
    hours: 6,
    progress: 3,
    enjoyment: 2,
    note: 'Got the training loop running.',
    createdAt: '2024-03-08T18:00:00.000Z',
    ...overrides,
  };
}

/** A complete ask: concrete, with steps, an owner and a stated cost. */
export function buildAsk(overrides: Partial<Ask> = {}): Ask {
  return {
    id: 'ask-1',
    title: 'Pre-release evaluations',
    lab: 'Example Lab',
    ask: 'Run a dangerous-capability evaluation before every major model release and publish a summary of the results.',
    steps: ['Pick an evaluation suite', 'Name a team to run it', 'Publish a summary with each release'],
    owner: 'Head of the safety team',
    cost: 'About two weeks of one team per release.',
    createdAt: '2024-03-01T09:00:00.000Z',
    updatedAt: '2024-03-01T09:00:00.000Z',
    ...overrides,
  };
}
