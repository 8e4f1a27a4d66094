/**
 * `lever ask new|show|delete` and `lever asks`: concrete asks for a lab, drafted with flags or
 * typed at a real terminal, with the builder's checks.
 */
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { journalCli } from './journal-cli.js';
import { hasScript, KEYS, TerminalSession } from './terminal-session.js';

interface AskJson {
  id: string;
  title: string;
  lab: string | null;
  ask: string;
  steps: string[];
  owner: string | null;
  cost: string | null;
}

const FULL = [
  '--title',
  'Publish dangerous-capability evaluations',
  '--lab',
  'Example Lab',
  '--ask',
  'Publish the results of dangerous-capability evaluations for each frontier model before it is deployed.',
  '--step',
  'Agree which evaluations count',
  '--step',
  'Write a one-page results template',
  '--owner',
  'Dana <dana@example.org>',
];

describe('lever ask new (with flags) and lever ask show', () => {
  const cli = journalCli();
  const created = cli.run(['ask', 'new', ...FULL]);
  const [saved] = cli.json<AskJson[]>(['asks', '--json']);

  it('saves the ask and prints its id and the checks, passed and not', () => {
    expect(created.code, created.stderr).toBe(0);
    expect(saved).toMatchObject({
      title: 'Publish dangerous-capability evaluations',
      lab: 'Example Lab',
      steps: ['Agree which evaluations count', 'Write a one-page results template'],
      owner: 'Dana <dana@example.org>',
      cost: null,
    });
    const short = saved?.id.slice(0, 8);
    expect(created.stdout).toContain(`Saved ask ${short}: Publish dangerous-capability evaluations`);
    expect(created.stdout).toMatch(
      /^ {2}✓ The ask says specifically what the lab would do\. \(principle: concrete-asks\)$/m,
    );
    expect(created.stdout).toMatch(/^ {2}✓ .*2 specific steps/m);
    expect(created.stdout).toMatch(/^ {2}✓ Someone has agreed to lead it\./m);
    expect(created.stdout).toMatch(/^ {2}✗ Say what the lab would give up/m);
    expect(created.stdout).toContain(`lever ask show ${short} --markdown`);
  });

  it('shows it as Markdown with --markdown', () => {
    const run = cli.run(['ask', 'show', saved?.id.slice(0, 6) ?? '', '--markdown']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^# Publish dangerous-capability evaluations\n/);
    expect(run.stdout).toContain('1. Agree which evaluations count');
    expect(run.stdout).toContain('concrete-asks');
  });

  it('shows it as JSON with --json, and as a page by default', () => {
    expect(cli.json<AskJson>(['ask', 'show', saved?.id ?? '', '--json'])).toEqual(saved);
    const page = cli.run(['ask', 'show', saved?.id ?? '']);
    expect(page.stdout).toContain('Dana <dana@example.org>');
    expect(page.stdout).toMatch(/^Checks\n {2}✓ /m);
  });

  it('lists the asks with how many checks pass', () => {
    const run = cli.run(['asks']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(`^${saved?.id.slice(0, 8)} +Publish .* +Example Lab +3/4 +\\d{4}-\\d{2}-\\d{2}$`, 'm'),
    );
  });

  it('names the fields of an invalid ask with their flags, saving nothing', () => {
    const run = cli.run(['ask', 'new', '--title', '', '--ask', 'x']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^ {2}- title: .*--title/m);
    expect(cli.json<AskJson[]>(['asks', '--json'])).toHaveLength(1);
  });

  it('refuses an unknown id with exit code 3, and deleting without --yes with exit code 2', () => {
    expect(cli.run(['ask', 'show', 'ffffffff']).code).toBe(3);
    const refused = cli.run(['ask', 'delete', saved?.id ?? '']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--yes');
    expect(cli.json<AskJson[]>(['asks', '--json'])).toHaveLength(1);
  });

  it('deletes with --yes', () => {
    const run = cli.run(['ask', 'delete', saved?.id ?? '', '--yes']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Deleted ask');
    expect(cli.json<AskJson[]>(['asks', '--json'])).toEqual([]);
    expect(cli.run(['asks']).stdout).toContain('No asks yet');
  });
});

describe('lever ask new without flags', () => {
  it('refuses off a terminal, saying what to pass, and creates nothing', () => {
    const cli = journalCli();
    const run = cli.run(['ask', 'new']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--title and --ask');
    expect(existsSync(cli.dir)).toBe(false);
  });
});

let session: TerminalSession | undefined;
afterEach(() => session?.kill());

describe.skipIf(!hasScript)('lever ask new on a terminal', () => {
  const { enter, ctrlC } = KEYS;

  it('asks for each part, shows the checks and saves after a yes', async () => {
    const cli = journalCli();
    session = new TerminalSession(['ask', 'new'], { cwd: process.cwd(), env: { LEVER_DATA_DIR: cli.dir } });
    const s = session;
    await s.answer('Title', 'Share evals', enter);
    await s.answer('Which lab', enter);
    await s.answer(
      'What should the lab do',
      'Publish the results of every dangerous-capability evaluation it runs',
      enter,
    );
    await s.answer('Step 1', 'Choose the evaluations', enter);
    await s.answer('Step 2', 'Publish a template', enter);
    await s.answer('Step 3', enter);
    await s.answer('Who has agreed to lead it', 'Dana', enter);
    await s.answer('What would the lab give up', enter);
    await s.waitFor('✗ Say what the lab would give up');
    await s.answer('Save this ask?', enter);
    await s.waitFor('Saved ask');
    expect(await s.exited).toBe(0);
    const [saved] = cli.json<AskJson[]>(['asks', '--json']);
    expect(saved).toMatchObject({
      title: 'Share evals',
      lab: null,
      steps: ['Choose the evaluations', 'Publish a template'],
      owner: 'Dana',
      cost: null,
    });
  });

  it('stops cleanly on Ctrl-C: exit code 130, nothing saved or created', async () => {
    const cli = journalCli();
    session = new TerminalSession(['ask', 'new'], { cwd: process.cwd(), env: { LEVER_DATA_DIR: cli.dir } });
    const s = session;
    await s.answer('Title', 'Half done', enter);
    await s.answer('Which lab', ctrlC);
    expect(await s.exited).toBe(130);
    expect(s.screen).toContain('Stopped; nothing was saved.');
    expect(s.screen).not.toMatch(/\n\s+at /);
    expect(existsSync(cli.dir)).toBe(false);
  });
});
