/**
 * Fit experiments and their check-ins: `GET|POST /experiments`, `GET|DELETE /experiments/{id}`,
 * `POST /experiments/{id}/check-ins`, `DELETE /experiments/{id}/check-ins/{checkInId}` and
 * `POST /experiments/{id}/finish`. Bodies go to the journal service as they came, so the API, the
 * CLI and the pages accept and refuse exactly the same input; logging to, deleting a check-in of or
 * finishing a finished experiment is a 409 that changes nothing.
 */
import { Hono } from 'hono';
import type { AppDeps } from '../deps.js';
import { readJsonBody } from '../http/body.js';
import { jsonResponse } from '../http/json.js';
import { apiUrl, readOptionalJsonBody } from './journal-http.js';

/** The experiment routes. */
export function experimentRoutes({ journal }: AppDeps): Hono {
  const routes = new Hono();

  routes.get('/experiments', async () => jsonResponse(await journal.experiments()));

  routes.post('/experiments', async (c) => {
    const created = await journal.startExperiment(await readJsonBody(c));
    return jsonResponse(created, 201, { location: apiUrl(c.req.path, 1, 'experiments', created.id) });
  });

  routes.get('/experiments/:id', async (c) => jsonResponse(await journal.experiment(c.req.param('id'))));

  routes.delete('/experiments/:id', async (c) => {
    await journal.deleteExperiment(c.req.param('id'));
    return c.body(null, 204);
  });

  // A check-in has no URL of its own: the answer is the experiment with the new check-in in place.
  routes.post('/experiments/:id/check-ins', async (c) =>
    jsonResponse(await journal.logCheckIn(c.req.param('id'), await readJsonBody(c))),
  );

  // Corrects a mis-logged check-in. Like logging one, the answer is the experiment as it now is.
  routes.delete('/experiments/:id/check-ins/:checkInId', async (c) =>
    jsonResponse(await journal.deleteCheckIn(c.req.param('id'), c.req.param('checkInId'))),
  );

  routes.post('/experiments/:id/finish', async (c) =>
    jsonResponse(await journal.finishExperiment(c.req.param('id'), await readOptionalJsonBody(c))),
  );

  return routes;
}
