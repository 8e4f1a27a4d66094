/**
 * Runs the journal commands as a person would, each test against its own data directory (a real
 * temporary folder, given as LEVER_DATA_DIR), with dates counted back from today.
 */
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { addDays } from '../../src/core/journal/dates.js';
import { localDate } from '../../src/journal/local-date.js';
import { type LeverRun, lever, workDir } from './run-lever.js';

/** The day `days` days before today, as the person's calendar shows it. */
export function daysAgo(days: number): string {
  return addDays(localDate(new Date()), -days);
}

export interface JournalCli {
  /** The data directory; it exists only once a command has created it. */
  dir: string;
  run(args: readonly string[], env?: Record<string, string>): LeverRun;
  /** Runs and parses standard output as JSON, failing loudly when the command failed. */
  json<T = unknown>(args: readonly string[]): T;
}

/** A fresh, not yet existing data directory and a runner bound to it. */
export function journalCli(): JournalCli {
  const dir = join(mkdtempSync(join(workDir, 'journal-')), 'data');
  const run = (args: readonly string[], env: Record<string, string> = {}) =>
    lever(args, { LEVER_DATA_DIR: dir, ...env });
  return {
    dir,
    run,
    json<T>(args: readonly string[]): T {
      const result = run(args);
      if (result.code !== 0)
        throw new Error(`lever ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
      return JSON.parse(result.stdout) as T;
    },
  };
}

/** What the tests read of an experiment (the JSON `lever experiment … --json` prints). */
export interface ExperimentJson {
  id: string;
  kind: string;
  testId: string | null;
  topicId: string | null;
  title: string;
  path: string;
  direction: string | null;
  weeks: number;
  startedOn: string;
  dueOn: string;
  status: 'active' | 'finished';
  finishedOn: string | null;
  reflection: string | null;
  checkIns: {
    date: string;
    progress: number;
    enjoyment: number;
    hours: number | null;
    note: string | null;
  }[];
}

/**
 * Starts a catalogue test four weeks ago and logs one check-in a week with these ratings; returns
 * the experiment as it stands after the last one.
 */
export function runExperiment(
  cli: JournalCli,
  testId: string,
  ratings: readonly { progress: number; enjoyment: number }[],
): ExperimentJson {
  const started = cli.json<ExperimentJson>(['experiment', 'start', testId, '--start', daysAgo(28), '--json']);
  let latest = started;
  ratings.forEach((r, i) => {
    latest = cli.json<ExperimentJson>([
      'experiment',
      'log',
      started.id,
      '--progress',
      String(r.progress),
      '--enjoyment',
      String(r.enjoyment),
      '--hours',
      '5',
      '--date',
      daysAgo(21 - 7 * i),
      '--json',
    ]);
  });
  return latest;
}
