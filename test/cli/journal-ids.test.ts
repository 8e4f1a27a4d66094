/**
 * Ids as people type them on the command line: the full id or a unique prefix of at least four
 * characters, for experiments, asks and (with `lever fit --saved`) saved profiles. A prefix too
 * short says how many characters it takes; one that several ids start with names them; an unknown
 * id is not found, also when deleting without --yes.
 */
import { describe, expect, it } from 'vitest';
import { systemEnvironment } from '../../src/store/environment.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { type ExperimentJson, journalCli } from './journal-cli.js';

const TEST_ID = 'replicate-interpretability-result';

describe('experiment and ask ids', () => {
  const cli = journalCli();
  const experiment = cli.json<ExperimentJson>(['experiment', 'start', TEST_ID, '--json']);
  const ask = cli.json<{ id: string }>(['ask', 'new', '--title', 'Evals', '--ask', 'Run evals.', '--json']);

  it('takes a unique prefix of four characters', () => {
    const shown = cli.run(['experiment', 'show', experiment.id.slice(0, 4)]);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain(experiment.id);
    expect(cli.run(['ask', 'show', ask.id.slice(0, 4)]).code).toBe(0);
  });

  it('refuses a shorter prefix with exit code 2, saying to give at least 4 characters', () => {
    const short = cli.run(['experiment', 'show', experiment.id.slice(0, 3)]);
    expect(short.code).toBe(2);
    expect(short.stderr).toContain(
      `"${experiment.id.slice(0, 3)}" is too short: give at least 4 characters of the experiment's id; "lever experiments" lists them`,
    );
    const shortAsk = cli.run(['ask', 'show', ask.id.slice(0, 2)]);
    expect(shortAsk.code).toBe(2);
    expect(shortAsk.stderr).toContain('give at least 4 characters');
    expect(shortAsk.stderr).toContain('"lever asks" lists them');
  });

  it('deleting an unknown id fails at once as not found (exit 3), with or without --yes', () => {
    for (const args of [
      ['experiment', 'delete', 'ffffffff'],
      ['experiment', 'delete', 'ffffffff', '--yes'],
      ['ask', 'delete', 'ffffffff'],
    ]) {
      const run = cli.run(args);
      expect(run.code, args.join(' ')).toBe(3);
      expect(run.stderr).toMatch(/^error: no (experiment|ask) has the id "ffffffff"/);
      expect(run.stderr).not.toContain('--yes');
    }
  });

  it('deleting a known id without --yes asks for it, naming the record, and keeps it', () => {
    const run = cli.run(['experiment', 'delete', experiment.id.slice(0, 6)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`deleting experiment ${experiment.id.slice(0, 8)} and its check-ins`);
    expect(run.stderr).toContain('--yes');
    expect(cli.json<unknown[]>(['experiments', '--json'])).toHaveLength(1);
  });
});

describe('lever fit --saved', () => {
  const cli = journalCli();
  const ids = ['abcd1111-0000-4000-8000-000000000001', 'abcd2222-0000-4000-8000-000000000002'];

  it('takes a unique prefix, and names the matches of an ambiguous one', async () => {
    const queue = [...ids];
    const env = { ...systemEnvironment, newId: () => queue.shift() ?? systemEnvironment.newId() };
    const store = await openSqliteStore({ file: `${cli.dir}/lever.db`, env });
    try {
      await store.createProfile({ name: 'me now', profile: {} });
      await store.createProfile({ name: 'me later', profile: {} });
    } finally {
      await store.close();
    }
    const chosen = cli.run(['fit', '--saved', 'abcd2']);
    expect(chosen.code, chosen.stderr).toBe(0);
    expect(chosen.stdout).toContain('From your saved profile "me later", and');
    const ambiguous = cli.run(['fit', '--saved', 'abcd']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('2 saved profiles have ids starting with "abcd"');
    expect(ambiguous.stderr).toMatch(/did you mean: abcd(1111|2222), abcd(1111|2222)\?/);
    const short = cli.run(['fit', '--saved', 'abc']);
    expect(short.code).toBe(2);
    expect(short.stderr).toContain("give at least 4 characters of the saved profile's id");
    expect(cli.run(['fit', '--saved', 'ffff']).code).toBe(3);
  });
});
