/** Cuts a short excerpt around the first place a result's matched terms occur. */
import { processTerm } from './terms.js';

/** Longest snippet, in characters, before the ellipses. */
export const SNIPPET_LENGTH = 160;
/** How much text to keep before the first match, so the reader sees its context. */
const LEAD_IN = 40;

function firstMatch(text: string, terms: ReadonlySet<string>): number {
  for (const word of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const term = processTerm(word[0]);
    if (term !== null && terms.has(term)) return word.index;
  }
  return -1;
}

/** Shortens `text` to about `length` characters, cutting at word boundaries, starting near `from`. */
export function excerpt(text: string, from = 0, length = SNIPPET_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= length) return clean;
  let start = Math.max(0, from - LEAD_IN);
  if (start > 0) {
    const space = clean.indexOf(' ', start);
    start = space !== -1 && space < from ? space + 1 : from;
  }
  let end = Math.min(clean.length, start + length);
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < clean.length ? '…' : '';
  return `${prefix}${clean.slice(start, end).replace(/[\s,;:]+$/, '')}${suffix}`;
}

/**
 * The snippet for a result: the first passage (summary first) that contains a matched term, cut
 * around it; the start of the summary when only the title or id matched.
 */
export function makeSnippet(summary: string, passages: readonly string[], matchedTerms: readonly string[]): string {
  const terms = new Set(matchedTerms);
  for (const text of [summary, ...passages]) {
    const at = firstMatch(text, terms);
    if (at !== -1) return excerpt(text, at);
  }
  return excerpt(summary);
}
