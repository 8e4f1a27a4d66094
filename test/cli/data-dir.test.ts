/**
 * The data directory as given on the command line or in LEVER_DATA_DIR: given but empty (a
 * script's unset variable), or a file, it is refused with exit code 2 naming where it was given,
 * by every command that reads or writes the data, before anything is read, created or deleted.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { journalCli } from './journal-cli.js';
import { cleanEnv, type LeverRun, lever, leverBin, workDir } from './run-lever.js';

const TEST_ID = 'replicate-interpretability-result';

/** The commands that use the data directory, each as a person would run it. */
const COMMANDS: readonly (readonly string[])[] = [
  ['experiments'],
  ['experiment', 'start', TEST_ID],
  ['asks'],
  ['fit'],
  ['journal'],
  ['export'],
  ['backup'],
  ['delete-all-my-data', '--yes'],
];

/** `lever start`, stopped after a while should it start serving rather than refuse. */
function start(args: readonly string[], env: Record<string, string> = {}): LeverRun {
  const run = spawnSync(process.execPath, [leverBin, 'start', '--port', '0', ...args], {
    cwd: workDir,
    env: cleanEnv(env),
    encoding: 'utf8',
    timeout: 15_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function expectRefused(run: { code: number | null; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toContain('unexpected failure');
}

describe('an empty data directory', () => {
  it.each(COMMANDS.map((args) => [args.join(' '), args] as const))(
    '"lever %s --data-dir \'\'" is refused, naming the flag',
    (_, args) => {
      const home = mkdtempSync(join(workDir, 'home-'));
      expectRefused(
        lever([...args, '--data-dir', ''], { HOME: home, XDG_DATA_HOME: '' }),
        /^error: --data-dir is empty/,
      );
      expect(existsSync(join(home, '.local'))).toBe(false);
    },
  );

  it('is refused by "lever start" too', () => {
    const home = mkdtempSync(join(workDir, 'home-'));
    expectRefused(
      start(['--data-dir', ''], { HOME: home, XDG_DATA_HOME: '' }),
      /^error: --data-dir is empty/,
    );
    expect(existsSync(join(home, '.local'))).toBe(false);
  });

  it('in LEVER_DATA_DIR is refused too, naming the variable, rather than read as unset', () => {
    const cli = journalCli();
    cli.json(['experiment', 'start', TEST_ID, '--json']);
    const home = mkdtempSync(join(workDir, 'home-'));
    const profile = join(home, 'profile.json');
    writeFileSync(profile, '{}');
    for (const args of [['experiments'], ['delete-all-my-data', '--yes'], ['advise', '--profile', profile]]) {
      expectRefused(
        lever(args, { LEVER_DATA_DIR: '', HOME: home, XDG_DATA_HOME: '' }),
        /^error: LEVER_DATA_DIR is set but empty/,
      );
    }
    expectRefused(
      start([], { LEVER_DATA_DIR: '', HOME: home, XDG_DATA_HOME: '' }),
      /^error: LEVER_DATA_DIR is set but empty/,
    );
    expect(existsSync(join(home, '.local'))).toBe(false);
    expect(cli.json<unknown[]>(['experiments', '--json'])).toHaveLength(1);
  });
});

describe('a data directory that is a file', () => {
  const dir = mkdtempSync(join(workDir, 'file-'));
  const file = join(dir, 'afile');
  writeFileSync(file, 'not a folder');

  it.each(COMMANDS.map((args) => [args.join(' '), args] as const))(
    '"lever %s --data-dir FILE" is refused, saying it is a file',
    (_, args) => {
      expectRefused(
        lever([...args, '--data-dir', file]),
        /^error: --data-dir .*afile is a file, not a folder/,
      );
    },
  );

  it('is refused by "lever start" too', () => {
    expectRefused(start(['--data-dir', file]), /^error: --data-dir .*afile is a file, not a folder/);
  });

  it('in LEVER_DATA_DIR, or as a folder above the data directory, is refused the same way', () => {
    expectRefused(
      lever(['experiments'], { LEVER_DATA_DIR: file }),
      /^error: LEVER_DATA_DIR .* is a file, not a folder/,
    );
    expectRefused(
      lever(['experiment', 'start', TEST_ID, '--data-dir', join(file, 'lever')]),
      /is inside .*afile, which is a file, not a folder/,
    );
  });
});
