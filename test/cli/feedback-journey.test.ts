/**
 * The feedback loop end to end, as separate `lever` processes over one data directory: start a
 * fit test from the catalogue, log check-ins, and see the fit report and the plan move.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { type ExperimentJson, journalCli, runExperiment } from './journal-cli.js';
import { workDir } from './run-lever.js';

interface FitReportJson {
  version: number;
  paths: {
    id: string;
    fit: number;
    good: { value: number; uncertainty: number };
    enjoy: { value: number; uncertainty: number };
    evidence: {
      experiments: number;
      checkIns: number;
      hours: number;
      related: { experiments: number; checkIns: number; hours: number };
    };
    signal?: { kind: string; text: string; principle: string };
  }[];
}

interface PlanJson {
  paths: { id: string; signal?: { kind: string; principle: string } }[];
  cautions: { text: string; principle: string; about?: string }[];
}

const INTERPRETABILITY_TEST = 'replicate-interpretability-result';

/** A profile leaning toward alignment research, with no history: nothing in it says pivot. */
const profileFile = join(workDir, 'journey-profile.json');
writeFileSync(
  profileFile,
  JSON.stringify({
    stage: 'early-career',
    skills: { coding: 3, ml: 2, math: 2 },
    leaning: 'alignment-research',
    interests: ['mechanistic-interpretability'],
  }),
);

const pathOf = <T extends { id: string }>(items: readonly T[], id: string): T => {
  const found = items.find((p) => p.id === id);
  if (!found) throw new Error(`no path ${id}`);
  return found;
};

