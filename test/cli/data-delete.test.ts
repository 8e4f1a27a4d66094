/**
 * `lever delete-all-my-data` on real data directories: it needs --yes when no one can be asked,
 * asks for the word "delete" on a terminal (anything else or Ctrl-C keeps everything), counts
 * what it deleted, and leaves a database that keeps working.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ExportJson, exportOf, records } from './data-kit.js';
import { daysAgo, type JournalCli, journalCli } from './journal-cli.js';
import { hasScript, KEYS, TerminalSession } from './terminal-session.js';

/** A data directory with one experiment and its check-in, and an expertise plan. */
function seeded(): { cli: JournalCli; saved: ExportJson } {
  const cli = journalCli();
  const { id } = cli.json<{ id: string }>([
    'experiment',
    'start',
    '--title',
    'Draft a governance memo',
    '--path',
    'policy',
    '--weeks',
    '2',
    '--start',
    daysAgo(5),
    '--json',
  ]);
  cli.json(['experiment', 'log', id, '--progress', '2', '--enjoyment', '3', '--json']);
  cli.json(['topic', 'claim', 'global-gpu-tracking', '--json']);
  return { cli, saved: exportOf(cli) };
}

const squeezed = (text: string) => text.replace(/\s+/g, ' ');

describe('lever delete-all-my-data, not on a terminal', () => {
  it('refuses without --yes (exit 2), pointing to --yes and lever export, deleting nothing', () => {
    const { cli, saved } = seeded();
    const run = cli.run(['delete-all-my-data']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('lever delete-all-my-data --yes');
    expect(run.stderr).toContain('lever export');
    expect(records(exportOf(cli))).toEqual(records(saved));
  });

  it('with --yes deletes everything, says how much, and the data directory keeps working', () => {
    const { cli } = seeded();
    const run = cli.run(['delete-all-my-data', '--yes']);
    expect(run.code, run.stderr).toBe(0);
    expect(squeezed(run.stdout)).toContain(
      `Deleted 2 experiments and 1 check-in from SQLite file ${join(cli.dir, 'lever.db')}.`,
    );
    expect(exportOf(cli)).toMatchObject({ profiles: [], experiments: [], asks: [] });
    expect(existsSync(join(cli.dir, 'lever.db'))).toBe(true);
    const again = cli.run(['topic', 'claim', 'global-gpu-tracking']);
    expect(again.code, again.stderr).toBe(0);
    expect(exportOf(cli).experiments).toHaveLength(1);
  });

  it('mentions backups, which it leaves alone', () => {
    const { cli } = seeded();
    expect(cli.run(['backup']).code).toBe(0);
    const run = cli.run(['delete-all-my-data', '--yes']);
    expect(squeezed(run.stdout)).toContain(`Backups in ${join(cli.dir, 'backups')} were kept`);
  });

  it('has nothing to delete where there is no data, and creates nothing', () => {
    const cli = journalCli();
    const run = cli.run(['delete-all-my-data', '--yes']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Nothing to delete: there is no Lever data at SQLite file');
    expect(existsSync(cli.dir)).toBe(false);
  });
});

let session: TerminalSession | undefined;
afterEach(() => session?.kill());

describe.skipIf(!hasScript)('lever delete-all-my-data on a terminal', () => {
  const { enter, ctrlC } = KEYS;

  /** Starts the command on a terminal and waits for the question, after checking what it says. */
  async function asked(cli: JournalCli): Promise<TerminalSession> {
    session = new TerminalSession(['delete-all-my-data'], {
      cwd: process.cwd(),
      env: { LEVER_DATA_DIR: cli.dir },
      columns: 200,
    });
    await session.waitFor('This deletes everything Lever keeps about you');
    await session.waitFor('2 experiments and 1 check-in');
    await session.waitFor('lever export');
    await session.waitFor('Type "delete" to delete everything');
    return session;
  }

  it('keeps everything when the answer is anything but "delete"', async () => {
    const { cli, saved } = seeded();
    const s = await asked(cli);
    await s.press('Delete it', enter);
    await s.waitFor('Cancelled; nothing was deleted.');
    expect(await s.exited).toBe(0);
    expect(records(exportOf(cli))).toEqual(records(saved));
  });

  it('deletes everything when the person types "delete"', async () => {
    const { cli } = seeded();
    const s = await asked(cli);
    await s.press('delete', enter);
    await s.waitFor('Deleted 2 experiments and 1 check-in');
    expect(await s.exited).toBe(0);
    expect(exportOf(cli)).toMatchObject({ profiles: [], experiments: [], asks: [] });
  });

  it('stops on Ctrl-C: exit code 130, nothing deleted', async () => {
    const { cli, saved } = seeded();
    const s = await asked(cli);
    await s.press('del', ctrlC);
    expect(await s.exited).toBe(130);
    expect(s.screen).toContain('Stopped; nothing was deleted.');
    expect(s.screen).not.toMatch(/\n\s+at /);
    expect(records(exportOf(cli))).toEqual(records(saved));
  });

  it('says there is nothing to delete, without asking, when nothing is saved', async () => {
    const { cli } = seeded();
    expect(cli.run(['delete-all-my-data', '--yes']).code).toBe(0);
    session = new TerminalSession(['delete-all-my-data'], {
      cwd: process.cwd(),
      env: { LEVER_DATA_DIR: cli.dir },
    });
    await session.waitFor('Nothing to delete: nothing is saved in');
    expect(await session.exited).toBe(0);
    expect(session.screen).not.toContain('Type "delete"');
  });
});
