/** The library routes mounted in a bare Hono app, on the real knowledge base, search index and store. */
import { Hono } from 'hono';
import { openSqliteStore } from '../../../src/store/sqlite.js';
import type { AppDeps } from '../../../src/web/deps.js';
import { libraryRoutes } from '../../../src/web/pages/library/routes.js';
import { loadAppDeps } from '../../../src/web/server.js';

export interface LibraryApp {
  app: Hono;
  deps: AppDeps;
  /** GETs a path and returns the status and the body as text. */
  get(path: string): Promise<{ status: number; html: string; type: string | null }>;
  close(): Promise<void>;
}

/** Builds the app once per test file: indexing the knowledge base is the slow part. */
export async function libraryApp(): Promise<LibraryApp> {
  const store = await openSqliteStore({ file: ':memory:' });
  const deps: AppDeps = loadAppDeps(store);
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
