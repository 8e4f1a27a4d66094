/**
 * The journal as a terminal shows it: stored text never reaches the terminal as control
 * characters (an escape would recolour it, a bell ring it), and the listing fits the terminal's
 * width, a title in CJK characters (two columns each) included.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/cli/render/display-width.js';
import { type ExperimentJson, journalCli } from './journal-cli.js';
import { hasScript, TerminalSession } from './terminal-session.js';

const ESC = '\u001b';
const BEL = '\u0007';

describe('stored control characters', () => {
  const cli = journalCli();
  const experiment = cli.json<ExperimentJson>([
    'experiment',
    'start',
    '--title',
    `Bell${BEL} title`,
    '--path',
    'policy',
    '--weeks',
    '2',
    '--json',
  ]);
  cli.json([
    'experiment',
    'log',
    experiment.id,
    '--progress',
    '2',
    '--enjoyment',
    '3',
    '--note',
    `esc${ESC}[31mRED${ESC}[0m bell${BEL} end`,
    '--json',
  ]);
  const ask = cli.json<{ id: string }>([
    'ask',
    'new',
    '--title',
    `A${ESC}[2J`,
    '--ask',
    `Do${BEL} it`,
    '--json',
  ]);

  it.each([
    ['journal'],
    ['journal', '--ics', '-'],
    ['ask', 'show', ask.id, '--markdown'],
    ['experiment', 'show', experiment.id],
    ['experiments'],
  ])('are shown as a replacement mark by "lever %s"', (...args) => {
    const run = cli.run(args);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toContain(ESC);
    expect(run.stdout).not.toContain(BEL);
    expect(run.stdout).toContain('\uFFFD');
  });

  it('the journal keeps the rest of the note as written', () => {
    const { stdout } = cli.run(['journal']);
    expect(stdout).toContain('esc\uFFFD\\[31mRED\uFFFD\\[0m bell\uFFFD end');
  });
});

let session: TerminalSession | undefined;
afterEach(() => session?.kill());

describe.skipIf(!hasScript)('lever experiments on a terminal', () => {
  const cli = journalCli();
  cli.json([
    'experiment',
    'start',
    '--title',
    `世界${'界'.repeat(40)}`,
    '--path',
    'governance-research',
    '--weeks',
    '3',
    '--json',
  ]);
  cli.json(['experiment', 'start', 'replicate-interpretability-result', '--json']);

  it.each([60, 80])('fits a terminal %i columns wide, a CJK title included', async (columns) => {
    session = new TerminalSession(['experiments'], {
      cwd: process.cwd(),
      env: { LEVER_DATA_DIR: cli.dir },
      columns,
    });
    expect(await session.exited).toBe(0);
    const lines = session.screen.split('\n');
    expect(lines.find((line) => line.includes('世界'))).toMatch(/界…/);
    expect(lines.filter((line) => displayWidth(line) > columns)).toEqual([]);
  });
});
