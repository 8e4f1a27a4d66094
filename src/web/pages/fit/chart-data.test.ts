import { describe, expect, it } from 'vitest';
import type { FitHistory, FitPoint, FitReport, FitReportPath } from '../../../core/feedback/schema.js';
import { CHARTED_MAX, chartData, chartedPaths, historyRows } from './chart-data.js';

const point = (id: FitPoint['id'], fit: number): FitPoint => ({ id, fit, low: fit - 0.1, high: fit + 0.1 });

function buildPath(id: FitReportPath['id'], checkIns = 0): FitReportPath {
  return {
    id,
    title: id,
    fit: 0.5,
    range: { low: 0.4, high: 0.6 },
    good: { value: 0.5, uncertainty: 0.5 },
    enjoy: { value: 0.5, uncertainty: 0.5 },
    evidence: {
      experiments: checkIns > 0 ? 1 : 0,
      checkIns,
      hours: 0,
      related: { experiments: 0, checkIns: 0, hours: 0 },
    },
  };
}

const IDS = [
  'alignment-research',
  'ml-engineering',
  'governance-research',
  'lab-governance',
  'policy',
  'operations',
  'field-building',
  'communications',
] as const;

function buildReport(checkIns: Partial<Record<FitReportPath['id'], number>> = {}): FitReport {
  return { version: 1, paths: IDS.map((id) => buildPath(id, checkIns[id] ?? 0)) };
}

const HISTORY: FitHistory = {
  version: 1,
  start: [point('policy', 0.5), point('operations', 0.4)],
  points: [
    { date: '2030-01-05', paths: [point('policy', 0.6), point('operations', 0.4)] },
    { date: '2030-01-12', paths: [point('policy', 0.7), point('operations', 0.35)] },
  ],
};

describe('chartedPaths', () => {
  it('charts the three best and every path with check-ins, in the report’s order, at most five', () => {
    expect(chartedPaths(buildReport()).map((p) => p.id)).toEqual(IDS.slice(0, 3));
    expect(chartedPaths(buildReport({ operations: 2 })).map((p) => p.id)).toEqual([
      ...IDS.slice(0, 3),
      'operations',
    ]);
    const busy = buildReport({ policy: 1, operations: 1, 'field-building': 1, communications: 1 });
    expect(chartedPaths(busy)).toHaveLength(CHARTED_MAX);
  });
});

describe('historyRows', () => {
  it('starts on the first experiment’s day, then one row per day with check-ins', () => {
    const rows = historyRows(HISTORY, '2030-01-01');
    expect(rows.map((r) => [r.date, r.start])).toEqual([
      ['2030-01-01', true],
      ['2030-01-05', false],
      ['2030-01-12', false],
    ]);
    expect(rows[1]?.points.get('policy')?.fit).toBe(0.6);
  });

  it('moves the start to the day before the first check-in when it would not come first', () => {
    expect(historyRows(HISTORY, '2030-01-05')[0]?.date).toBe('2030-01-04');
    expect(historyRows(HISTORY, undefined)[0]?.date).toBe('2030-01-04');
  });

  it('has only the starting row without check-ins', () => {
    expect(historyRows({ ...HISTORY, points: [] }, '2030-01-01')).toHaveLength(1);
  });
});

describe('chartData', () => {
  it('gives each charted path its fit and range at every row, rounded to three decimals', () => {
    const rows = historyRows(HISTORY, '2030-01-01');
    const data = chartData(rows, [buildPath('policy'), buildPath('operations')]);
    expect(data?.dates).toEqual(['2030-01-01', '2030-01-05', '2030-01-12']);
    expect(data?.series[0]).toMatchObject({
      id: 'policy',
      fit: [0.5, 0.6, 0.7],
      low: [0.4, 0.5, 0.6],
      high: [0.6, 0.7, 0.8],
    });
  });

  it('shades only the ranges of the paths being tested, or the best fit before any check-in', () => {
    const rows = historyRows(HISTORY, '2030-01-01');
    const shaded = (paths: FitReportPath[]) => chartData(rows, paths)?.series.map((s) => s.shaded);
    expect(shaded([buildPath('policy'), buildPath('operations', 2), buildPath('field-building', 1)])).toEqual(
      [false, true, true],
    );
    expect(shaded([buildPath('policy'), buildPath('operations')])).toEqual([true, false]);
  });

  it('draws nothing from a single row', () => {
    expect(
      chartData(historyRows({ ...HISTORY, points: [] }, '2030-01-01'), [buildPath('policy')]),
    ).toBeUndefined();
  });
});
