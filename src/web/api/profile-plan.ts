/**
 * `GET /profiles/{id}/plan`: the plan for a saved profile, moved by everything the person has
 * logged in their journal, so it changes as they log. With an empty journal it is byte for byte
 * what `POST /advice` gives for the same profile (which stays stateless).
 */
import { Hono } from 'hono';
import { LeverError } from '../../core/errors.js';
import { parseProfile } from '../../core/profile/parse.js';
import type { AppDeps } from '../deps.js';
import { jsonResponse } from '../http/json.js';
import { savedProfile } from './profiles.js';

/** The saved-profile plan route. */
export function profilePlanRoutes(deps: AppDeps): Hono {
  const routes = new Hono();
  routes.get('/profiles/:id/plan', async (c) => {
    const saved = await savedProfile(deps, c.req.param('id'));
    // Saved profiles were valid when saved, but a later version of Lever may have retired a slug
    // they use: that is a conflict to resolve by editing the profile, not a server failure.
    const profile = parseProfile(saved.profile);
    if (!profile.ok) {
      throw new LeverError(
        'conflict',
        `the saved profile "${saved.name}" no longer fits this version of Lever; edit it to fix the fields below`,
        { problems: profile.problems },
      );
    }
    return jsonResponse(await deps.journal.plan(profile.value));
  });
  return routes;
}
