/**
 * The web app: the JSON API under /api/v1 and the pages everywhere else, over one set of
 * dependencies built once at start-up. Failures end in one place (http/handlers.ts).
 */
import { Hono } from 'hono';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { adviceRoutes } from './api/advice.js';
import { askRoutes } from './api/asks.js';
import { experimentRoutes } from './api/experiments.js';
import { expertiseRoutes } from './api/expertise.js';
import { fitRoutes } from './api/fit.js';
import { journalExportRoutes } from './api/journal-exports.js';
import { kbRoutes } from './api/kb.js';
import { openApiRoutes } from './api/openapi.js';
import { profilePlanRoutes } from './api/profile-plan.js';
import { profileRoutes } from './api/profiles.js';
import { searchRoutes } from './api/search.js';
import type { AppDeps } from './deps.js';
import { limitBody } from './http/body.js';
import { refuseCrossSiteWrites } from './http/cross-site.js';
import { handleError, handleMethodNotAllowed, handleNotFound } from './http/handlers.js';
import { securityHeaders } from './http/security-headers.js';
import { pageRoutes } from './pages/routes.js';

/** The API, version 1: one sub-app per resource. */
function apiV1(deps: AppDeps): Hono {
  const api = new Hono();
  api.use('*', limitBody);
  for (const routes of [
    adviceRoutes(deps),
    kbRoutes(deps),
    searchRoutes(deps),
    profileRoutes(deps),
    profilePlanRoutes(deps),
    experimentRoutes(deps),
    expertiseRoutes(deps),
    fitRoutes(deps),
    askRoutes(deps),
    journalExportRoutes(deps),
    openApiRoutes(),
  ]) {
    api.route('/', routes);
  }
  return api;
}

/** Builds the app; serve it with @hono/node-server, or call `app.request(...)` in tests. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.use(securityHeaders);
  app.use('/api/*', refuseCrossSiteWrites);
  // Turns the 404 of a known path asked with the wrong method into a 405 naming the allowed ones.
  app.use(methodNotAllowed({ app, onMethodNotAllowed: handleMethodNotAllowed }));
  app.route('/api/v1', apiV1(deps));
  app.route('/', pageRoutes(deps));
  app.onError(handleError);
  app.notFound(handleNotFound);
  return app;
}
