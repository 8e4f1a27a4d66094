/** The journal commands in `lever --help`, and the options each documents. */
import { describe, expect, it } from 'vitest';
import { lever } from './run-lever.js';

describe('help for the journal commands', () => {
  it('lists every journal command in lever --help', () => {
    const run = lever(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['experiment', 'experiments', 'fit', 'topic', 'ask', 'asks', 'journal']) {
      expect(run.stdout).toMatch(new RegExp(`^ {2}${command}\\b`, 'm'));
    }
  });

  it.each([
    [['experiment'], ['start', 'log', 'finish', 'show', 'delete']],
    [['topic'], ['claim', 'plan']],
    [['ask'], ['new', 'show', 'delete']],
  ])('lever %j --help lists its subcommands', (command, subcommands) => {
    const run = lever([...command, '--help']);
    expect(run.code).toBe(0);
    for (const sub of subcommands) expect(run.stdout).toMatch(new RegExp(`^ {2}${sub}\\b`, 'm'));
  });

  it.each([
    [
      ['experiment', 'start'],
      ['--start', '--title', '--path', '--weeks', '--direction', '--deliverable', '--json'],
    ],
    [
      ['experiment', 'log'],
      ['--progress', '--enjoyment', '--hours', '--note', '--date', '--json'],
    ],
    [
      ['experiment', 'finish'],
      ['--reflection', '--date', '--json'],
    ],
    [['experiment', 'delete'], ['--yes']],
    [['fit'], ['--profile', '--saved', '--json']],
    [
      ['topic', 'plan'],
      ['--ics [file]', '--force', '--json'],
    ],
    [
      ['ask', 'new'],
      ['--title', '--lab', '--ask', '--step', '--owner', '--cost'],
    ],
    [
      ['ask', 'show'],
      ['--markdown', '--json'],
    ],
    [['journal'], ['--markdown [file]', '--ics [file]', '--force']],
    [['advise'], ['--no-journal', '--data-dir']],
  ])('lever %j --help documents its options and --data-dir', (command, options) => {
    const run = lever([...command, '--help']);
    expect(run.code).toBe(0);
    for (const option of [...options, '--data-dir']) expect(run.stdout).toContain(option);
  });
});
