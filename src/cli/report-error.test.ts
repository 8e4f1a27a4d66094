import { CommanderError } from 'commander';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { LeverError } from '../core/errors.js';
import { onStdoutError, reportError } from './report-error.js';

let stderr: MockInstance<typeof process.stderr.write>;
const written = () => stderr.mock.calls.map(([chunk]) => String(chunk)).join('');

beforeEach(() => {
  stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => {
  stderr.mockRestore();
});

describe('reportError', () => {
  it('prints a not-found error with its suggestions and returns exit code 3', async () => {
    const error = new LeverError('not_found', 'unknown id "x"', { suggestions: ['a', 'b'] });
    expect(await reportError(error, {})).toBe(3);
    expect(written()).toBe('error: unknown id "x"\ndid you mean: a, b?\n');
  });

  it('lists the problems of invalid input and returns exit code 2', async () => {
    const error = new LeverError('invalid_input', 'the profile is invalid', {
      problems: [{ path: 'skills.coding', message: '7 is too large; at most 4 allowed' }],
    });
    expect(await reportError(error, {})).toBe(2);
    expect(written()).toContain('  - skills.coding: 7 is too large; at most 4 allowed');
  });

  it('prints one line for an unexpected error, and the stack only with LEVER_DEBUG=1', async () => {
    expect(await reportError(new Error('disk on fire\nsecond line'), {})).toBe(1);
    expect(written()).toBe('error: unexpected failure: disk on fire (set LEVER_DEBUG=1 for details)\n');
    stderr.mockClear();
    expect(await reportError(new Error('disk on fire'), { LEVER_DEBUG: '1' })).toBe(1);
    expect(written()).toMatch(/disk on fire\nError: disk on fire\n\s+at /);
  });

  it('turns commander usage errors into exit code 2, and help or version into 0', async () => {
    expect(await reportError(new CommanderError(1, 'commander.unknownCommand', 'unknown command'), {})).toBe(
      2,
    );
    expect(await reportError(new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)'), {})).toBe(0);
    expect(written()).toBe(''); // commander prints its own messages
  });
});

describe('onStdoutError', () => {
  /** An error as Node gives it for a failed write to standard output. */
  const failure = (code: string, message: string) =>
    Object.assign(new Error(`${code}: ${message}, write`), { code, syscall: 'write' });

  it('says in one line that the output could not be written (a full disk) and exits with 1', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    try {
      onStdoutError(failure('ENOSPC', 'no space left on device'));
      expect(written()).toBe('error: could not write the output: the disk is full\n');
      expect(exit).toHaveBeenCalledWith(1);
      stderr.mockClear();
      onStdoutError(failure('EIO', 'i/o error'));
      expect(written()).toBe('error: could not write the output: the disk reported an input/output error\n');
    } finally {
      exit.mockRestore();
    }
  });

  it('ends quietly with the exit code so far when the reader closed the pipe', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    const before = process.exitCode;
    try {
      process.exitCode = 3;
      onStdoutError(failure('EPIPE', 'broken pipe'));
      expect(exit).toHaveBeenCalledWith(3);
      expect(written()).toBe('');
    } finally {
      process.exitCode = before;
      exit.mockRestore();
    }
  });
});
