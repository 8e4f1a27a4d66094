/** The home page. */
import { Hono } from 'hono';
import type { AppDeps } from '../../deps.js';
import { renderPage } from '../render.js';
import { HomePage } from './home.js';

export function homeRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const saved = await deps.store.listProfiles();
    return renderPage(c, <HomePage source={deps.advice.ikb.kb.source} savedCount={saved.length} />);
  });
  return app;
}
