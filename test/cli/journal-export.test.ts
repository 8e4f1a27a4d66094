/** `lever journal`: the whole journal as Markdown and as an iCalendar file, to standard output or files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ExperimentJson, journalCli, runExperiment } from './journal-cli.js';
import { workDir } from './run-lever.js';

describe('lever journal', () => {
  const cli = journalCli();
  const experiment = runExperiment(cli, 'replicate-interpretability-result', [
    { progress: 3, enjoyment: 2 },
    { progress: 4, enjoyment: 1 },
  ]);
  const topic = cli.json<ExperimentJson>(['topic', 'claim', 'global-gpu-tracking', '--json']);
  cli.run([
    'ask',
    'new',
    '--title',
    'Share evals',
    '--ask',
    'Publish every dangerous-capability evaluation result',
  ]);

  it('prints the journal as Markdown by default and with --markdown -', () => {
    const run = cli.run(['journal']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^# Lever journal\n/);
    for (const heading of ['## Fit experiments', '## Expertise plans', '## Concrete asks']) {
      expect(run.stdout).toContain(`\n${heading}\n`);
    }
    expect(run.stdout).toContain(`### ${experiment.title}`);
    expect(run.stdout).toContain(`### ${topic.title}`);
    expect(run.stdout).toContain('Share evals');
    expect(cli.run(['journal', '--markdown', '-']).stdout).toBe(run.stdout);
  });

  it('writes Markdown and the calendar to files, saying where on standard error', () => {
    const markdown = join(workDir, 'journal.md');
    const calendar = join(workDir, 'journal.ics');
    const run = cli.run(['journal', '--markdown', markdown, '--ics', calendar]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`Wrote the journal as Markdown to ${markdown}`);
    expect(run.stderr).toContain(`Wrote the journal calendar to ${calendar}`);
    expect(readFileSync(markdown, 'utf8')).toBe(cli.run(['journal']).stdout);
    const ics = readFileSync(calendar, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(ics).toContain(`Due: ${experiment.title}`);
    expect(ics).toContain(topic.id);
  });

  it('prints only the calendar with --ics -', () => {
    const run = cli.run(['journal', '--ics', '-']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('BEGIN:VCALENDAR')).toBe(true);
  });

  it('refuses two exports to standard output, and a file it cannot write', () => {
    const both = cli.run(['journal', '--markdown', '-', '--ics', '-']);
    expect(both.code).toBe(2);
    expect(both.stdout).toBe('');
    const nowhere = cli.run(['journal', '--ics', join(workDir, 'no-such-folder', 'x.ics')]);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toContain('its folder does not exist');
  });

  it('says nothing is logged for an empty journal', () => {
    expect(journalCli().run(['journal']).stdout).toContain('Nothing logged yet.');
  });
});
