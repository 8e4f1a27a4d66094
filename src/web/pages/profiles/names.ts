/** Names of saved profiles: user text, so checked at the edge and always escaped when shown. */
import { fail, ok, type Result } from '../../../core/result.js';
import { PROFILE_NAME_MAX_LENGTH } from '../../../store/profile-input.js';

export { PROFILE_NAME_MAX_LENGTH };

/** A trimmed name of 1 to 100 characters (the store's rule), or a problem a person can act on. */
export function parseProfileName(raw: unknown): Result<string> {
  const name = typeof raw === 'string' ? raw.trim() : '';
  if (name === '') return fail([{ path: 'name', message: 'Give the profile a name, for example "me now".' }]);
  // Count characters as a person sees them, not UTF-16 units, so an emoji counts once.
  const length = [...name].length;
  if (length > PROFILE_NAME_MAX_LENGTH) {
    return fail([
      {
        path: 'name',
        message: `The name is ${length} characters long; at most ${PROFILE_NAME_MAX_LENGTH} are allowed.`,
      },
    ]);
  }
  return ok(name);
}
