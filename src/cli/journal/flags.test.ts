import { describe, expect, it } from 'vitest';
import { LeverError } from '../../core/errors.js';
import { defined, flagHint, hinted, numeric, requireYes } from './flags.js';

describe('numeric', () => {
  it('reads numbers written as numbers', () => {
    expect(numeric('3')).toBe(3);
    expect(numeric(' 4 ')).toBe(4);
    expect(numeric('-1')).toBe(-1);
    expect(numeric('2.5')).toBe(2.5);
    expect(numeric('.5')).toBe(0.5);
  });

  it('keeps anything else as text, so that validation refuses it by name (never 0 for "")', () => {
    for (const text of ['', ' ', 'abc', '0x10', '1e3', 'Infinity', 'NaN', '3 hours']) {
      expect(numeric(text)).toBe(text);
    }
    expect(numeric(undefined)).toBeUndefined();
  });
});

describe('defined', () => {
  it('drops only the undefined entries', () => {
    expect(defined({ a: 1, b: undefined, c: '', d: 0 })).toEqual({ a: 1, c: '', d: 0 });
  });
});

describe('hinted', () => {
  it('adds to each problem the flag that sets the field and what it takes', async () => {
    const failing = () =>
      Promise.reject(
        new LeverError('invalid_input', 'invalid check-in', {
          problems: [
            { path: 'progress', message: '7 is too large; at most 4 allowed' },
            { path: 'steps[1]', message: 'is empty' },
            { path: 'unknownField', message: 'is not allowed' },
          ],
        }),
      );
    const error = await hinted(failing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeverError);
    const problems = (error as LeverError).problems;
    expect(problems[0]?.message).toMatch(/^7 is too large; at most 4 allowed; --progress takes .*0 to 4/);
    expect(problems[1]?.message).toContain('--step');
    expect(problems[2]?.message).toBe('is not allowed');
    expect((error as LeverError).message).toBe('invalid check-in');
  });

  it('passes other errors and results through unchanged', async () => {
    const notFound = new LeverError('not_found', 'no experiment');
    await expect(hinted(() => Promise.reject(notFound))).rejects.toBe(notFound);
    await expect(hinted(() => Promise.resolve(42))).resolves.toBe(42);
  });

  it('knows the flags of dates', () => {
    expect(flagHint('startedOn')).toContain('--start');
    expect(flagHint('finishedOn')).toContain('--date');
    expect(flagHint('finishedOn')).toContain('(or its last check-in) to today');
    expect(flagHint('constructor')).toBeUndefined();
  });
});

describe('requireYes', () => {
  it('refuses without --yes as invalid input, and allows with it', () => {
    expect(() => requireYes(undefined, 'ask "x"')).toThrow(/--yes/);
    expect(() => requireYes(true, 'ask "x"')).not.toThrow();
  });
});
