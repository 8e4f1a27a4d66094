/**
 * The person-facing pages, mounted by `createApp` at "/": static assets, home, questionnaire,
 * plan and its downloads, saved profiles, comparison, the knowledge-base pages (library, item
 * pages, field map), the journal (experiments, fit over time, expertise plans, concrete asks
 * and the journal's exports), and "Your data" (export, import, backup, delete everything).
 */
import { Hono } from 'hono';
import type { AppDeps } from '../deps.js';
import { askRoutes } from './asks/routes.js';
import { assetRoutes } from './assets.js';
import { compareRoutes } from './compare/routes.js';
import { experimentRoutes } from './experiments/routes.js';
import { expertiseRoutes } from './expertise/routes.js';
import { fitRoutes } from './fit/routes.js';
import { homeRoutes } from './home/routes.js';
import { journalExportRoutes } from './journal/routes.js';
import { libraryRoutes } from './library/routes.js';
import { planRoutes } from './plan/routes.js';
import { profilePageRoutes } from './profiles/routes.js';
import { settingsRoutes } from './settings/routes.js';
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
    experimentRoutes(deps),
    fitRoutes(deps),
    expertiseRoutes(deps),
    askRoutes(deps),
    journalExportRoutes(deps),
    settingsRoutes(deps),
  ]) {
    pages.route('/', routes);
  }
  return pages;
}
