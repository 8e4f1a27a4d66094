import { describe, expect, it } from 'vitest';
import { buildAsk, buildCheckIn, buildExperiment } from '../journal/testing/builders.js';
import { canonicalJson, differingFields, inLogOrder, planImport } from './merge.js';
import type { LeverData } from './schema.js';
import { buildLeverData, buildSavedProfile } from './testing.js';

const empty: LeverData = { profiles: [], experiments: [], asks: [] };

describe('planImport', () => {
  it('adds everything to an empty store, counting each kind', () => {
    const data = buildLeverData();
    const plan = planImport(empty, data);
    expect(plan).toEqual({
      ok: true,
      value: {
        add: data,
        summary: {
          profiles: { added: 2, unchanged: 0 },
          experiments: { added: 3, unchanged: 0 },
          checkIns: { added: 4, unchanged: 0 },
          asks: { added: 2, unchanged: 0 },
        },
      },
    });
  });

  it('adds nothing when everything is already there', () => {
    const data = buildLeverData();
    expect(planImport(data, data)).toEqual({
      ok: true,
      value: {
        add: empty,
        summary: {
          profiles: { added: 0, unchanged: 2 },
          experiments: { added: 0, unchanged: 3 },
          checkIns: { added: 0, unchanged: 4 },
          asks: { added: 0, unchanged: 2 },
        },
      },
    });
  });

  it('adds only the records that are missing', () => {
    const data = buildLeverData();
    const saved = { ...data, experiments: data.experiments.slice(1), asks: [] };
    const plan = planImport(saved, data);
    expect(plan.ok && plan.value.add).toEqual({
      profiles: [],
      experiments: [data.experiments[0]],
      asks: data.asks,
    });
    expect(plan.ok && plan.value.summary.checkIns).toEqual({ added: 3, unchanged: 1 });
  });

  it('sees records as identical whatever the order of their fields or check-ins', () => {
    const experiment = buildExperiment({
      checkIns: [
        buildCheckIn({ id: 'a', date: '2024-03-02' }),
        buildCheckIn({ id: 'b', date: '2024-03-09' }),
      ],
    });
    const reordered = Object.fromEntries(Object.entries(experiment).reverse()) as typeof experiment;
    reordered.checkIns = [...experiment.checkIns].reverse();
    const plan = planImport({ ...empty, experiments: [experiment] }, { ...empty, experiments: [reordered] });
    expect(plan.ok && plan.value.summary.experiments).toEqual({ added: 0, unchanged: 1 });
  });

  it('refuses the whole import when a saved record differs, naming it and the fields', () => {
    const ask = buildAsk();
    const profile = buildSavedProfile();
    const saved: LeverData = { ...empty, profiles: [profile], asks: [ask] };
    const incoming: LeverData = {
      profiles: [profile, buildSavedProfile({ id: 'new-one' })],
      experiments: [],
      asks: [{ ...ask, title: 'Changed', updatedAt: '2030-01-01T00:00:00.000Z' }],
    };
    expect(planImport(saved, incoming)).toEqual({
      ok: false,
      problems: [
        {
          path: 'asks[0]',
          message: `ask "ask-1" ("Changed") is already saved with a different title, updatedAt; nothing was imported`,
        },
      ],
    });
  });

  it('refuses an experiment whose saved copy has moved on', () => {
    const exported = buildExperiment({ checkIns: [buildCheckIn()] });
    const later = {
      ...exported,
      updatedAt: '2024-03-20T09:00:00.000Z',
      checkIns: [...exported.checkIns, buildCheckIn({ id: 'ci-2', date: '2024-03-20' })],
    };
    const plan = planImport({ ...empty, experiments: [later] }, { ...empty, experiments: [exported] });
    expect(plan).toMatchObject({
      ok: false,
      problems: [
        { path: 'experiments[0]', message: expect.stringContaining('different updatedAt, checkIns') },
      ],
    });
  });

  it('refuses a new experiment that brings a check-in whose id is saved elsewhere', () => {
    const saved = buildExperiment({ id: 'old', checkIns: [buildCheckIn({ id: 'shared' })] });
    const incoming = buildExperiment({ id: 'new', checkIns: [buildCheckIn({ id: 'shared' })] });
    expect(planImport({ ...empty, experiments: [saved] }, { ...empty, experiments: [incoming] })).toEqual({
      ok: false,
      problems: [
        {
          path: 'experiments[0].checkIns[0].id',
          message: 'check-in "shared" is already saved, in experiment "old"; nothing was imported',
        },
      ],
    });
  });
});

describe('helpers', () => {
  it('orders check-ins by date, then time logged, then id', () => {
    const c = (id: string, date: string, createdAt: string) => buildCheckIn({ id, date, createdAt });
    const list = [
      c('z', '2024-03-09', '2024-03-09T01:00:00.000Z'),
      c('b', '2024-03-02', '2024-03-03T00:00:00.000Z'),
      c('a', '2024-03-02', '2024-03-03T00:00:00.000Z'),
      c('y', '2024-03-02', '2024-03-02T09:00:00.000Z'),
    ];
    expect(inLogOrder(list).map((x) => x.id)).toEqual(['y', 'a', 'b', 'z']);
  });

  it('compares JSON values without regard to key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"x":2,"y":1}]},"b":1}',
    );
    expect(differingFields({ a: 1, b: [1, 2], c: 'x' }, { c: 'x', b: [2, 1], a: 1 })).toEqual(['b']);
  });
});
