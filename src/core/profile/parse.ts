/** Validates an untrusted profile (from a file, stdin, a form or an API body). */
import { fail, ok, type Result } from '../result.js';
import { problemsFromZod } from '../validation.js';
import { Profile } from './schema.js';

/** Parses a profile; problems name the field, the value and what is allowed. */
export function parseProfile(raw: unknown): Result<Profile> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail([{ path: '', message: 'a profile must be a JSON object, e.g. {"stage": "student"}' }]);
  }
  const parsed = Profile.safeParse(raw);
  return parsed.success ? ok(parsed.data) : fail(problemsFromZod(parsed.error, raw, Profile));
}

/** Parses profile JSON text; a syntax error is reported as a problem, not thrown. */
export function parseProfileJson(text: string): Result<Profile> {
  if (text.trim() === '')
    return fail([{ path: '', message: 'the profile is empty; expected a JSON object' }]);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail([{ path: '', message: `not valid JSON: ${(error as Error).message}` }]);
  }
  return parseProfile(raw);
}
