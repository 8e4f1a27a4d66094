/**
 * The person-facing pages, mounted by `createApp` at "/": static assets, home, questionnaire,
 * plan and its downloads, saved profiles, comparison, and the knowledge-base pages (library,
 * item pages, field map).
 */
import { Hono } from 'hono';
import type { AppDeps } from '../deps.js';
import { assetRoutes } from './assets.js';
import { compareRoutes } from './compare/routes.js';
import { homeRoutes } from './home/routes.js';
import { libraryRoutes } from './library/routes.js';
import { planRoutes } from './plan/routes.js';
import { profilePageRoutes } from './profiles/routes.js';
import { startRoutes } from './start/routes.js';

/** Every page route, over the app's shared dependencies. */
export function pageRoutes(deps: AppDeps): Hono {
  const pages = new Hono();
  for (const routes of [
    assetRoutes(),
    homeRoutes(deps),
    startRoutes(deps),
    planRoutes(deps),
    profilePageRoutes(deps),
    compareRoutes(deps),
    libraryRoutes(deps),
  ]) {
    pages.route('/', routes);
  }
  return pages;
}
