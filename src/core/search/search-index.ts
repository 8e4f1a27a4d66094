/**
 * Full-text search over every item of the knowledge base: ranked (BM25), tolerant of typos and
 * unfinished words, with titles weighing most. Pure: build the index once, then query it.
 */
import MiniSearch, { type SearchResult as MiniSearchResult } from 'minisearch';
import type { IndexedKnowledgeBase, ItemKind } from '../kb/items.js';
import { type SearchDocument, toSearchDocument } from './documents.js';
import { makeSnippet, snippetPassage, termPattern } from './snippet.js';
import { processTerm, queryTerms } from './terms.js';

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
  /** Each item's summary and other passages, ready for cutting snippets. */
  readonly passages: ReadonlyMap<string, readonly string[]>;
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
  'fit-test': 1,
};

/**
 * How many edits a query word may be from an indexed word. Short words have too many neighbours
 * ("ml" is one edit from "al", "mr"…), so none under four letters and one under six. Longer words
 * get two, because swapping two letters ("reserach") counts as two edits; the longest get a fifth
 * of their length. Measured on title words: two edits find 93% of one-typo queries, one edit 84%.
 */
function fuzzy(term: string): number | false {
  if (term.length < 4) return false;
  if (term.length < 6) return 1;
  return Math.max(2, Math.round(term.length * 0.2));
}

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
  const documents: SearchDocument[] = [];
  const passages = new Map<string, string[]>();
  for (const entry of indexed.items) {
    const doc = toSearchDocument(entry);
    // Ids are unique in a validated knowledge base; skipping a duplicate keeps MiniSearch from throwing.
    if (passages.has(doc.id)) continue;
    documents.push(doc);
    passages.set(doc.id, [doc.summary, ...doc.passages].map(snippetPassage));
  }
  engine.addAll(documents);
  return { engine, passages };
}

/** Whether every query term found at least one item (stops looking as soon as all have). */
function matchesEveryTerm(hits: readonly MiniSearchResult[], terms: readonly string[]): boolean {
  const unmatched = new Set(terms);
  for (const hit of hits) {
    for (const term of hit.queryTerms) unmatched.delete(term);
    if (unmatched.size === 0) return true;
  }
  return false;
}

/**
 * Items matching the query, best first. An empty query, or one made only of common words like
 * "the", finds nothing.
 */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult[] {
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (limit <= 0) return [];
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : undefined;
  const filter = kinds ? { filter: (hit: MiniSearchResult) => kinds.has(hit.kind as ItemKind) } : {};
  // Typo matching is the slow part of a query, and only needed when some word matched nothing
  // as typed: try exact and prefix matches first.
  let hits = index.engine.search(query, { ...filter, fuzzy: false });
  if (!matchesEveryTerm(hits, terms)) hits = index.engine.search(query, filter);
  const shown = hits.slice(0, limit);
  const pattern = termPattern([...new Set(shown.flatMap((hit) => hit.terms))]);
  return shown.map((hit) => {
    const passages = index.passages.get(String(hit.id));
    const result: SearchResult = {
      id: String(hit.id),
      kind: hit.kind as ItemKind,
      title: hit.title as string,
      score: hit.score,
    };
    if (passages) result.snippet = makeSnippet(passages, pattern);
    return result;
  });
}
