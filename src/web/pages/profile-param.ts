/**
 * A profile carried in a URL (`?p=`): base64url of the profile's JSON. The link is the only copy;
 * nothing is stored on the server, so a plan can be shared or bookmarked without an account.
 */
import { parseProfile } from '../../core/profile/parse.js';
import type { Profile } from '../../core/profile/schema.js';
import { fail, type Result } from '../../core/result.js';

/**
 * The longest `p` accepted. A full profile with 5,000 characters of notes stays well below it;
 * anything longer is not a profile Lever wrote.
 */
export const MAX_PARAM_LENGTH = 32_000;

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** The `p` value for a profile. Validated profiles have a canonical field order, so equal profiles give equal links. */
export function encodeProfileParam(profile: Profile): string {
  return Buffer.from(JSON.stringify(profile), 'utf8').toString('base64url');
}

/** Decodes and validates `p`; every failure is a problem naming the field, never an exception. */
export function decodeProfileParam(p: string, param = 'p'): Result<Profile> {
  if (p.length > MAX_PARAM_LENGTH) {
    return fail([{ path: param, message: `is too long: at most ${MAX_PARAM_LENGTH} characters allowed` }]);
  }
  if (!BASE64URL.test(p)) {
    return fail([
      {
        path: param,
        message: 'is not a Lever profile link: expected letters, digits, "-" and "_" only (base64url)',
      },
    ]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(p, 'base64url').toString('utf8'));
  } catch {
    return fail([{ path: param, message: 'is not a Lever profile link: it does not decode to JSON' }]);
  }
  return parseProfile(raw);
}
