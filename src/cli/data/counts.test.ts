import { describe, expect, it } from 'vitest';
import { countsOf, describeCounts, totalOf } from '../../core/export/counts.js';
import { buildLeverData } from '../../core/export/testing.js';
import { defaultBackupName, sizeText } from '../commands/backup.js';
import { importTable } from './counts.js';

const counts = (profiles: number, experiments: number, checkIns: number, asks: number) => ({
  profiles,
  experiments,
  checkIns,
  asks,
});

describe('counting records', () => {
  it('counts each kind, check-ins across all experiments', () => {
    const data = buildLeverData();
    const checkIns = data.experiments.reduce((sum, e) => sum + e.checkIns.length, 0);
    expect(checkIns).toBeGreaterThan(data.experiments.length);
    expect(countsOf(data)).toEqual(
      counts(data.profiles.length, data.experiments.length, checkIns, data.asks.length),
    );
    expect(totalOf(counts(1, 2, 3, 4))).toBe(10);
  });

  it('names them in words, one or many, leaving out kinds with none', () => {
    expect(describeCounts(counts(2, 3, 5, 1))).toBe('2 saved profiles, 3 experiments, 5 check-ins and 1 ask');
    expect(describeCounts(counts(1, 0, 0, 2))).toBe('1 saved profile and 2 asks');
    expect(describeCounts(counts(0, 1, 1, 0))).toBe('1 experiment and 1 check-in');
    expect(describeCounts(counts(0, 0, 0, 3))).toBe('3 asks');
    expect(describeCounts(counts(0, 0, 0, 0))).toBe('nothing');
  });

  it('lays out an import as aligned columns, however large the numbers', () => {
    const summary = {
      profiles: { added: 2, unchanged: 0 },
      experiments: { added: 1000, unchanged: 3 },
      checkIns: { added: 130000, unchanged: 12 },
      asks: { added: 0, unchanged: 1 },
    };
    expect(importTable(summary).split('\n')).toEqual([
      '  saved profiles       2 added       0 already there',
      '  experiments       1000 added       3 already there',
      '  check-ins       130000 added      12 already there',
      '  asks                 0 added       1 already there',
    ]);
  });
});

describe('backup names and sizes', () => {
  it('names a backup by the local date and time, sortable and safe in file names', () => {
    expect(defaultBackupName(new Date(2030, 0, 31, 9, 5, 7))).toBe('lever-backup-2030-01-31T090507.db');
    expect(defaultBackupName(new Date(2030, 11, 1, 23, 59, 59))).toBe('lever-backup-2030-12-01T235959.db');
  });

  it('gives sizes in KB below a megabyte, else in MB', () => {
    expect(sizeText(100)).toBe('1 KB');
    expect(sizeText(69_632)).toBe('68 KB');
    expect(sizeText(3.4 * 1024 * 1024)).toBe('3.4 MB');
  });
});
