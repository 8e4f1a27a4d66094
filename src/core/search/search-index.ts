/**
 * Full-text search over every item of the knowledge base: ranked (BM25), tolerant of typos and
 * unfinished words, with titles weighing most. Pure: build the index once, then query it.
 */
import MiniSearch from 'minisearch';
import type { IndexedKnowledgeBase, ItemKind } from '../kb/items.js';
import { type SearchDocument, toSearchDocument } from './documents.js';
import { makeSnippet } from './snippet.js';
import { processTerm } from './terms.js';

export interface SearchResult {
  id: string;
  kind: ItemKind;
  title: string;
  score: number;
  snippet?: string;
}

export interface SearchOptions {
  /** Only return items of these kinds; all kinds when absent or empty. */
  kinds?: readonly ItemKind[];
  /** At most this many results (default 20). */
  limit?: number;
}

export interface SearchIndex {
  readonly engine: MiniSearch<SearchDocument>;
  readonly documents: ReadonlyMap<string, SearchDocument>;
}

const DEFAULT_LIMIT = 20;

/** Field weights: a word in the title says far more about an item than one deep in its text. */
const BOOST = { title: 4, idWords: 2, summary: 1.5, passages: 1 };

/**
 * Directions, paths and clusters are hubs that link to everything else on their subject, so among
 * otherwise equal matches they are the better place to land.
 */
const KIND_BOOST: Record<ItemKind, number> = {
  direction: 1.5,
  path: 1.5,
  cluster: 1.3,
  track: 1.2,
  principle: 1,
  topic: 1,
  resource: 1,
};

/**
 * Typos are forgiven on words of four letters or more (one edit per five letters): shorter words
 * have too many neighbours ("ml" is one edit from "mla", "al", "mr"…).
 */
const fuzzy = (term: string): number | false => (term.length >= 4 ? 0.2 : false);

/** Builds the search index over every item of the knowledge base. */
export function buildSearchIndex(indexed: IndexedKnowledgeBase): SearchIndex {
  const engine = new MiniSearch<SearchDocument>({
    fields: ['title', 'idWords', 'summary', 'passages'],
    storeFields: ['kind', 'title'],
    processTerm,
    extractField: (doc, field) => {
      const value = doc[field as keyof SearchDocument];
      return Array.isArray(value) ? value.join('\n') : value;
    },
    searchOptions: {
      boost: BOOST,
      prefix: true,
      fuzzy,
      boostDocument: (_id, _term, stored) => KIND_BOOST[stored?.kind as ItemKind] ?? 1,
    },
  });
  const documents = new Map<string, SearchDocument>();
  for (const entry of indexed.items) {
    const doc = toSearchDocument(entry);
    if (documents.has(doc.id)) continue;
    documents.set(doc.id, doc);
  }
  engine.addAll([...documents.values()]);
  return { engine, documents };
}

/**
 * Items matching the query, best first. An empty query, or one made only of common words like
 * "the", finds nothing.
 */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult[] {
  if (query.trim() === '') return [];
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (limit <= 0) return [];
  const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : undefined;
  const hits = index.engine.search(query, kinds ? { filter: (hit) => kinds.has(hit.kind as ItemKind) } : {});
  return hits.slice(0, limit).map((hit) => {
    const doc = index.documents.get(String(hit.id));
    const result: SearchResult = {
      id: String(hit.id),
      kind: hit.kind as ItemKind,
      title: hit.title as string,
      score: hit.score,
    };
    if (doc) result.snippet = makeSnippet(doc.summary, doc.passages, hit.terms);
    return result;
  });
}
