/**
 * `lever experiment start|log|finish|show|delete` and `lever experiments`: what each prints, and
 * every way each refuses, with its exit code and a message naming what is wrong.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { daysAgo, type ExperimentJson, journalCli } from './journal-cli.js';
import { ANSI } from './run-lever.js';

const TEST_ID = 'replicate-interpretability-result';

/** Standard output is for results only: a refusal leaves it empty and explains on standard error. */
function expectRefusal(run: { code: number | null; stdout: string; stderr: string }, code: number): void {
  expect(run.code, run.stderr).toBe(code);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^error: /);
  expect(run.stderr).not.toContain('    at ');
}

describe('lever experiment start', () => {
  it('starts a catalogue test: one line with the short id, title and due date, then the command to log', () => {
    const cli = journalCli();
    const run = cli.run(['experiment', 'start', TEST_ID, '--start', daysAgo(3)]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const [experiment] = cli.json<ExperimentJson[]>(['experiments', '--json']);
    if (!experiment) throw new Error('no experiment saved');
    const short = experiment.id.slice(0, 8);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`Started ${short}: ${experiment.title} (due ${experiment.dueOn})`);
    expect(lines.at(-1)).toBe(`  lever experiment log ${short} --progress N --enjoyment N`);
    expect(experiment).toMatchObject({
      testId: TEST_ID,
      startedOn: daysAgo(3),
      status: 'active',
      checkIns: [],
    });
  });

  it('prints the experiment as JSON with --json, dated today by default', () => {
    const cli = journalCli();
    const experiment = cli.json<ExperimentJson>(['experiment', 'start', TEST_ID, '--json']);
    expect(experiment.startedOn).toBe(daysAgo(0));
    expect(experiment.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('starts an experiment of your own design', () => {
    const cli = journalCli();
    const experiment = cli.json<ExperimentJson>([
      'experiment',
      'start',
      '--title',
      'Write a threat model <draft> — ünïcødé',
      '--path',
      'alignment-research',
      '--weeks',
      '2',
      '--direction',
      'threat-modeling',
      '--deliverable',
      'A two-page note',
      '--json',
    ]);
    expect(experiment).toMatchObject({
      testId: null,
      title: 'Write a threat model <draft> — ünïcødé',
      path: 'alignment-research',
      direction: 'threat-modeling',
      weeks: 2,
      deliverable: 'A two-page note',
    });
  });

  it('refuses an unknown test id with exit code 3 and suggests close ones', () => {
    const cli = journalCli();
    const run = cli.run(['experiment', 'start', 'replicate-interpretability']);
    expectRefusal(run, 3);
    expect(run.stderr).toContain('unknown fit test "replicate-interpretability"');
    expect(run.stderr).toMatch(/^did you mean: .*replicate-interpretability-result/m);
    expect(existsSync(cli.dir)).toBe(true); // a command that adds may create the data directory
  });

  it('names each bad field of an own design, with its flag', () => {
    const run = journalCli().run([
      'experiment',
      'start',
      '--title',
      'x',
      '--path',
      'astronaut',
      '--weeks',
      'two',
    ]);
    expectRefusal(run, 2);
    expect(run.stderr).toMatch(/^ {2}- path: "astronaut" is not allowed.*--path/m);
    expect(run.stderr).toMatch(/^ {2}- weeks: expected a number, got a string "two".*--weeks/m);
  });

  it('refuses an empty --weeks rather than reading it as 0 or leaving it out', () => {
    const run = journalCli().run(['experiment', 'start', '--title', 'x', '--path', 'policy', '--weeks', '']);
    expectRefusal(run, 2);
    expect(run.stderr).toMatch(/^ {2}- weeks: expected a number, got a string ""/m);
  });

  it('refuses a TEST_ID together with design flags, and neither', () => {
    expectRefusal(journalCli().run(['experiment', 'start', TEST_ID, '--title', 'x']), 2);
    const neither = journalCli().run(['experiment', 'start']);
    expectRefusal(neither, 2);
    expect(neither.stderr).toContain('--title, --path and --weeks');
  });

  it('refuses an impossible start date, naming --start', () => {
    const run = journalCli().run(['experiment', 'start', TEST_ID, '--start', '2026-02-30']);
    expectRefusal(run, 2);
    expect(run.stderr).toMatch(/^ {2}- startedOn: "2026-02-30" is not a valid date; --start/m);
  });
});

describe('lever experiment log', () => {
  const cli = journalCli();
  const started = cli.json<ExperimentJson>([
    'experiment',
    'start',
    TEST_ID,
    '--start',
    daysAgo(10),
    '--json',
  ]);
  const log = (...args: string[]) => cli.run(['experiment', 'log', started.id, ...args]);

  it('logs a check-in and says what was logged', () => {
    const run = log('--progress', '3', '--enjoyment', '2', '--hours', '4.5', '--date', daysAgo(2));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Logged check-in 1 on ${started.id.slice(0, 8)}`);
    expect(run.stdout).toContain(`(${daysAgo(2)}, progress 3/4, enjoyment 2/4)`);
  });

  it('accepts the first characters of the id, and notes with markup and unicode as written', () => {
    const note = '<b>bold?</b> & "quotes" — ünïcødé 🎉';
    const updated = cli.json<ExperimentJson>([
      'experiment',
      'log',
      started.id.slice(0, 6),
      '--progress',
      '0',
      '--enjoyment',
      '4',
      '--note',
      note,
      '--json',
    ]);
    expect(updated.checkIns.at(-1)).toMatchObject({
      progress: 0,
      enjoyment: 4,
      note,
      date: daysAgo(0),
      hours: null,
    });
    const shown = cli.run(['experiment', 'show', started.id]);
    expect(shown.stdout).toContain(note);
  });

  it.each([
    [['--progress', '7', '--enjoyment', '1'], /^ {2}- progress: 7 is too large.*0 to 4/m],
    [['--progress', 'abc', '--enjoyment', '1'], /^ {2}- progress: expected a number, got a string "abc"/m],
    [['--progress', '', '--enjoyment', '1'], /^ {2}- progress: expected a number, got a string ""/m],
    [
      ['--progress', '2.5', '--enjoyment', '1'],
      /^ {2}- progress: 2\.5 is not allowed; expected a whole number/m,
    ],
    [['--progress', '1', '--enjoyment', '-1'], /^ {2}- enjoyment: -1 is too small.*0 to 4/m],
    [['--progress', '1', '--enjoyment', '1', '--hours', '-1'], /^ {2}- hours: -1 is too small/m],
    [
      ['--progress', '1', '--enjoyment', '1', '--hours', ''],
      /^ {2}- hours: expected a number, got a string ""/m,
    ],
    [
      ['--progress', '1', '--enjoyment', '1', '--date', '2026-13-01'],
      /^ {2}- date: "2026-13-01" is not a valid date/m,
    ],
    [
      ['--progress', '1', '--enjoyment', '1', '--date', daysAgo(11)],
      /^ {2}- date: .* is before the experiment started/m,
    ],
    [['--progress', '1', '--enjoyment', '1', '--date', daysAgo(-1)], /^ {2}- date: .* is in the future/m],
  ])('refuses %j with exit code 2, naming the field', (args, message) => {
    const before = cli.json<ExperimentJson>(['experiment', 'show', started.id, '--json']);
    const run = log(...args);
    expectRefusal(run, 2);
    expect(run.stderr).toMatch(/^error: invalid check-in$/m);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toContain(ANSI);
    expect(cli.json(['experiment', 'show', started.id, '--json'])).toEqual(before);
  });

  it('needs --progress and --enjoyment', () => {
    const run = log('--enjoyment', '1');
    expectRefusal(run, 2);
    expect(run.stderr).toContain('--progress');
  });

  it('refuses an unknown experiment id with exit code 3', () => {
    const run = cli.run(['experiment', 'log', 'no-such-id', '--progress', '1', '--enjoyment', '1']);
    expectRefusal(run, 3);
    expect(run.stderr).toContain('no experiment has the id "no-such-id"');
  });
});

describe('lever experiment finish', () => {
  const cli = journalCli();
  const started = cli.json<ExperimentJson>(['experiment', 'start', TEST_ID, '--start', daysAgo(7), '--json']);
  cli.json([
    'experiment',
    'log',
    started.id,
    '--progress',
    '3',
    '--enjoyment',
    '1',
    '--date',
    daysAgo(2),
    '--json',
  ]);
  const finished = cli.json<ExperimentJson>([
    'experiment',
    'finish',
    started.id,
    '--reflection',
    'Good at it, bored by it. <i>Noted.</i>',
    '--date',
    daysAgo(1),
    '--json',
  ]);

  it('records the day and the reflection', () => {
    expect(finished).toMatchObject({
      status: 'finished',
      finishedOn: daysAgo(1),
      reflection: 'Good at it, bored by it. <i>Noted.</i>',
    });
  });

  it('refuses further check-ins with exit code 4, and changes nothing', () => {
    const before = cli.run(['experiment', 'show', started.id, '--json']);
    const run = cli.run(['experiment', 'log', started.id, '--progress', '4', '--enjoyment', '4']);
    expectRefusal(run, 4);
    expect(run.stderr).toContain('finished');
    expect(cli.run(['experiment', 'show', started.id, '--json']).stdout).toBe(before.stdout);
  });

  it('refuses finishing twice with exit code 4', () => {
    expectRefusal(cli.run(['experiment', 'finish', started.id]), 4);
  });

  it('shows the finished experiment with its check-ins and reflection', () => {
    const run = cli.run(['experiment', 'show', started.id.slice(0, 8)]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(started.title);
    expect(run.stdout).toContain(`finished on ${daysAgo(1)}`);
    expect(run.stdout).toContain('Check-ins (1)');
    expect(run.stdout).toContain('progress 3/4 · enjoyment 1/4');
    expect(run.stdout).toContain('Good at it, bored by it. <i>Noted.</i>');
    expect(run.stdout).not.toContain('lever experiment log');
  });
});

describe('lever experiments and lever experiment delete', () => {
  const cli = journalCli();
  const first = cli.json<ExperimentJson>(['experiment', 'start', TEST_ID, '--start', daysAgo(5), '--json']);
  const second = cli.json<ExperimentJson>([
    'experiment',
    'start',
    '--title',
    'Draft a policy memo on compute thresholds',
    '--path',
    'policy',
    '--weeks',
    '3',
    '--json',
  ]);

  it('lists every experiment as a compact table within 80 columns, most recently started first', () => {
    const run = cli.run(['experiments']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Experiments (2, 2 active)');
    expect(run.stdout).toMatch(/^id {2,}title {2,}path {2,}status {2,}check-ins {2,}due$/m);
    const rows = lines.filter((line) => /^[0-9a-f]{8} /.test(line));
    expect(rows.map((row) => row.slice(0, 8))).toEqual([second.id.slice(0, 8), first.id.slice(0, 8)]);
    expect(rows[0]).toMatch(/policy +active +0 +\d{4}-\d{2}-\d{2}$/);
    expect(lines.filter((line) => [...line].length > 80)).toEqual([]);
  });

  it('lists them as JSON with --json', () => {
    expect(cli.json<ExperimentJson[]>(['experiments', '--json']).map((e) => e.id)).toEqual([
      second.id,
      first.id,
    ]);
  });

  it('refuses to delete without --yes, with exit code 2, and keeps the experiment', () => {
    const run = cli.run(['experiment', 'delete', first.id]);
    expectRefusal(run, 2);
    expect(run.stderr).toContain('--yes');
    expect(cli.json<ExperimentJson[]>(['experiments', '--json'])).toHaveLength(2);
  });

  it('deletes with --yes, and then the id is unknown', () => {
    const run = cli.run(['experiment', 'delete', first.id, '--yes']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Deleted experiment ${first.id.slice(0, 8)}`);
    expect(cli.json<ExperimentJson[]>(['experiments', '--json']).map((e) => e.id)).toEqual([second.id]);
    expectRefusal(cli.run(['experiment', 'show', first.id]), 3);
    expectRefusal(cli.run(['experiment', 'delete', first.id, '--yes']), 3);
  });

  it('says how to begin when there are none, without creating the data directory', () => {
    const empty = journalCli();
    const run = empty.run(['experiments']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No experiments yet');
    expect(empty.json(['experiments', '--json'])).toEqual([]);
    expectRefusal(empty.run(['experiment', 'show', 'abcdef12']), 3);
    expect(existsSync(empty.dir)).toBe(false);
  });
});
