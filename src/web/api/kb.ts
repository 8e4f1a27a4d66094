/** `GET /kb` (the whole knowledge base) and `GET /kb/{id}` (one item, as `lever show --json` gives it). */
import { Hono } from 'hono';
import { LeverError } from '../../core/errors.js';
import { itemView } from '../../core/kb/item-view.js';
import { suggestIds } from '../../core/search/suggest.js';
import type { AppDeps } from '../deps.js';
import { jsonResponse } from '../http/json.js';

/** The knowledge-base routes. */
export function kbRoutes(deps: AppDeps): Hono {
  const { ikb } = deps.advice;
  const routes = new Hono();
  routes.get('/kb', () => jsonResponse(ikb.kb));
  routes.get('/kb/:id', (c) => {
    const id = c.req.param('id');
    // Ids are lowercase; accept any case, as `lever show` does.
    const entry = ikb.byId.get(id.trim().toLowerCase());
    if (!entry) {
      throw new LeverError('not_found', `unknown id "${id}"`, { suggestions: suggestIds(ikb, id, 3) });
    }
    return jsonResponse(itemView(ikb, entry));
  });
  return routes;
}
