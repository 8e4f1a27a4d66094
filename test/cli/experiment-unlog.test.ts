/**
 * `lever experiment unlog`: taking back a mis-logged check-in, the latest by default or the one
 * `lever experiment show` numbers, only with --yes, never on a finished experiment.
 */
import { describe, expect, it } from 'vitest';
import { daysAgo, type ExperimentJson, journalCli } from './journal-cli.js';

const TEST_ID = 'replicate-interpretability-result';

/** A running experiment with three check-ins, enjoyment 1, 2 and 3, oldest first. */
function withThreeCheckIns() {
  const cli = journalCli();
  const started = cli.json<ExperimentJson>(['experiment', 'start', TEST_ID, '--start', daysAgo(5), '--json']);
  for (const [enjoyment, day] of [
    ['1', 3],
    ['2', 2],
    ['3', 1],
  ] as const) {
    const run = cli.run([
      'experiment',
      'log',
      started.id,
      '--progress',
      '2',
      '--enjoyment',
      enjoyment,
      '--date',
      daysAgo(day),
    ]);
    expect(run.code, run.stderr).toBe(0);
  }
  const enjoyments = () =>
    cli.json<ExperimentJson>(['experiment', 'show', started.id, '--json']).checkIns.map((c) => c.enjoyment);
  return { cli, id: started.id, short: started.id.slice(0, 8), enjoyments };
}

describe('lever experiment unlog', () => {
  it('numbers the check-ins in lever experiment show, oldest first', () => {
    const { cli, short } = withThreeCheckIns();
    const shown = cli.run(['experiment', 'show', short]).stdout;
    expect(shown).toContain(`  1. ${daysAgo(3)}  progress 2/4 · enjoyment 1/4`);
    expect(shown).toContain(`  3. ${daysAgo(1)}  progress 2/4 · enjoyment 3/4`);
  });

  it('takes back the latest check-in with --yes and says which, and how many are left', () => {
    const { cli, short, enjoyments } = withThreeCheckIns();
    const run = cli.run(['experiment', 'unlog', short, '--yes']);
    expect(run.code, run.stderr).toBe(0);
    // Wrapped at 80 columns like every paragraph the CLI prints.
    expect(run.stdout.replace(/\n(?!$)/g, ' ')).toBe(
      `Took back check-in 3 (${daysAgo(1)}, progress 2/4, enjoyment 3/4) from experiment ${short}: 2 check-ins left.\n`,
    );
    expect(enjoyments()).toEqual([1, 2]);
  });

  it('takes back the check-in --check-in names', () => {
    const { cli, short, enjoyments } = withThreeCheckIns();
    expect(cli.run(['experiment', 'unlog', short, '--check-in', '2', '--yes']).code).toBe(0);
    expect(enjoyments()).toEqual([1, 3]);
  });

  it('asks for --yes first, and refuses a number out of range, naming the allowed ones (exit 2)', () => {
    const { cli, short, enjoyments } = withThreeCheckIns();
    const unconfirmed = cli.run(['experiment', 'unlog', short]);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toContain('--yes');
    for (const wrong of ['0', '4', 'two', '1.5']) {
      const run = cli.run(['experiment', 'unlog', short, '--check-in', wrong, '--yes']);
      expect(run.code, wrong).toBe(2);
      expect(run.stderr).toContain(
        "--check-in must be the number of one of the experiment's check-ins, from 1 to 3",
      );
    }
    expect(enjoyments()).toEqual([1, 2, 3]);
  });

  it('refuses an unknown experiment (exit 3) and a finished one (exit 4), changing nothing', () => {
    const { cli, id, short, enjoyments } = withThreeCheckIns();
    expect(cli.run(['experiment', 'unlog', 'ffffffff', '--yes']).code).toBe(3);
    expect(cli.run(['experiment', 'finish', id]).code).toBe(0);
    const run = cli.run(['experiment', 'unlog', short, '--yes']);
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('finished');
    expect(enjoyments()).toEqual([1, 2, 3]);
  });
});
