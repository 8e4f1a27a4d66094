import { describe, expect, it } from 'vitest';
import { lever } from './run-lever.js';

const COMMANDS = ['list', 'show', 'search', 'kb', 'schema', 'start'];

describe('lever (the program)', () => {
  it('lists every command in --help and exits 0', () => {
    const run = lever(['--help']);
    expect(run.code).toBe(0);
    for (const command of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
  });

  // "lever start" itself runs until stopped; test/web/start.test.ts runs it as a process.
  it('describes the options of "lever start"', () => {
    const run = lever(['start', '--help']);
    expect(run.code).toBe(0);
    for (const option of ['--port', '--host', '--allow-remote', '--data-dir'])
      expect(run.stdout).toContain(option);
  });

  it('prints the help when run with no command', () => {
    const run = lever([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: lever');
  });

  it('prints its version', () => {
    const run = lever(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('exits 2 with a clean message for an unknown command, option or missing argument', () => {
    for (const args of [['frobnicate'], ['list', 'paths', '--bogus'], ['show']]) {
      const run = lever(args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^error: /);
      expect(run.stderr).not.toContain('    at '); // no stack trace
    }
  });

  it('suggests the command that was probably meant', () => {
    expect(lever(['serch', 'debate']).stderr).toContain('search');
  });
});
