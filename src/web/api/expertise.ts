/**
 * Governance expertise plans: `POST /topics/{id}/claim` claims one of the governance topics (a
 * six-month plan, kept as an experiment of kind `expertise`), and `GET /experiments/{id}/expertise`
 * gives its plan and the progress through it. Asking for the expertise view of a fit test is a 400:
 * the request names something that has no such view, which no later state of the journal changes.
 */
import { Hono } from 'hono';
import type { AppDeps } from '../deps.js';
import { validate } from '../http/body.js';
import { jsonResponse } from '../http/json.js';
import { apiUrl, readOptionalJsonBody } from './journal-http.js';
import { TopicClaimBody } from './journal-schemas.js';

/** The expertise routes. */
export function expertiseRoutes({ journal }: AppDeps): Hono {
  const routes = new Hono();

  routes.post('/topics/:id/claim', async (c) => {
    const body = validate(TopicClaimBody, await readOptionalJsonBody(c), 'topic claim');
    const created = await journal.claimTopic({ ...body, topicId: c.req.param('id') });
    return jsonResponse(created, 201, { location: apiUrl(c.req.path, 3, 'experiments', created.id) });
  });

  routes.get('/experiments/:id/expertise', async (c) =>
    jsonResponse(await journal.expertise(c.req.param('id'))),
  );

  return routes;
}