describe('fast progress without enjoyment: the pivot signal', () => {
  const cli = journalCli();
  const before = cli.json<FitReportJson>(['fit', '--profile', profileFile, '--json']);
  const experiment = runExperiment(cli, INTERPRETABILITY_TEST, [
    { progress: 4, enjoyment: 1 },
    { progress: 4, enjoyment: 0 },
    { progress: 4, enjoyment: 1 },
    { progress: 4, enjoyment: 0 },
  ]);

  it('starts the catalogue test on the alignment research path and keeps all four check-ins', () => {
    expect(experiment).toMatchObject({
      kind: 'fit-test',
      testId: INTERPRETABILITY_TEST,
      path: 'alignment-research',
      direction: 'mechanistic-interpretability',
      status: 'active',
    });
    expect(experiment.checkIns.map((c) => [c.progress, c.enjoyment])).toEqual([
      [4, 1],
      [4, 0],
      [4, 1],
      [4, 0],
    ]);
  });

  it('lever fit --json shows pivot on alignment research, citing its principle', () => {
    const report = cli.json<FitReportJson>(['fit', '--profile', profileFile, '--json']);
    const path = pathOf(report.paths, 'alignment-research');
    expect(path.signal).toMatchObject({ kind: 'pivot', principle: 'pivot-without-excitement' });
    expect(path.evidence).toEqual({
      experiments: 1,
      checkIns: 4,
      hours: 20,
      related: { experiments: 0, checkIns: 0, hours: 0 },
    });
    expect(pathOf(before.paths, 'alignment-research').signal?.kind).not.toBe('pivot');
  });

  it('moves good-at up and enjoy down, and shrinks both uncertainties', () => {
    const now = pathOf(
      cli.json<FitReportJson>(['fit', '--profile', profileFile, '--json']).paths,
      'alignment-research',
    );
    const then = pathOf(before.paths, 'alignment-research');
    expect(now.good.value).toBeGreaterThan(then.good.value);
    expect(now.enjoy.value).toBeLessThan(then.enjoy.value);
    expect(now.good.uncertainty).toBeLessThan(then.good.uncertainty);
    expect(now.enjoy.uncertainty).toBeLessThan(then.enjoy.uncertainty);
  });

  it('lever advise reflects it: the path signals pivot and a caution cites the pivot principle', () => {
    const plan = cli.json<PlanJson>(['advise', '--profile', profileFile, '--json']);
    expect(pathOf(plan.paths, 'alignment-research').signal?.kind).toBe('pivot');
    expect(plan.cautions).toContainEqual(
      expect.objectContaining({ principle: 'pivot-without-excitement', about: 'alignment-research' }),
    );
  });

  it('lever advise --no-journal gives the plan of the profile alone', () => {
    const plan = cli.json<PlanJson>(['advise', '--profile', profileFile, '--json', '--no-journal']);
    expect(pathOf(plan.paths, 'alignment-research').signal?.kind).not.toBe('pivot');
    expect(plan.cautions.map((c) => c.principle)).not.toContain('pivot-without-excitement');
    const elsewhere = journalCli().run(['advise', '--profile', profileFile, '--json']);
    expect(elsewhere.code).toBe(0);
    expect(JSON.parse(elsewhere.stdout)).toEqual(plan);
  });

  it('the text report names the signal, its principle and the evidence within 80 columns', () => {
    const run = cli.run(['fit', '--profile', profileFile]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const out = run.stdout;
    expect(out).toContain('From the profile in ');
    expect(out).toMatch(/Alignment research\s+█*░* +\d+% \(\d+–\d+%\)/);
    expect(out).toContain('[pivot]');
    expect(out).toContain('(principle: pivot-without-excitement)');
    expect(out).toMatch(/good at \d+% \(uncertainty \d+%\) · enjoy \d+% \(uncertainty \d+%\)/);
    expect(out).toContain('evidence: 1 experiment, 4 check-ins, 20 h');
    expect(out.split('\n').filter((line) => [...line].length > 80)).toEqual([]);
    expect(out).not.toContain('\u001b[');
  });
});

describe('fast progress with enjoyment: the double-down signal', () => {
  const cli = journalCli();
  runExperiment(cli, INTERPRETABILITY_TEST, [
    { progress: 4, enjoyment: 4 },
    { progress: 3, enjoyment: 4 },
    { progress: 4, enjoyment: 3 },
    { progress: 4, enjoyment: 4 },
  ]);

  it('lever fit and lever advise both say double down on alignment research', () => {
    const report = cli.json<FitReportJson>(['fit', '--profile', profileFile, '--json']);
    expect(pathOf(report.paths, 'alignment-research').signal?.kind).toBe('double-down');
    const plan = cli.json<PlanJson>(['advise', '--profile', profileFile, '--json']);
    expect(pathOf(plan.paths, 'alignment-research').signal?.kind).toBe('double-down');
    expect(plan.cautions.map((c) => c.principle)).not.toContain('pivot-without-excitement');
  });

  it('starts from the most recently saved profile, or a neutral one, without --profile', () => {
    const run = cli.run(['fit']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No profile given or saved');
    expect(run.stdout).toContain('[double down]');
  });
});

describe('what one process writes, the next one reads', () => {
  it('an experiment started and logged by separate processes is all there when reopened', () => {
    const cli = journalCli();
    const started = runExperiment(cli, INTERPRETABILITY_TEST, [{ progress: 2, enjoyment: 3 }]);
    const shown = cli.json<ExperimentJson>(['experiment', 'show', started.id, '--json']);
    expect(shown).toEqual(started);
    const listed = cli.json<ExperimentJson[]>(['experiments', '--json']);
    expect(listed).toEqual([started]);
  });

  it('is what the store holds when this test process opens the same database', async () => {
    const cli = journalCli();
    const logged = runExperiment(cli, INTERPRETABILITY_TEST, [
      { progress: 1, enjoyment: 4 },
      { progress: 2, enjoyment: 4 },
    ]);
    const store = await openSqliteStore({ file: join(cli.dir, 'lever.db') });
    try {
      expect(JSON.parse(JSON.stringify(await store.getExperiment(logged.id)))).toEqual(logged);
    } finally {
      await store.close();
    }
  });
});
