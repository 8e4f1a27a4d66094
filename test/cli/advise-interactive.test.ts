/**
 * The questionnaire of `lever advise`, typed at for real: `lever` runs in a pseudo-terminal, the
 * test waits for each prompt and presses keys, as a person would.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hasScript, KEYS, TerminalSession } from './terminal-session.js';

const { down, enter, space, ctrlC } = KEYS;

/** The prompts in order, as the questionnaire words them (see src/cli/questionnaire/questions.ts). */
const PROMPTS = [
  'Where are you in your career?',
  'What is your background?',
  'How good are you at programming?',
  'How good are you at mathematics?',
  'How good are you at machine learning',
  'How good are you at writing?',
  'How good are you at research',
  'How good are you at working with people',
  'How good are you at organizing',
  'What do you enjoy doing?',
  'How many years of research experience',
  'Have you worked in a large organization',
  'Do you have a mentor',
  'Which path are you leaning towards?',
  'What interests you?',
  'Have you tried something already',
] as const;

const SAVE = 'Save your answers as a profile file';
const FILE_NAME = 'File name:';

let session: TerminalSession | undefined;
afterEach(() => session?.kill());

function start(): { dir: string; s: TerminalSession } {
  const dir = mkdtempSync(join(tmpdir(), 'lever-ask-'));
  session = new TerminalSession(['advise'], { cwd: dir });
  return { dir, s: session };
}

/** Presses Enter at every question: everything skipped. */
async function skipAll(s: TerminalSession): Promise<void> {
  for (const prompt of PROMPTS) await s.answer(prompt, enter);
}

describe.skipIf(!hasScript)('lever advise on a terminal (the questionnaire)', () => {
  it('asks with arrow keys, shows the plan, and saves the answers as a profile', async () => {
    const { dir, s } = start();
    await s.answer(PROMPTS[0], down, enter); // student
    await s.answer(PROMPTS[1], space, enter); // computer science
    await s.answer(PROMPTS[2], down, down, down, down, enter); // coding: 3 strong
    await s.answer(PROMPTS[3], down, down, enter); // maths: 1 basic
    for (const prompt of PROMPTS.slice(4, 9)) await s.answer(prompt, enter); // other skills skipped
    await s.answer(PROMPTS[9], space, enter); // enjoys writing code
    await s.answer(PROMPTS[10], '1', enter); // one year of research
    await s.answer(PROMPTS[11], down, down, enter); // no large organization
    await s.answer(PROMPTS[12], enter); // mentor: skipped
    await s.answer(PROMPTS[13], down, enter); // leaning: alignment research
    await s.answer(PROMPTS[14], down, space, enter); // interests: mechanistic interpretability
    await s.answer(PROMPTS[15], 'y', enter);
    await s.answer('What did you try?', enter); // alignment research
    await s.answer('For how many months?', '6', enter);
    await s.answer('How well did it go?', down, enter); // 3 good
    await s.answer('How much did you enjoy it?', down, down, enter); // 4 loved it
    await s.answer('Have you tried something else too?', enter); // no
    await s.waitFor('This week');
    await s.waitFor('Where you fit');
    await s.answer(SAVE, enter);
    await s.answer(FILE_NAME, enter);
    await s.waitFor('Saved to lever-profile.json');
    expect(await s.exited).toBe(0);

    const saved = JSON.parse(readFileSync(join(dir, 'lever-profile.json'), 'utf8')) as unknown;
    expect(saved).toEqual({
      stage: 'student',
      background: ['cs'],
      skills: { coding: 3, math: 1 },
      enjoys: ['coding'],
      researchExperienceYears: 1,
      corporateExperience: false,
      leaning: 'alignment-research',
      interests: ['mechanistic-interpretability'],
      history: [{ activity: 'alignment-research', months: 6, progress: 3, enjoyment: 4 }],
    });
    // The plan came before the offer to save, with this week's steps first.
    const screen = s.screen;
    expect(screen.indexOf('This week')).toBeLessThan(screen.indexOf('Where you fit'));
    expect(screen.lastIndexOf('Where you fit')).toBeLessThan(screen.indexOf(SAVE));
    expect(screen).toContain('Double down on what is working');
  });

  it('never replaces an existing file without asking', async () => {
    const { dir, s } = start();
    const existing = join(dir, 'lever-profile.json');
    writeFileSync(existing, '{"stage": "senior"}\n');
    await skipAll(s);
    await s.waitFor('Questions you skipped');
    await s.answer(SAVE, enter);
    await s.answer(FILE_NAME, 'lever-profile.json', enter);
    await s.answer('"lever-profile.json" already exists. Replace it?', enter); // default: no
    await s.answer(FILE_NAME, 'mine.json', enter);
    await s.waitFor('Saved to mine.json');
    expect(await s.exited).toBe(0);
    expect(readFileSync(existing, 'utf8')).toBe('{"stage": "senior"}\n');
    expect(JSON.parse(readFileSync(join(dir, 'mine.json'), 'utf8'))).toEqual({});
  });

  it('offers a free name, so Enter after a "no" saves beside the existing file', async () => {
    const { dir, s } = start();
    const existing = join(dir, 'lever-profile.json');
    writeFileSync(existing, '{"stage": "senior"}\n');
    await skipAll(s);
    await s.waitFor('Questions you skipped');
    await s.answer(SAVE, enter);
    await s.answer(FILE_NAME, enter); // the offered name: lever-profile-2.json
    await s.waitFor('Saved to lever-profile-2.json');
    expect(await s.exited).toBe(0);
    expect(readFileSync(existing, 'utf8')).toBe('{"stage": "senior"}\n');
    expect(JSON.parse(readFileSync(join(dir, 'lever-profile-2.json'), 'utf8'))).toEqual({});
  });

  it('saves nothing when asked not to', async () => {
    const { dir, s } = start();
    await skipAll(s);
    await s.answer(SAVE, 'n', enter);
    expect(await s.exited).toBe(0);
    expect(existsSync(join(dir, 'lever-profile.json'))).toBe(false);
  });

  it.each([
    ['at the first question', 0],
    ['in a multi-select', 1],
    ['in a skill question', 4],
    ['at the offer to save', PROMPTS.length],
  ])('stops cleanly on Ctrl-C %s: one line, exit code 130, nothing saved', async (_, at) => {
    const { dir, s } = start();
    for (const prompt of PROMPTS.slice(0, at)) await s.answer(prompt, enter);
    await s.answer(PROMPTS[at] ?? SAVE, ctrlC);
    expect(await s.exited).toBe(130);
    expect(s.screen).toContain('Stopped; nothing was saved.');
    expect(s.screen).not.toMatch(/\n\s+at /); // no stack trace
    expect(s.screen).not.toContain('PromptError');
    expect(existsSync(join(dir, 'lever-profile.json'))).toBe(false);
  });
});
