/** `lever topic claim` and `lever topic plan`: a six-month expertise plan, as text, JSON and a calendar. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { daysAgo, type ExperimentJson, journalCli } from './journal-cli.js';
import { workDir } from './run-lever.js';

const TOPIC = 'global-gpu-tracking';

interface ExpertiseJson {
  experiment: ExperimentJson;
  plan: {
    topicId: string;
    milestones: { id: string; week: number; date: string; title: string }[];
    checks: { question: string; principle: string }[];
  };
  progress: {
    weeksElapsed: number;
    milestones: { id: string; status: string }[];
    next: { id: string } | null;
  };
}

describe('lever topic claim', () => {
  const cli = journalCli();
  const claim = cli.run(['topic', 'claim', TOPIC, '--start', daysAgo(21)]);

  it('starts a 26-week expertise plan and says how to see it', () => {
    expect(claim.code, claim.stderr).toBe(0);
    const [experiment] = cli.json<ExperimentJson[]>(['experiments', '--json']);
    expect(experiment).toMatchObject({
      kind: 'expertise',
      topicId: TOPIC,
      path: 'governance-research',
      weeks: 26,
      startedOn: daysAgo(21),
    });
    const short = experiment?.id.slice(0, 8) ?? '';
    expect(claim.stdout).toContain(`expertise plan ${short}`);
    expect(claim.stdout).toContain(`lever topic plan ${short}`);
  });

  it('prints the new experiment as JSON with --json', () => {
    const other = journalCli().json<ExperimentJson>([
      'topic',
      'claim',
      'gpu-tamper-evident-logging',
      '--json',
    ]);
    expect(other).toMatchObject({
      kind: 'expertise',
      topicId: 'gpu-tamper-evident-logging',
      startedOn: daysAgo(0),
    });
  });

  it('refuses an unknown topic with exit code 3 and suggests close ones', () => {
    const run = cli.run(['topic', 'claim', 'gpu-trackin']);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('unknown governance topic "gpu-trackin"');
    expect(run.stderr).toMatch(/^did you mean: global-gpu-tracking/m);
  });

  it('refuses a bad start date, naming --start', () => {
    const run = cli.run(['topic', 'claim', TOPIC, '--start', 'yesterday']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^ {2}- startedOn: .*--start/m);
  });
});

describe('lever topic plan', () => {
  const cli = journalCli();
  const claimed = cli.json<ExperimentJson>(['topic', 'claim', TOPIC, '--start', daysAgo(21), '--json']);
  const view = cli.json<ExpertiseJson>(['topic', 'plan', '--json']);

  it('defaults to the most recently started active plan, with milestones dated from its start', () => {
    expect(view.experiment.id).toBe(claimed.id);
    expect(view.plan.topicId).toBe(TOPIC);
    expect(view.plan.milestones[0]?.date).toBe(daysAgo(21));
    expect(view.progress.weeksElapsed).toBe(3);
    expect(view.progress.milestones.map((m) => m.status)).toContain('past');
    expect(view.progress.next).not.toBeNull();
  });

  it('shows a timeline of milestones with dates and status, the checks and the starting readings', () => {
    const run = cli.run(['topic', 'plan', claimed.id.slice(0, 8)]);
    expect(run.code, run.stderr).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(/^Becoming the expert on /);
    expect(out).toContain('week 3 of 26');
    for (const milestone of view.plan.milestones) {
      expect(out).toMatch(
        new RegExp(`^ {2}${milestone.date} {2}week ${milestone.week} +(past|due now|upcoming) +`, 'm'),
      );
    }
    const [timeline, checks, readings] = [
      'Milestones',
      'Checks to ask of your work',
      'Starting readings',
    ].map((h) => out.indexOf(`\n${h}\n`));
    expect(timeline).toBeGreaterThan(0);
    expect(checks).toBeGreaterThan(timeline ?? 0);
    expect(readings).toBeGreaterThan(checks ?? 0);
    for (const check of view.plan.checks) expect(out).toContain(`(principle: ${check.principle})`);
    expect(out.slice(readings)).toContain('https://');
    expect(out.split('\n').filter((line) => [...line].length > 80 && !/https?:\/\//.test(line))).toEqual([]);
  });

  it('writes the plan as a calendar with --ics', () => {
    const file = join(workDir, 'topic-plan.ics');
    const run = cli.run(['topic', 'plan', '--ics', file]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`Wrote the calendar of this plan to ${file}`);
    const calendar = readFileSync(file, 'utf8');
    expect(calendar.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(calendar.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    for (const milestone of view.plan.milestones) {
      expect(calendar).toContain(`DTSTART;VALUE=DATE:${milestone.date.replaceAll('-', '')}`);
    }
  });

  it('prints the calendar itself with --ics -', () => {
    const run = cli.run(['topic', 'plan', '--ics', '-']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('BEGIN:VCALENDAR')).toBe(true);
  });

  it('refuses a fit experiment that is not a claimed topic, and an unknown id', () => {
    const test = cli.json<ExperimentJson>([
      'experiment',
      'start',
      'replicate-interpretability-result',
      '--json',
    ]);
    const notTopic = cli.run(['topic', 'plan', test.id]);
    expect(notTopic.code).toBe(2);
    expect(notTopic.stderr).toContain('is not a claimed governance topic');
    expect(cli.run(['topic', 'plan', 'ffffffff']).code).toBe(3);
  });

  it('says how to claim a topic when no plan is running', () => {
    const empty = journalCli();
    const run = empty.run(['topic', 'plan']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('lever topic claim TOPIC_ID');
    expect(existsSync(empty.dir)).toBe(false);
  });
});
