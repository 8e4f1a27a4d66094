import { describe, expect, it } from 'vitest';
import { LeverError } from '../../core/errors.js';
import { resolveId, shortId } from './ids.js';

const KIND = { name: 'experiment', listedBy: '"lever experiments" lists them with their ids' };
const IDS = [
  '3f2a9c1b-aaaa-4bbb-8ccc-000000000001',
  '3f2a1111-aaaa-4bbb-8ccc-000000000002',
  '77e0d00d-0000-4000-8000-000000000003',
];

function failure(typed: string): LeverError {
  try {
    resolveId(typed, IDS, KIND);
  } catch (error) {
    if (error instanceof LeverError) return error;
  }
  throw new Error(`expected "${typed}" to be refused`);
}

describe('resolveId', () => {
  it('takes a full id, or a unique prefix of at least four characters', () => {
    expect(resolveId(IDS[0] ?? '', IDS, KIND)).toBe(IDS[0]);
    expect(resolveId('77e0', IDS, KIND)).toBe(IDS[2]);
    expect(resolveId('3F2A9C1B', IDS, KIND)).toBe(IDS[0]);
    expect(resolveId(` ${shortId(IDS[1] ?? '')} `, IDS, KIND)).toBe(IDS[1]);
  });

  it('refuses an ambiguous prefix as invalid input, offering the candidates', () => {
    const error = failure('3f2a');
    expect(error.code).toBe('invalid_input');
    expect(error.suggestions).toEqual(['3f2a9c1b', '3f2a1111']);
  });

  it('refuses an unknown id as not found, saying where ids are listed', () => {
    const error = failure('ffff');
    expect(error.code).toBe('not_found');
    expect(error.message).toBe(
      'no experiment has the id "ffff"; "lever experiments" lists them with their ids',
    );
  });

  it('refuses a prefix too short to trust as invalid input, saying how many characters it takes', () => {
    const short = failure('77e');
    expect(short.code).toBe('invalid_input');
    expect(short.message).toBe(
      '"77e" is too short: give at least 4 characters of the experiment\'s id; "lever experiments" lists them with their ids',
    );
    expect(failure(' ').code).toBe('invalid_input');
    expect(failure('').message).toMatch(/^no id was given: give at least 4 characters/);
  });
});
