import { describe, expect, it } from 'vitest';
import { EXPERTISE_WEEKS } from '../journal/schema.js';
import type { KnowledgeBase } from '../kb/schema.js';
import {
  buildCluster,
  buildKnowledgeBase,
  buildResource,
  buildTopic,
} from '../search/testing/kb-builders.js';
import { EXEMPLARS, WRITE_UP_EVERY_WEEKS } from './milestones.js';
import { expertisePlan, startingReadings } from './plan.js';

const baker = buildResource({
  id: EXEMPLARS.armsControl,
  title: 'Nuclear Arms Control Verification and Lessons for AI Treaties',
  url: 'https://example.org/baker',
});
const shavit = buildResource({
  id: EXEMPLARS.computeGovernance,
  title: 'Catch a Chinchilla',
  url: 'https://example.org/shavit',
});
const course = buildResource({
  id: EXEMPLARS.governanceCourse,
  title: 'Governance course',
  url: 'https://example.org/course',
});
const topicPaper = buildResource({
  id: 'gpu-logging-paper',
  title: 'Logging on chips',
  url: null,
  linkStatus: 'unresolved',
});

const logging = buildTopic({
  readings: ['gpu-logging-paper', EXEMPLARS.computeGovernance],
  related: ['compute-governance', 'global-gpu-tracking', 'compute-topics-from-shavit'],
});
const tracking = buildTopic({ id: 'global-gpu-tracking', title: 'Global tracking of GPUs', number: 2 });
const exfiltration = buildTopic({
  id: 'weight-exfiltration',
  title: 'Weight exfiltration',
  cluster: 'security',
});

const kb: KnowledgeBase = buildKnowledgeBase({
  resources: [baker, shavit, course, topicPaper],
  clusters: [
    buildCluster({ readings: [EXEMPLARS.computeGovernance] }),
    buildCluster({ id: 'security', title: 'Security' }),
  ],
  topics: [logging, tracking, exfiltration],
});

describe('expertisePlan', () => {
  const plan = expertisePlan(logging, kb, '2024-01-01');

  it('runs six months from the start, milestones in date order', () => {
    expect(plan).toMatchObject({
      topicId: logging.id,
      topicTitle: logging.title,
      startedOn: '2024-01-01',
      dueOn: '2024-07-01',
    });
    const weeks = plan.milestones.map((m) => m.week);
    expect(weeks).toEqual([...weeks].sort((a, b) => a - b));
    expect(weeks[0]).toBe(0);
    expect(weeks.at(-1)).toBe(EXPERTISE_WEEKS);
    expect(new Set(plan.milestones.map((m) => m.id)).size).toBe(plan.milestones.length);
  });

  it('dates each milestone its weeks after the start', () => {
    const byId = new Map(plan.milestones.map((m) => [m.id, m]));
    expect(byId.get('start-reading')?.date).toBe('2024-01-01');
    expect(byId.get('first-write-up')?.date).toBe('2024-01-15');
    expect(byId.get('publish')).toMatchObject({ week: 24, date: '2024-06-17' });
    expect(byId.get('branch-out')).toMatchObject({ week: 26, date: '2024-07-01' });
  });

  it('schedules a short write-up at a regular interval, ending in a public piece before branching out', () => {
    const writing = plan.milestones.filter((m) => m.principles.includes('learn-by-writing') && m.week < 24);
    const gaps = writing.slice(1).map((m, i) => m.week - (writing[i]?.week ?? 0));
    expect(writing.length).toBeGreaterThanOrEqual(4);
    expect(new Set(gaps)).toEqual(new Set([WRITE_UP_EVERY_WEEKS]));
    const ids = plan.milestones.map((m) => m.id);
    expect(ids.indexOf('publish')).toBe(ids.length - 2);
    expect(ids.at(-1)).toBe('branch-out');
  });

  it('starts from the topic’s readings, then its cluster’s, then the exemplars, each once', () => {
    expect(plan.milestones[0]?.resources.map((r) => r.id)).toEqual([
      'gpu-logging-paper',
      EXEMPLARS.computeGovernance,
      EXEMPLARS.armsControl,
    ]);
    expect(plan.milestones[0]?.resources[0]).toEqual({
      id: 'gpu-logging-paper',
      title: 'Logging on chips',
      url: null,
    });
  });

  it('offers Shavit’s paper for compute governance topics only, and Baker’s for every topic', () => {
    expect(startingReadings(exfiltration, kb).map((r) => r.id)).toEqual([EXEMPLARS.armsControl]);
    expect(startingReadings(tracking, kb).map((r) => r.id)).toEqual([
      EXEMPLARS.computeGovernance,
      EXEMPLARS.armsControl,
    ]);
  });

  it('leaves out readings the knowledge base does not hold', () => {
    const bare = buildKnowledgeBase({ topics: [logging] });
    expect(expertisePlan(logging, bare, '2024-01-01').milestones.flatMap((m) => m.resources)).toEqual([]);
  });

  it('names the topic, and the neighbouring topics when branching out', () => {
    expect(plan.milestones[0]?.detail).toContain(logging.title);
    const branch = plan.milestones.find((m) => m.id === 'branch-out');
    expect(branch?.detail).toContain('Global tracking of GPUs');
    expect(branch?.detail).not.toContain('compute-topics-from-shavit');
    expect(branch?.resources.map((r) => r.id)).toEqual([EXEMPLARS.governanceCourse]);
    const lonely = expertisePlan(exfiltration, kb, '2024-01-01').milestones.at(-1);
    expect(lonely?.detail).toContain('read into neighbouring topics,');
  });

  it('cites principles on every milestone and carries the checks from the post', () => {
    for (const m of plan.milestones) expect(m.principles.length).toBeGreaterThan(0);
    expect(plan.checks.map((c) => c.principle)).toEqual(
      expect.arrayContaining(['proposals-over-analysis', 'plans-insights-models', 'feasibility-later']),
    );
    expect(plan.checks.find((c) => c.principle === 'proposals-over-analysis')?.question).toMatch(
      /proposal.*analysis/,
    );
  });

  it('gives the same plan for the same input', () => {
    expect(expertisePlan(logging, kb, '2024-01-01')).toEqual(plan);
    expect(expertisePlan(logging, kb, '2024-02-29').milestones[1]?.date).toBe('2024-03-14');
  });
});
