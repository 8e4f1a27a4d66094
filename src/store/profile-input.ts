/**
 * The store's own checks on what it is asked to write. Callers validate first; these run again
 * here so that no code path can save a row that a later read would reject.
 */
import { LeverError } from '../core/errors.js';
import { SAVED_PROFILE_NAME_MAX_LENGTH } from '../core/export/schema.js';
import { parseProfile } from '../core/profile/parse.js';
import type { Profile } from '../core/profile/schema.js';
import { describeValue, type Problem } from '../core/validation.js';

/** One rule for names, shared with the export document's schema. */
export const PROFILE_NAME_MAX_LENGTH = SAVED_PROFILE_NAME_MAX_LENGTH;

/**
 * NUL cannot be stored in PostgreSQL text or jsonb, and a lone surrogate half would be silently
 * replaced on the way to UTF-8; rejecting both keeps the engines identical and storage verbatim.
 */
export const unstorable = (text: string): boolean => text.includes('\u0000') || /\p{Cs}/u.test(text);

/** The trimmed name, or an 'invalid_input' error naming the `name` field. */
export function checkProfileName(name: unknown): string {
  if (typeof name !== 'string') {
    return throwProblem({
      path: 'name',
      message: `${describeValue(name)} is not text; the name must be text`,
    });
  }
  const trimmed = name.trim();
  // Counted in characters (code points), so an emoji counts once, as a person would count it.
  const length = [...trimmed].length;
  if (length < 1 || length > PROFILE_NAME_MAX_LENGTH) {
    return throwProblem({
      path: 'name',
      message: `${describeValue(trimmed)} has ${length} characters after trimming; a name must have 1 to ${PROFILE_NAME_MAX_LENGTH}`,
    });
  }
  if (unstorable(trimmed)) {
    return throwProblem({
      path: 'name',
      message: `${describeValue(trimmed)} contains a NUL or an unpaired surrogate, which cannot be stored`,
    });
  }
  return trimmed;
}

/** The profile as JSON text, or an 'invalid_input' error naming the offending `profile.…` field. */
export function encodeProfile(profile: unknown): string {
  const parsed = parseProfile(profile);
  if (!parsed.ok) {
    const problems = parsed.problems.map((p) => ({ ...p, path: p.path ? `profile.${p.path}` : 'profile' }));
    throw new LeverError('invalid_input', problems.map((p) => `${p.path}: ${p.message}`).join('; '), {
      problems,
    });
  }
  const badPath = findUnstorable(parsed.value, 'profile');
  if (badPath !== undefined) {
    return throwProblem({
      path: badPath,
      message: 'contains a NUL or an unpaired surrogate, which cannot be stored',
    });
  }
  return JSON.stringify(parsed.value);
}

/** Validates a stored document; a corrupt row is an 'internal' error naming the row, never a half-read profile. */
export function decodeProfile(raw: unknown, rowId: string): Profile {
  const parsed = parseProfile(raw);
  if (parsed.ok) return parsed.value;
  const detail = parsed.problems.map((p) => `${p.path || '(whole profile)'}: ${p.message}`).join('; ');
  throw new LeverError(
    'internal',
    `the stored profile in row ${JSON.stringify(rowId)} is corrupt: ${detail}`,
  );
}

function throwProblem(problem: Problem): never {
  throw new LeverError('invalid_input', `${problem.path}: ${problem.message}`, { problems: [problem] });
}

/** The path of the first string inside `value` that cannot be stored, if any. */
export function findUnstorable(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return unstorable(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findUnstorable(item, `${path}[${i}]`);
      if (found !== undefined) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findUnstorable(item, `${path}.${key}`);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
