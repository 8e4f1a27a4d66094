/** `lever advise --profile FILE`: the plan for a saved profile, on a terminal, as JSON or as Markdown. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adviseFromInput } from '../../src/core/advice/advise.js';
import { renderPlanMarkdown } from '../../src/core/plan/markdown.js';
import type { Plan } from '../../src/core/plan/schema.js';
import { adviceContext } from '../advice/builders.js';
import { PERSONAS } from '../personas/personas.js';
import { ANSI, cleanEnv, lever, leverBin, workDir } from './run-lever.js';
import { hasScript, TerminalSession } from './terminal-session.js';

/** Writes a persona's profile to a file in the working directory, as a person would save it. */
function profileFile(id: string): { file: string; profile: unknown } {
  const persona = PERSONAS.find((p) => p.id.startsWith(id));
  if (!persona) throw new Error(`no persona ${id}`);
  const file = `${persona.id}.json`;
  writeFileSync(join(workDir, file), JSON.stringify(persona.profile, null, 2));
  return { file, profile: persona.profile };
}

/** The plan the engine makes in this process, for comparing with what the command printed. */
function inProcessPlan(profile: unknown): Plan {
  const result = adviseFromInput(profile, adviceContext());
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

/** A line that is only a URL: never wrapped, so that it stays clickable. */
const URL_LINE = /^\s*https?:\/\/\S+$/;
const tooWide = (text: string, width: number) =>
  text.split('\n').filter((line) => [...line].length > width && !URL_LINE.test(line));

const pivot = profileFile('syn-11'); // successful but not excited: a pivot signal and a caution
const student = profileFile('syn-01');

describe('lever advise --profile FILE (terminal rendering)', () => {
  const run = lever(['advise', '--profile', pivot.file]);
  const plan = inProcessPlan(pivot.profile);
  const out = run.stdout;

  it('prints the plan and succeeds, with nothing on standard error', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(out).toContain(plan.summary.slice(0, 40));
  });

  it('puts this week first, before the other steps and the paths', () => {
    const week = out.indexOf('\nThis week\n');
    expect(week).toBeGreaterThan(0);
    for (const heading of ['\nWhere you fit\n', '\nThis month\n', '\nFit tests\n']) {
      expect(out.indexOf(heading)).toBeGreaterThan(week);
    }
    const [first] = plan.steps;
    expect(out.indexOf(`1. ${first?.title}`)).toBeGreaterThan(week);
  });

  it('draws a fit bar with the plausible range for every path, and marks signals', () => {
    for (const path of plan.paths) {
      const pct = `${Math.round(path.fit * 100)}%`;
      const range = `${Math.round(path.range.low * 100)}–${Math.round(path.range.high * 100)}%`;
      expect(out).toMatch(new RegExp(`${path.title}\\s+[█░]{16}\\s+${pct} \\(${range}\\)`));
    }
    expect(out).toMatch(/Alignment research\s+[█░]+\s+\d+% \(\d+–\d+%\) \[pivot\]/);
  });

  it('marks cautions, plainly when there is no colour', () => {
    expect(out).toContain('\nCautions\n');
    for (const caution of plan.cautions) expect(out).toContain(`! ${caution.text.slice(0, 30)}`);
  });

  it('says why for each step and names the section of the post it comes from', () => {
    const whyLines = out.split('\n').filter((line) => line.trimStart().startsWith('Why:'));
    expect(whyLines.length).toBeGreaterThanOrEqual(plan.steps.length);
    const flat = out.replace(/\n\s*/g, ' ');
    for (const p of plan.principles) expect(flat).toContain(`(§ ${p.section})`);
    expect(flat).toContain('Why: Pivot if even repeated success');
  });

  it('keeps within 80 columns and has no colour when not on a terminal', () => {
    expect(out).not.toContain(ANSI);
    expect(tooWide(out, 80)).toEqual([]);
  });
});

describe('lever advise --json', () => {
  it('prints exactly the plan the engine makes, as JSON.stringify(plan, null, 2)', () => {
    for (const { file, profile } of [pivot, student]) {
      const run = lever(['advise', '--profile', file, '--json']);
      expect(run.code).toBe(0);
      const plan = inProcessPlan(profile);
      expect(JSON.parse(run.stdout)).toEqual(plan);
      expect(run.stdout).toBe(`${JSON.stringify(plan, null, 2)}\n`);
    }
  });

  it('reads the profile from standard input with "-"', () => {
    const run = spawnSync(process.execPath, [leverBin, 'advise', '--profile', '-', '--json'], {
      cwd: workDir,
      env: cleanEnv(),
      input: JSON.stringify(student.profile),
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(inProcessPlan(student.profile));
  });
});

describe('lever advise --markdown', () => {
  const run = lever(['advise', '--profile', student.file, '--markdown']);
  const plan = inProcessPlan(student.profile);

  it('prints the Markdown rendering of the same plan', () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(renderPlanMarkdown(plan));
  });

  it('has the sections, with links to the readings and to the post', () => {
    for (const heading of ['# Your Lever plan', '## This week', '## Where you fit', '## Reading list']) {
      expect(run.stdout).toContain(`\n${heading}\n`.slice(heading.startsWith('# ') ? 1 : 0));
    }
    for (const item of plan.readingList) expect(run.stdout).toContain(`](${item.url})`);
    expect(run.stdout).toMatch(/\*Why:\* \[[^\]]+\]\(https:\/\/www\.lesswrong\.com\/posts\/[^)]+\)/);
  });

  it('refuses --json and --markdown together', () => {
    const both = lever(['advise', '--profile', student.file, '--json', '--markdown']);
    expect(both.code).toBe(2);
    expect(both.stdout).toBe('');
    expect(both.stderr).toContain("'--json' cannot be used with option '--markdown'");
  });
});

describe.skipIf(!hasScript)('lever advise --profile FILE on a terminal', () => {
  async function onTerminal(env: Record<string, string> = {}, columns = 100) {
    const session = new TerminalSession(['advise', '--profile', pivot.file], { cwd: workDir, env, columns });
    try {
      expect(await session.exited).toBe(0);
      return session;
    } finally {
      session.kill();
    }
  }

  it('uses colour and a warning sign for cautions', async () => {
    const session = await onTerminal();
    expect(session.rawOutput).toContain(ANSI);
    expect(session.screen).toMatch(/⚠ Success without enjoyment/);
  });

  it('uses no colour at all when NO_COLOR is set', async () => {
    const session = await onTerminal({ NO_COLOR: '1' });
    expect(session.rawOutput).not.toContain(ANSI);
    expect(session.screen).toContain('! Success without enjoyment');
  });

  it('wraps to a narrow terminal, keeping the fit bars whole', async () => {
    const session = await onTerminal({ NO_COLOR: '1' }, 60);
    expect(tooWide(session.screen, 60)).toEqual([]);
    expect(session.screen).toMatch(/^ {4}[█░]{16} {2}\d+% \(\d+–\d+%\) \[pivot\]$/m);
  });
});
