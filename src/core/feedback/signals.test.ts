import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../../test/advice/builders.js';
import {
  checkInRun,
  fitOf,
  interpretabilityExperiment,
  rankedWith,
} from '../../../test/advice/journal-builders.js';
import { buildExperiment } from '../journal/testing/builders.js';
import type { Profile } from '../profile/schema.js';
import { pathSignals, SUSTAINED_CHECK_INS, trackRecordSignal } from './signals.js';

const profile = buildProfile();
const signalOn = (path: string, experiments: Parameters<typeof rankedWith>[1], who: Profile = profile) =>
  pathSignals(rankedWith(who, experiments), experiments).get(path as never);
const run = (n: number, progress: number, enjoyment: number) =>
  interpretabilityExperiment(checkInRun(n, { progress, enjoyment }));

describe('signals from check-ins', () => {
  it('four high-progress, low-enjoyment check-ins on interpretability say pivot from alignment research', () => {
    const signal = signalOn('alignment-research', [run(SUSTAINED_CHECK_INS, 4, 0)]);
    expect(signal?.kind).toBe('pivot');
    expect(signal?.principle).toBe('pivot-without-excitement');
    expect(signal?.text).toContain('4 check-ins');
    // The post's caveat: how much this weighs depends on one's situation.
    expect(signal?.text).toMatch(/depends on your circumstances/);
  });

  it('fewer check-ins are not yet enough to pivot', () => {
    expect(signalOn('alignment-research', [run(SUSTAINED_CHECK_INS - 1, 4, 0)])).toBeUndefined();
  });

  it('four high-progress, high-enjoyment check-ins say double down', () => {
    const signal = signalOn('alignment-research', [run(4, 4, 4)]);
    expect(signal).toMatchObject({ kind: 'double-down', principle: 'choose-by-personal-fit' });
  });

  it('enjoyment with slow progress says keep testing: early on, because excellence feels ordinary', () => {
    expect(signalOn('alignment-research', [run(2, 1, 4)])).toMatchObject({
      kind: 'keep-testing',
      principle: 'excellence-feels-normal',
    });
    expect(signalOn('alignment-research', [run(5, 1, 4)])).toMatchObject({
      kind: 'keep-testing',
      principle: 'fast-feedback-loops',
    });
  });

  it('an encouraging start says keep testing until there is more to go on', () => {
    const signal = signalOn('alignment-research', [run(2, 4, 4)]);
    expect(signal).toMatchObject({ kind: 'keep-testing', principle: 'fast-feedback-loops' });
    expect(signal?.text).toContain('2 check-ins');
  });

  it('loosely related work moves the estimate but gives no signal of its own', () => {
    const engineering = buildExperiment({
      path: 'ml-engineering',
      checkIns: checkInRun(6, { progress: 4, enjoyment: 0 }),
    });
    expect(signalOn('ml-engineering', [engineering])?.kind).toBe('pivot');
    expect(signalOn('alignment-research', [engineering])?.kind).not.toBe('pivot');
    // Empirical research counts half for ML engineering's estimate, but a path never tried gets
    // no pivot: not enjoying the research says nothing sure about enjoying the engineering.
    expect(signalOn('alignment-research', [run(6, 4, 0)])?.kind).toBe('pivot');
    expect(signalOn('ml-engineering', [run(6, 4, 0)])).toBeUndefined();
    const remembered = buildProfile({
      history: [{ activity: 'mechanistic-interpretability', months: 36, progress: 4, enjoyment: 0 }],
    });
    expect(signalOn('ml-engineering', [], remembered)).toBeUndefined();
  });

  it('combines check-ins with what the profile says was tried', () => {
    const tried = buildProfile({
      history: [{ activity: 'mechanistic-interpretability', months: 6, progress: 4, enjoyment: 4 }],
    });
    const signal = signalOn('alignment-research', [run(1, 4, 4)], tried);
    expect(signal?.kind).toBe('double-down');
    expect(signal?.text).toMatch(/^In what you tried before and over 1 check-in /);
  });
});

describe('signals from history alone', () => {
  it('keep the words plans have always shown', () => {
    const tried = buildProfile({
      history: [{ activity: 'mechanistic-interpretability', months: 36, progress: 4, enjoyment: 0 }],
    });
    expect(trackRecordSignal(fitOf(rankedWith(tried, []), 'alignment-research'))).toEqual({
      kind: 'pivot',
      text: 'You have succeeded here without enjoying it. If even a string of successes leaves you unexcited, consider pivoting, depending on your details.',
      principle: 'pivot-without-excitement',
    });
  });
});

describe('test next', () => {
  it('points at the most promising, least certain path not being tested, once experiments run', () => {
    const experiments = [run(2, 2, 2)];
    const ranked = rankedWith(profile, experiments);
    const signals = pathSignals(ranked, experiments);
    const next = [...signals].filter(([, s]) => s.kind === 'test-next');
    expect(next).toHaveLength(1);
    const [id] = next[0] ?? [];
    expect(id).not.toBe('alignment-research');
    const value = (f: (typeof ranked)[number]) => f.fit * f.uncertainty;
    const chosen = fitOf(ranked, id ?? '');
    const eligible = ranked.filter((f) => f.id !== 'alignment-research' && !signals.has(f.id));
    for (const fit of eligible) expect(value(fit)).toBeLessThanOrEqual(value(chosen));
    expect(signals.get(id ?? 'policy')?.principle).toBe('fast-feedback-loops');
  });

  it('is not given without experiments, and may point at a path whose experiment has finished', () => {
    expect([...pathSignals(rankedWith(profile, []), []).values()]).toEqual([]);
    const finished = buildExperiment({ status: 'finished' });
    const ranked = rankedWith(profile, [finished]);
    const next = [...pathSignals(ranked, [finished])].find(([, s]) => s.kind === 'test-next');
    expect(next).toBeDefined();
  });
});
