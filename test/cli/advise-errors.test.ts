/** `lever advise` refuses bad input with exit code 2, a message naming what is wrong, and no plan. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, lever, leverBin, workDir } from './run-lever.js';

/** Runs `lever advise --profile -` with `input` on standard input. */
function adviseStdin(input: string | Buffer) {
  const run = spawnSync(process.execPath, [leverBin, 'advise', '--profile', '-'], {
    cwd: workDir,
    env: cleanEnv(),
    input,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Each case: the file's text, and what a line of standard error must say. */
const INVALID: [string, string, RegExp][] = [
  ['bad JSON', '{"stage": "student",', /^ {2}- not valid JSON: /m],
  ['an empty file', '', /^ {2}- the profile is empty; expected a JSON object$/m],
  ['a list instead of an object', '[1, 2]', /^ {2}- a profile must be a JSON object/m],
  ['a wrong type', '{"hasMentor": "yes"}', /^ {2}- hasMentor: expected a boolean, got a string "yes"$/m],
  [
    'an unknown field',
    '{"stag": "student"}',
    /^ {2}- unknown field "stag"; allowed fields: stage, background, /m,
  ],
  [
    'an unknown value',
    '{"stage": "wizard"}',
    /^ {2}- stage: "wizard" is not allowed; expected one of: student, early-career, mid-career, senior$/m,
  ],
  [
    'an out-of-range skill',
    '{"skills": {"coding": 7}}',
    /^ {2}- skills\.coding: 7 is too large; at most 4 allowed$/m,
  ],
  [
    'an out-of-range history entry',
    '{"history": [{"activity": "policy", "months": 3, "progress": -1, "enjoyment": 2}]}',
    /^ {2}- history\[0\]\.progress: -1 is too small; at least 0 allowed$/m,
  ],
  [
    'a fractional skill',
    '{"skills": {"math": 2.5}}',
    /^ {2}- skills\.math: 2\.5 is not allowed; expected a whole number$/m,
  ],
];

describe('lever advise with an invalid profile', () => {
  it.each(INVALID)('exits 2 for %s, naming the problem, with nothing on standard output', (_, text, line) => {
    const file = 'invalid-profile.json';
    writeFileSync(join(workDir, file), text);
    const run = lever(['advise', '--profile', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^error: invalid profile from "invalid-profile\.json":$/m);
    expect(run.stderr).toMatch(line);
    expect(run.stderr).not.toContain('    at ');
  });

  it('lists every problem, one line each', () => {
    const run = adviseStdin('{"stage": "wizard", "skills": {"coding": 9}, "extra": true}');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('error: invalid profile from standard input:');
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^ {2}- stage: "wizard" is not allowed/),
      expect.stringMatching(/^ {2}- skills\.coding: 9 is too large/),
      expect.stringMatching(/^ {2}- unknown field "extra"/),
    ]);
  });

  it('exits 2 with the same messages for standard input', () => {
    const run = adviseStdin('not json');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/not valid JSON/);
  });
});

describe('lever advise without a readable profile', () => {
  it('exits 2 when the file does not exist or is a folder', () => {
    const missing = lever(['advise', '--profile', 'no-such-profile.json']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe(
      'error: cannot read the profile file "no-such-profile.json": there is no such file\n',
    );
    mkdirSync(join(workDir, 'a-folder'), { recursive: true });
    const folder = lever(['advise', '--profile', 'a-folder']);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('it is a folder, not a file');
  });

  it('refuses a profile larger than 1 MB, from a file or standard input', () => {
    const huge = `{"notes": "${'x'.repeat(1024 * 1024)}"}`;
    writeFileSync(join(workDir, 'huge.json'), huge);
    const file = lever(['advise', '--profile', 'huge.json']);
    expect(file.code).toBe(2);
    expect(file.stdout).toBe('');
    expect(file.stderr).toContain('is larger than 1 MB');
    const stdin = adviseStdin(huge);
    expect(stdin.code).toBe(2);
    expect(stdin.stdout).toBe('');
    expect(stdin.stderr).toContain('the profile from standard input is larger than 1 MB');
  });

  it('accepts a profile saved with a byte-order mark', () => {
    const run = adviseStdin('\uFEFF{"stage": "student"}');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('This week');
  });

  it('asks for --profile when not on a terminal, instead of waiting for answers', () => {
    const run = lever(['advise']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('pass --profile FILE, or --profile - to read it from standard input');
  });
});
