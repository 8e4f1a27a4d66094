/** "Did you mean …": the known ids closest to one that does not exist. */
import MiniSearch from 'minisearch';
import type { IndexedKnowledgeBase } from '../kb/items.js';
import { idWords, processTerm } from './terms.js';

interface IdDocument {
  id: string;
  idWords: string;
  title: string;
}

/**
 * How much of an unknown id is compared: several times the longest real id. Typo matching costs
 * time in proportion to the words' length, so a pasted document must not be matched whole.
 */
export const SUGGEST_MAX_ID_LENGTH = 200;

/**
 * Up to `n` existing ids that look like `unknownId`, closest first. Matches the words of ids and
 * titles with generous typo tolerance, since a mistyped id is usually a word or two off.
 */
export function suggestIds(indexed: IndexedKnowledgeBase, unknownId: string, n = 3): string[] {
  return suggestAmong(
    [...indexed.byId.values()].map(({ item }) => item),
    unknownId,
    n,
  );
}

/** Like `suggestIds`, but among the given items only (e.g. the fit tests, or the topics). */
export function suggestAmong(
  candidates: readonly { id: string; title: string }[],
  unknownId: string,
  n = 3,
): string[] {
  if (n <= 0) return [];
  const engine = new MiniSearch<IdDocument>({
    fields: ['idWords', 'title'],
    processTerm,
  });
  engine.addAll(
    candidates.map((item) => ({
      id: item.id,
      idWords: idWords(item.id),
      title: item.title,
    })),
  );
  const hits = engine.search(idWords(unknownId.slice(0, SUGGEST_MAX_ID_LENGTH).toLowerCase()), {
    boost: { idWords: 2 },
    prefix: true,
    fuzzy: (term) => (term.length >= 4 ? 0.3 : false),
  });
  return hits.slice(0, n).map((hit) => String(hit.id));
}
