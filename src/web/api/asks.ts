/**
 * Concrete asks for a lab: `GET|POST /asks`, `GET|PUT|DELETE /asks/{id}`, and
 * `GET /asks/{id}/markdown`, the ask as a document to send, with the builder's checks. A PUT
 * replaces the whole ask, so its body is a whole ask, validated like a new one.
 */
import { Hono } from 'hono';
import type { AppDeps } from '../deps.js';
import { readJsonBody } from '../http/body.js';
import { jsonResponse } from '../http/json.js';
import { apiUrl, MARKDOWN_CONTENT_TYPE, textResponse } from './journal-http.js';

/** The ask routes. */
export function askRoutes({ journal }: AppDeps): Hono {
  const routes = new Hono();

  routes.get('/asks', async () => jsonResponse(await journal.asks()));

  routes.post('/asks', async (c) => {
    const created = await journal.createAsk(await readJsonBody(c));
    return jsonResponse(created, 201, { location: apiUrl(c.req.path, 1, 'asks', created.id) });
  });

  routes.get('/asks/:id', async (c) => jsonResponse(await journal.ask(c.req.param('id'))));

  routes.put('/asks/:id', async (c) =>
    jsonResponse(await journal.updateAsk(c.req.param('id'), await readJsonBody(c))),
  );

  routes.delete('/asks/:id', async (c) => {
    await journal.deleteAsk(c.req.param('id'));
    return c.body(null, 204);
  });

  routes.get('/asks/:id/markdown', async (c) =>
    textResponse(await journal.askDocument(c.req.param('id')), MARKDOWN_CONTENT_TYPE),
  );

  return routes;
}
