/**
 * The queries the search benchmark runs: words from item titles, typed whole, unfinished, or with
 * one slip of the finger. Generated from a fixed seed so every run measures the same queries.
 */
import { queryTerms } from '../src/core/search/terms.js';
import { seededRandom } from './stats.js';

export const QUERY_KINDS = ['exact', 'prefix', 'typo'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface BenchQuery {
  kind: QueryKind;
  text: string;
  /** The item whose title the word came from: a good search shows it. */
  target: string;
}

/** One slip: drop a letter, swap two neighbours, or replace one (never the first letter). */
function withTypo(word: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (word.length - 1));
  const edit = Math.floor(random() * 3);
  if (edit === 0) return word.slice(0, at) + word.slice(at + 1);
  if (edit === 1 && at < word.length - 1)
    return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  const letter = String.fromCharCode(97 + Math.floor(random() * 26));
  return word.slice(0, at) + letter + word.slice(at + 1);
}

/** `count` queries cycling through the kinds, from title words of five letters or more. */
export function makeQueries(titles: readonly { id: string; title: string }[], count: number): BenchQuery[] {
  const random = seededRandom(2023);
  const words = titles.flatMap(({ id, title }) =>
    queryTerms(title)
      .filter((word) => word.length >= 5 && /^[a-z]+$/.test(word))
      .map((word) => ({ id, word })),
  );
  const queries: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const pick = words[Math.floor(random() * words.length)];
    const kind = QUERY_KINDS[i % QUERY_KINDS.length];
    if (!pick || !kind) continue;
    const prefixLength = 3 + Math.floor(random() * Math.min(3, pick.word.length - 3));
    let text = pick.word;
    if (kind === 'prefix') text = pick.word.slice(0, prefixLength);
    if (kind === 'typo') text = withTypo(pick.word, random);
    queries.push({ kind, text, target: pick.id });
  }
  return queries;
}
