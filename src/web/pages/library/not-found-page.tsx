/** The page for an id no item has: the closest ids, and a search for the words instead. */
import type { IndexedKnowledgeBase } from '../../../core/kb/items.js';
import { LIBRARY_URL, libraryItemUrl } from '../urls.js';
import { PageFrame } from './page-frame.js';
import { KindBadge } from './parts.js';

/** "Did you mean": links to the suggested items, then a way to search or browse. */
export function ItemNotFoundPage(props: {
  ikb: IndexedKnowledgeBase;
  id: string;
  suggestions: readonly string[];
}) {
  const { ikb, id, suggestions } = props;
  const words = id.replace(/[-_]+/g, ' ').trim();
  return (
    <PageFrame ikb={ikb} title="Not found" current="library">
      <div class="page-header">
        <h1>Not in the library</h1>
        <p class="lede">
          No item has the id <code>{id}</code>.
        </p>
      </div>
      {suggestions.length > 0 ? (
        <section class="measure" aria-labelledby="did-you-mean" data-testid="suggestions">
          <h2 id="did-you-mean">Did you mean</h2>
          <ul class="ref-list">
            {suggestions.map((suggestion) => {
              const entry = ikb.byId.get(suggestion);
              return (
                <li>
                  <a href={libraryItemUrl(suggestion)}>{entry?.item.title ?? suggestion}</a>{' '}
                  {entry ? <KindBadge kind={entry.kind} /> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <p class="actions">
        {words === '' ? null : (
          <a class="button primary" href={`${LIBRARY_URL}?q=${encodeURIComponent(words)}`}>
            Search the library for “{words}”
          </a>
        )}
        <a class="button" href={LIBRARY_URL}>
          Browse every item
        </a>
      </p>
    </PageFrame>
  );
}
