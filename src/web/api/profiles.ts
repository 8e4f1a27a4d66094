/**
 * Saved profiles: `POST /profiles`, `GET /profiles`, and `GET|PUT|DELETE /profiles/{id}`. Bodies
 * are validated whole before the store is touched, so a bad request never changes what is saved.
 */
import { Hono } from 'hono';
import { LeverError } from '../../core/errors.js';
import type { ProfilePatch, SavedProfile } from '../../store/types.js';
import type { AppDeps } from '../deps.js';
import { readBody } from '../http/body.js';
import { jsonResponse } from '../http/json.js';
import { NewProfileBody, ProfilePatchBody } from './schemas.js';

/** The error for an id no saved profile has. */
function unknownProfile(id: string): LeverError {
  return new LeverError('not_found', `no saved profile has the id "${id}"`);
}

/** The saved profile with this id, or a not-found error. */
export async function savedProfile(deps: AppDeps, id: string): Promise<SavedProfile> {
  const saved = await deps.store.getProfile(id);
  if (!saved) throw unknownProfile(id);
  return saved;
}

/** The profile routes. */
export function profileRoutes(deps: AppDeps): Hono {
  const { store } = deps;
  const routes = new Hono();

  routes.post('/profiles', async (c) => {
    const body = await readBody(c, NewProfileBody, 'profile to save');
    const saved = await store.createProfile(body);
    return jsonResponse(saved, 201, { location: `${c.req.path}/${encodeURIComponent(saved.id)}` });
  });

  routes.get('/profiles', async () => jsonResponse(await store.listProfiles()));

  routes.get('/profiles/:id', async (c) => jsonResponse(await savedProfile(deps, c.req.param('id'))));

  routes.put('/profiles/:id', async (c) => {
    const id = c.req.param('id');
    const { name, profile } = await readBody(c, ProfilePatchBody, 'changes to the profile');
    const patch: ProfilePatch = {};
    if (name !== undefined) patch.name = name;
    if (profile !== undefined) patch.profile = profile;
    const updated = await store.updateProfile(id, patch);
    if (!updated) throw unknownProfile(id);
    return jsonResponse(updated);
  });

  routes.delete('/profiles/:id', async (c) => {
    const id = c.req.param('id');
    if (!(await store.deleteProfile(id))) throw unknownProfile(id);
    return c.body(null, 204);
  });

  return routes;
}
