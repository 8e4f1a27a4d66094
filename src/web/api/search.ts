/** `GET /search?q=&kind=&limit=`: ranked full-text search, the same results as `lever search --json`. */
import { Hono } from 'hono';
import { search } from '../../core/search/search-index.js';
import type { AppDeps } from '../deps.js';
import { validate } from '../http/body.js';
import { jsonResponse } from '../http/json.js';
import { SEARCH_DEFAULT_LIMIT, SearchQuery } from './schemas.js';

/**
 * The query string as the schema sees it: single values as strings, `kind` as a list gathered from
 * repeated and comma-separated values. A repeated single-valued parameter stays a list, so the
 * schema rejects it rather than one value silently winning.
 */
export function searchInput(queries: Record<string, string[]>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [name, values] of Object.entries(queries)) {
    if (name === 'kind') {
      input.kind = values.flatMap((v) => v.split(',')).filter((v) => v.trim() !== '');
    } else {
      input[name] = values.length === 1 ? values[0] : values;
    }
  }
  return input;
}

/** The search route. */
export function searchRoutes(deps: AppDeps): Hono {
  const routes = new Hono();
  routes.get('/search', (c) => {
    const query = validate(SearchQuery, searchInput(c.req.queries()), 'search query');
    const results = search(deps.search, query.q, {
      kinds: query.kind ?? [],
      limit: query.limit ?? SEARCH_DEFAULT_LIMIT,
    });
    return jsonResponse(results);
  });
  return routes;
}
