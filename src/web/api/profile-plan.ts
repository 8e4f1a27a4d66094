/** `GET /profiles/{id}/plan`: the plan for a saved profile, the same bytes as `POST /advice` gives. */
import { Hono } from 'hono';
import type { AppDeps } from '../deps.js';
import { jsonResponse } from '../http/json.js';
import { planOrThrow } from './advice.js';
import { savedProfile } from './profiles.js';

/** The saved-profile plan route. */
export function profilePlanRoutes(deps: AppDeps): Hono {
  const routes = new Hono();
  routes.get('/profiles/:id/plan', async (c) => {
    const saved = await savedProfile(deps, c.req.param('id'));
    // Saved profiles were valid when saved, but a later version of Lever may have retired a slug
    // they use: that is a conflict to resolve by editing the profile, not a server failure.
    const plan = planOrThrow(
      saved.profile,
      deps.advice,
      'conflict',
      `the saved profile "${saved.name}" no longer fits this version of Lever; edit it to fix the fields below`,
    );
    return jsonResponse(plan);
  });
  return routes;
}
