/**
 * Usage errors as Commander reports them, shaped for Lever: each points at the help of the command
 * it is about, a missing argument says what it takes, and a mistyped flag is reported as a typo
 * (with a suggestion) rather than as the required flag it was meant to be.
 */
import { describe, expect, it } from 'vitest';
import { journalCli } from './journal-cli.js';
import { lever } from './run-lever.js';

describe('usage errors', () => {
  it('point at the help of the command they are about', () => {
    const log = lever(['experiment', 'log']);
    expect(log.code).toBe(2);
    expect(log.stderr).toContain('(run "lever experiment log --help" to see how to use it)');
    expect(log.stderr).not.toContain('"lever --help"');
    const group = lever(['experiment', 'lgo']);
    expect(group.code).toBe(2);
    expect(group.stderr).toContain('(run "lever experiment --help" to see the commands)');
    expect(lever(['nonsense']).stderr).toContain('(run "lever --help" to see the commands)');
  });

  it('name what a missing argument takes: lever list names the kinds', () => {
    const run = lever(['list']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const message = run.stderr.replace(/\s+/g, ' ');
    expect(message).toContain(
      "error: missing required argument 'kind': principles, paths, directions, resources, clusters, topics, tracks or fit-tests",
    );
    for (const line of run.stderr.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it('report a mistyped flag with its suggestion before any flag it leaves missing', () => {
    const cli = journalCli();
    const run = cli.run(['experiment', 'log', 'abcd1234', '--progres', '3', '--enjoyment', '2']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: unknown option '--progres'\n\(Did you mean --progress\?\)/);
    expect(run.stderr).not.toContain('required');
  });

  it('still require both ratings of a check-in, naming each missing flag and what it takes', () => {
    const cli = journalCli();
    const run = cli.run(['experiment', 'log', 'abcd1234', '--enjoyment', '2']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^error: a check-in needs --progress\n {2}- progress: is required; --progress takes/,
    );
    expect(cli.run(['experiment', 'log', 'abcd1234']).stderr).toContain(
      'a check-in needs --progress and --enjoyment',
    );
  });
});

describe('help', () => {
  it('"lever start --help" fits 80 columns, its closing notes too', () => {
    const run = lever(['start', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('LEVER_DATABASE_URL');
    expect(run.stdout.split('\n').filter((line) => [...line].length > 80)).toEqual([]);
  });
});
