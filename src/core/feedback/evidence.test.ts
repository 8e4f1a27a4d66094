import { describe, expect, it } from 'vitest';
import { buildCheckIn, buildExperiment, buildExpertiseExperiment } from '../journal/testing/builders.js';
import {
  CHECK_IN_WEIGHT,
  checkInWeight,
  journalAsOf,
  loggedByPath,
  loggedEvidence,
  MAX_CHECK_IN_WEIGHT,
  MAX_EXPERIMENT_WEIGHT,
} from './evidence.js';

const checkIns = (n: number, hours: number | null = null) =>
  Array.from({ length: n }, (_, i) =>
    buildCheckIn({ id: `ci-${i}`, date: `2024-03-${String(8 + i).padStart(2, '0')}`, hours }),
  );
const totalWeight = (logged: readonly { weight: number }[]) => logged.reduce((s, e) => s + e.weight, 0);

describe('how much a check-in counts', () => {
  it('is a quarter of the prior without hours, so four make one prior-equivalent', () => {
    expect(checkInWeight(buildCheckIn({ hours: null }))).toBe(CHECK_IN_WEIGHT);
    const logged = loggedEvidence([buildExperiment({ checkIns: checkIns(4) })], 'alignment-research');
    expect(totalWeight(logged)).toBeCloseTo(1, 10);
  });

  it('grows a little with logged hours, up to a cap', () => {
    expect(checkInWeight(buildCheckIn({ hours: 5 }))).toBeGreaterThan(CHECK_IN_WEIGHT);
    expect(checkInWeight(buildCheckIn({ hours: 100 }))).toBe(MAX_CHECK_IN_WEIGHT);
  });

  it('adds up to at most a fixed amount for one experiment, however many check-ins it has', () => {
    const logged = loggedEvidence([buildExperiment({ checkIns: checkIns(20, 10) })], 'alignment-research');
    expect(logged).toHaveLength(20);
    expect(totalWeight(logged)).toBeCloseTo(MAX_EXPERIMENT_WEIGHT, 10);
  });
});

describe('which paths an experiment tells about', () => {
  const interp = buildExperiment({ direction: 'mechanistic-interpretability', checkIns: checkIns(2) });

  it('counts fully for its own path and partly for close ones', () => {
    const own = loggedEvidence([interp], 'alignment-research');
    const close = loggedEvidence([interp], 'ml-engineering');
    expect(own.map((e) => e.share)).toEqual([1, 1]);
    expect(close.map((e) => e.share)).toEqual([0.5, 0.5]);
    expect(loggedEvidence([interp], 'policy')).toEqual([]);
  });

  it('counts theory work for alignment research only, not for engineering', () => {
    const theory = buildExperiment({ direction: 'alignment-theory', checkIns: checkIns(2) });
    expect(loggedEvidence([theory], 'ml-engineering')).toEqual([]);
  });

  it('counts an expertise plan as governance research, and partly for lab governance', () => {
    const plan = buildExpertiseExperiment({ path: 'policy', checkIns: checkIns(1) });
    expect(loggedEvidence([plan], 'governance-research')).toHaveLength(1);
    expect(loggedEvidence([plan], 'policy')).toEqual([]);
    expect(loggedEvidence([plan], 'lab-governance')[0]?.share).toBe(0.3);
  });

  it('lists only the paths with evidence, and nothing for an empty journal', () => {
    expect([...loggedByPath([interp]).keys()].sort()).toEqual(['alignment-research', 'ml-engineering']);
    expect(loggedByPath([]).size).toBe(0);
    expect(loggedByPath([buildExperiment()]).size).toBe(0);
  });
});

describe('canonical order', () => {
  it('lists check-ins oldest first whatever order the experiments and check-ins come in', () => {
    const a = buildExperiment({ id: 'a', checkIns: checkIns(3) });
    const b = buildExperiment({ id: 'b', checkIns: [...checkIns(3)].reverse() });
    const forwards = loggedEvidence([a, b], 'alignment-research');
    expect(loggedEvidence([b, a], 'alignment-research')).toEqual(forwards);
    expect(forwards.map((e) => `${e.date} ${e.experimentId}`)).toEqual([
      '2024-03-08 a',
      '2024-03-08 b',
      '2024-03-09 a',
      '2024-03-09 b',
      '2024-03-10 a',
      '2024-03-10 b',
    ]);
  });

  it('can show the journal as it stood on a past day', () => {
    const [e] = journalAsOf([buildExperiment({ checkIns: checkIns(3) })], '2024-03-09');
    expect(e?.checkIns.map((c) => c.date)).toEqual(['2024-03-08', '2024-03-09']);
  });
});
