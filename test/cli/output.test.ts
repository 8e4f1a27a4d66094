import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ANSI, cleanEnv, lever, leverBin, workDir } from './run-lever.js';

/** A line that is only a URL: never wrapped, so that it stays clickable. */
const URL_LINE = /^\s*https?:\/\/\S+$/;

const SAMPLES = [
  ['list', 'principles'],
  ['list', 'resources'],
  ['list', 'topics'],
  ['list', 'directions'],
  ['show', 'mechanistic-interpretability'],
  ['show', 'chan-lang-jenner2023-natural-abstractions'],
  ['show', 'empirical-upskilling-track'],
  ['show', 'governance-research'],
  ['show', 'regulating-decentralized-training'],
  ['search', 'governance', 'research'],
  ['kb'],
  ['--help'],
];

function tooWide(text: string, width: number): string[] {
  return text.split('\n').filter((line) => line.length > width && !URL_LINE.test(line));
}

/** Runs lever inside a pseudo-terminal `columns` wide, as if typed at a prompt. */
function leverOnTerminal(args: string[], columns: number, env: Record<string, string> = {}) {
  const command = `stty cols ${columns}; "${process.execPath}" "${leverBin}" ${args.join(' ')}`;
  const run = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd: workDir,
    env: cleanEnv({ TERM: 'xterm-256color', ...env }),
    encoding: 'utf8',
  });
  return { code: run.status, output: run.stdout.replace(/\r\n/g, '\n') };
}

const hasScript = spawnSync('script', ['--version']).status === 0;

describe('output for pipes and files', () => {
  it.each(SAMPLES.map((args) => [args.join(' '), args] as const))(
    'keeps "lever %s" within 80 columns, without colour',
    (_, args) => {
      const run = lever(args);
      expect(run.code).toBe(0);
      expect(run.stdout).not.toContain(ANSI);
      expect(tooWide(run.stdout, 80)).toEqual([]);
    },
  );
});

describe.skipIf(!hasScript)('output on a terminal', () => {
  it('uses colour on a terminal', () => {
    const run = leverOnTerminal(['list', 'directions'], 120);
    expect(run.code).toBe(0);
    expect(run.output).toContain(ANSI);
  });

  it('uses no colour when NO_COLOR is set or the terminal is dumb', () => {
    expect(leverOnTerminal(['list', 'directions'], 120, { NO_COLOR: '1' }).output).not.toContain(ANSI);
    expect(leverOnTerminal(['list', 'directions'], 120, { TERM: 'dumb' }).output).not.toContain(ANSI);
  });

  it('wraps to the terminal, but never wider than 100 columns', () => {
    const strip = stripVTControlCharacters;
    const wide = strip(
      leverOnTerminal(['show', 'mechanistic-interpretability'], 160, { NO_COLOR: '1' }).output,
    );
    expect(tooWide(wide, 100)).toEqual([]);
    expect(tooWide(wide, 80).length).toBeGreaterThan(0);
    const narrow = strip(
      leverOnTerminal(['show', 'mechanistic-interpretability'], 60, { NO_COLOR: '1' }).output,
    );
    expect(tooWide(narrow, 60)).toEqual([]);
  });
});
