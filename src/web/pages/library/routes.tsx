/**
 * The knowledge-base pages: the library (/library), one page per item (/library/{id}) and the
 * field map (/map). Server-rendered and complete without JavaScript; the search island only
 * makes the library answer as the reader types.
 */
import { type Context, Hono } from 'hono';
import { itemView } from '../../../core/kb/item-view.js';
import type { KbItem } from '../../../core/kb/items.js';
import { suggestIds } from '../../../core/search/suggest.js';
import type { AppDeps } from '../../deps.js';
import type { RefusedForm } from '../form-errors.js';
import { MapPage } from '../map/map-page.js';
import { renderPage } from '../render.js';
import { FIELD_MAP_URL, LIBRARY_URL } from '../urls.js';
import { ItemPage } from './item-page.js';
import { LibraryPage } from './library-page.js';
import { libraryListing } from './listing.js';
import { ItemNotFoundPage } from './not-found-page.js';
import { parseLibraryQuery } from './query.js';
import { Results } from './results.js';

/**
 * Where the island fetches the results region. The underscore keeps it apart from item pages:
 * item ids are lowercase words and hyphens, so no item can ever be called "_results".
 */
export const RESULTS_FRAGMENT_PATH = `${LIBRARY_URL}/_results`;

/** The active experiment started from a topic (claimed) or a fit test, for the item's page. */
async function runningFrom(deps: AppDeps, entry: KbItem): Promise<string | undefined> {
  if (entry.kind !== 'topic' && entry.kind !== 'fit-test') return undefined;
  const experiments = await deps.journal.experiments();
  const running = experiments.find(
    (e) => e.status === 'active' && (entry.kind === 'topic' ? e.topicId : e.testId) === entry.item.id,
  );
  return running?.id;
}

/**
 * An item's page; `start` is a refused claim posted from it (a topic's page), shown again with
 * its problem and the status of the refusal.
 */
export async function renderItemPage(
  c: Context,
  deps: AppDeps,
  entry: KbItem,
  start?: RefusedForm,
  status: 200 | 400 | 409 = 200,
) {
  const { ikb } = deps.advice;
  if (start) c.header('Cache-Control', 'no-store');
  const page = (
    <ItemPage
      ikb={ikb}
      entry={entry}
      view={itemView(ikb, entry)}
      today={deps.journal.today()}
      running={await runningFrom(deps, entry)}
      start={start}
    />
  );
  return renderPage(c, page, status);
}

/** The library and field-map routes, to mount at "/". */
export function libraryRoutes(deps: AppDeps): Hono {
  const ikb = deps.advice.ikb;
  const app = new Hono();

  app.get(LIBRARY_URL, (c) => {
    const { query, problems } = parseLibraryQuery(c.req.query());
    const listing = libraryListing(ikb, deps.search, query);
    const page = <LibraryPage ikb={ikb} query={query} problems={problems} listing={listing} />;
    return renderPage(c, page, problems.length > 0 ? 400 : 200);
  });

  app.get(RESULTS_FRAGMENT_PATH, (c) => {
    // The island sends only values its own form offers, so a bad one is simply left out here.
    const { query } = parseLibraryQuery(c.req.query());
    const listing = libraryListing(ikb, deps.search, query);
    return c.html(<Results query={query} listing={listing} />);
  });

  app.get(`${LIBRARY_URL}/:id`, async (c) => {
    const id = c.req.param('id');
    const entry = ikb.byId.get(id);
    if (!entry) {
      return renderPage(c, <ItemNotFoundPage ikb={ikb} id={id} suggestions={suggestIds(ikb, id)} />, 404);
    }
    return renderItemPage(c, deps, entry);
  });

  app.get(FIELD_MAP_URL, (c) => renderPage(c, <MapPage ikb={ikb} />));

  return app;
}
