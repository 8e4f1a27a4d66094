/** The engine with a journal: evidence moves fit, signals and cautions appear, an empty one changes nothing. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advise, adviseFromInput, adviseWithJournal } from '../../src/core/advice/advise.js';
import { buildCheckIn, buildExperiment } from '../../src/core/journal/testing/builders.js';
import { Plan } from '../../src/core/plan/schema.js';
import { copiedRuns, type TextField } from '../kb/checks/own-words.js';
import { POST_FILE, readSharedFile } from '../kb/shared-dir.js';
import { PERSONAS } from '../personas/personas.js';
import { validProfile } from './arbitraries.js';
import { adviceContext, buildProfile, pathOf } from './builders.js';
import { arbitraryExperiments, checkInRun, interpretabilityExperiment } from './journal-builders.js';

const ctx = adviceContext();
const profile = buildProfile();
const json = (plan: Plan) => JSON.stringify(plan, null, 2);
const pivotRun = interpretabilityExperiment(checkInRun(4, { progress: 4, enjoyment: 0 }));

describe('an empty journal', () => {
  it('gives every persona the plan it gets without one, byte for byte', () => {
    for (const { profile: p } of PERSONAS) {
      const alone = json(advise(p, ctx));
      expect(json(advise(p, ctx, { experiments: [] }))).toBe(alone);
      expect(json(advise(p, ctx, { experiments: [], today: '2024-05-01' }))).toBe(alone);
    }
  });

  it('does so for any valid profile, through every entry point', () => {
    fc.assert(
      fc.property(validProfile, (p) => {
        const alone = json(advise(p, ctx));
        const fromInput = adviseFromInput(p, ctx, { experiments: [] });
        expect(fromInput.ok && json(fromInput.value)).toBe(alone);
        expect(json(adviseWithJournal(p, ctx, { experiments: [] }))).toBe(alone);
      }),
      { numRuns: 100 },
    );
  });
});

describe('a journal with evidence', () => {
  const plan = advise(profile, ctx, { experiments: [pivotRun] });
  const research = pathOf(plan, 'alignment-research');
  const before = pathOf(advise(profile, ctx), 'alignment-research');

  it('moves the path’s estimate toward what the check-ins show', () => {
    expect(research.good).toBeGreaterThan(before.good);
    expect(research.enjoy).toBeLessThan(before.enjoy);
    expect(research.uncertainty).toBeLessThan(before.uncertainty);
  });

  it('says why, naming the experiment', () => {
    expect(research.reasons.map((r) => r.text)).toContain(
      'Your experiment “Replicate an interpretability result”: 4 check-ins, progress 4.0/4 and enjoyment 0.0/4 on average.',
    );
  });

  it('signals a pivot, with a caution citing the principle and a summary that says so', () => {
    expect(research.signal?.kind).toBe('pivot');
    expect(plan.cautions).toContainEqual(
      expect.objectContaining({ about: 'alignment-research', principle: 'pivot-without-excitement' }),
    );
    expect(plan.principles.map((p) => p.id)).toContain('pivot-without-excitement');
    expect(plan.summary).toContain('suggests a pivot');
  });

  it('is still a valid plan', () => {
    expect(Plan.safeParse(plan).error?.issues ?? []).toEqual([]);
  });

  it('gives a valid plan for any profile and any journal', () => {
    fc.assert(
      fc.property(validProfile, arbitraryExperiments, (p, experiments) => {
        const result = Plan.safeParse(advise(p, ctx, { experiments, today: '2024-04-01' }));
        expect(result.error?.issues ?? []).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('the week’s check-in step', () => {
  const stepIds = (experiments: Parameters<typeof buildExperiment>[0][], today?: string) =>
    advise(profile, ctx, { experiments: experiments.map(buildExperiment), ...(today ? { today } : {}) })
      .steps.filter((s) => s.when === 'this-week')
      .map((s) => s.id);

  it('asks for a check-in on an active experiment', () => {
    expect(stepIds([{}])).toContain('log-a-check-in');
  });

  it('is left out when this week’s check-in is logged, or the experiment is finished', () => {
    const recent = { checkIns: [buildCheckIn({ date: '2024-03-08' })] };
    expect(stepIds([recent], '2024-03-10')).not.toContain('log-a-check-in');
    expect(stepIds([recent], '2024-03-20')).toContain('log-a-check-in');
    expect(stepIds([{ status: 'finished' }])).not.toContain('log-a-check-in');
  });

  it('asks to finish with a reflection once the time box is up', () => {
    const ids = stepIds([{}], '2024-04-02');
    expect(ids).toContain('finish-your-experiment');
    expect(ids).not.toContain('log-a-check-in');
  });
});

describe('what the journal adds is in Lever’s own words', () => {
  const post = readSharedFile(POST_FILE);
  const journalProse = (plan: Plan): TextField[] => [
    ...plan.paths.flatMap((p) => [
      ...(p.signal ? [{ where: `${p.id}.signal`, text: p.signal.text }] : []),
      ...p.reasons.map((r, i) => ({ where: `${p.id}.reasons[${i}]`, text: r.text })),
    ]),
    ...plan.cautions.map((c) => ({ where: `cautions.${c.about}`, text: c.text })),
    ...plan.steps.map((s) => ({ where: `steps.${s.id}`, text: `${s.title}. ${s.detail}` })),
  ];

  it('every signal, caution and step stays clear of the post’s sentences', () => {
    const runs = (progress: number, enjoyment: number, n: number) =>
      interpretabilityExperiment(checkInRun(n, { progress, enjoyment }));
    const journals = [[runs(4, 0, 4)], [runs(4, 4, 4)], [runs(1, 4, 2)], [runs(1, 4, 6)], [runs(4, 4, 2)]];
    const tried = buildProfile({
      history: [{ activity: 'mechanistic-interpretability', months: 6, progress: 4, enjoyment: 0 }],
    });
    const fields = journals.flatMap((experiments) => [
      ...journalProse(advise(profile, ctx, { experiments })),
      ...journalProse(advise(tried, ctx, { experiments, today: '2024-05-01' })),
    ]);
    expect(fields.some((f) => f.where.endsWith('.signal'))).toBe(true);
    expect(copiedRuns(fields, post)).toEqual([]);
  });
});
