/**
 * What the library shows for a query: every item (browsing) or the search's ranked results, narrowed
 * by kind, direction and cluster. Pure: the page and the as-you-type fragment both render this.
 */
import { type IndexedKnowledgeBase, type ItemKind, itemSummary } from '../../../core/kb/items.js';
import { type SearchIndex, search } from '../../../core/search/search-index.js';
import { excerpt, snippetPassage } from '../../../core/search/snippet.js';
import type { LibraryQuery } from './query.js';
import { clusterScope, neighbourhood } from './scope.js';

export interface LibraryRow {
  id: string;
  kind: ItemKind;
  title: string;
  /** The search snippet, or the start of the summary when browsing. */
  text: string;
}

export interface LibraryListing {
  /** True when the query had words to search for: rows are then ranked, best first. */
  searched: boolean;
  rows: LibraryRow[];
  /** How many items matched; more than `rows.length` when the list was cut. */
  total: number;
}

/** Enough results to scan; past this, narrowing the search serves the reader better than scrolling. */
export const MAX_RESULTS = 50;

function scopeOf(ikb: IndexedKnowledgeBase, query: LibraryQuery): Set<string> | undefined {
  const scopes: Set<string>[] = [];
  if (query.direction) scopes.push(neighbourhood(ikb, query.direction));
  if (query.cluster) scopes.push(clusterScope(ikb, query.cluster));
  const [first, ...rest] = scopes;
  if (!first) return undefined;
  return new Set([...first].filter((id) => rest.every((scope) => scope.has(id))));
}

/** The rows to show for the query. */
export function libraryListing(
  ikb: IndexedKnowledgeBase,
  index: SearchIndex,
  query: LibraryQuery,
): LibraryListing {
  const scope = scopeOf(ikb, query);
  const inScope = (id: string) => scope === undefined || scope.has(id);
  if (query.q !== '') {
    const kinds = query.kind ? [query.kind] : [];
    // Searching every item, then filtering, keeps the ranking the CLI gives; the index is small.
    const hits = search(index, query.q, { kinds, limit: ikb.items.length }).filter((hit) => inScope(hit.id));
    return {
      searched: true,
      total: hits.length,
      rows: hits.slice(0, MAX_RESULTS).map((hit) => ({
        id: hit.id,
        kind: hit.kind,
        title: hit.title,
        text: hit.snippet ?? '',
      })),
    };
  }
  const rows = ikb.items
    .filter((entry) => (query.kind === undefined || entry.kind === query.kind) && inScope(entry.item.id))
    .map((entry) => ({
      id: entry.item.id,
      kind: entry.kind,
      title: entry.item.title,
      text: excerpt(snippetPassage(itemSummary(entry))),
    }));
  return { searched: false, rows, total: rows.length };
}
