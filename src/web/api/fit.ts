/**
 * `GET /fit?profile=ID`: every path's fit from a saved profile and everything logged, with its
 * signal (the report `lever fit --json` prints), and how the estimates moved day by day. Without
 * `profile`, the most recently updated saved profile is used, or none (a neutral start).
 */
import { Hono } from 'hono';
import type { AppDeps } from '../deps.js';
import { validate } from '../http/body.js';
import { jsonResponse } from '../http/json.js';
import { FitQuery } from './journal-schemas.js';

/**
 * A query string as a schema sees it: each parameter's value as a string. A repeated parameter
 * stays a list, so the schema refuses it rather than one value silently winning.
 */
export function singleValuedQuery(queries: Record<string, string[]>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(queries).map(([name, values]) => [name, values.length === 1 ? values[0] : values]),
  );
}

/** The fit route. */
export function fitRoutes({ journal }: AppDeps): Hono {
  const routes = new Hono();
  routes.get('/fit', async (c) => {
    const query = validate(FitQuery, singleValuedQuery(c.req.queries()), 'fit query');
    const { saved, profile } = await journal.profile(query.profile);
    const { report, history } = await journal.fit(profile);
    return jsonResponse({ profile: saved ? { id: saved.id, name: saved.name } : null, report, history });
  });
  return routes;
}
