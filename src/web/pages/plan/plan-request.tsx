/**
 * Reading the profile a plan URL carries, for every route that shows or compares one: a shared
 * link's plan comes from these answers alone (see plan-view.tsx), wherever it is opened.
 */
import type { Profile } from '../../../core/profile/schema.js';
import { fail, ok, type Result } from '../../../core/result.js';
import { decodeProfileParam, encodeProfileParam } from '../profile-param.js';

/** A profile from a link, with its canonical `p`. */
export interface LinkedProfile {
  profile: Profile;
  p: string;
}

/** The profile in a query parameter (default `p`); problems name the parameter when it is missing or broken. */
export function linkedProfile(value: string | undefined, param = 'p'): Result<LinkedProfile> {
  if (value === undefined || value === '') {
    return fail([{ path: param, message: 'is required: the link carries no profile' }]);
  }
  const profile = decodeProfileParam(value, param);
  return profile.ok ? ok({ profile: profile.value, p: encodeProfileParam(profile.value) }) : profile;
}
