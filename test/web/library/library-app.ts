/** The library routes mounted in a bare Hono app, on the real knowledge base, search index and store. */
import { Hono } from 'hono';
import { loadKnowledgeBase } from '../../../src/content/load-kb.js';
import { loadRules } from '../../../src/content/load-rules.js';
import { createAdviceContext } from '../../../src/core/advice/context.js';
import { buildSearchIndex } from '../../../src/core/search/search-index.js';
import { openSqliteStore } from '../../../src/store/sqlite.js';
import type { AppDeps } from '../../../src/web/deps.js';
import { libraryRoutes } from '../../../src/web/pages/library/routes.js';

export interface LibraryApp {
  app: Hono;
  deps: AppDeps;
  /** GETs a path and returns the status and the body as text. */
  get(path: string): Promise<{ status: number; html: string; type: string | null }>;
  close(): Promise<void>;
}

/** Builds the app once per test file: indexing the knowledge base is the slow part. */
export async function libraryApp(): Promise<LibraryApp> {
  const ikb = loadKnowledgeBase();
  const deps: AppDeps = {
    store: await openSqliteStore({ file: ':memory:' }),
    advice: createAdviceContext(ikb, loadRules()),
    search: buildSearchIndex(ikb),
  };
  const app = new Hono();
  app.route('/', libraryRoutes(deps));
  return {
    app,
    deps,
    async get(path) {
      const response = await app.request(path);
      return {
        status: response.status,
        html: await response.text(),
        type: response.headers.get('content-type'),
      };
    },
    close: () => deps.store.close(),
  };
}
