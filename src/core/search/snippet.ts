/** Cuts a short excerpt around the first place a result's matched terms occur. */
import { fold } from './terms.js';

/** Longest snippet, in characters, before the ellipses. */
export const SNIPPET_LENGTH = 160;
/** How much text to keep before the first match, so the reader sees its context. */
const LEAD_IN = 40;

/**
 * A passage as snippets are cut from it: whitespace squeezed once, at index time. Folding waits
 * until a query shows the item, since only a few of all the items are ever shown.
 */
export function snippetPassage(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function escapeRegExp(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Drops trailing spaces and clause punctuation, so a cut never ends in ", …". */
function trimCut(text: string): string {
  let end = text.length;
  while (end > 0 && ' ,;:'.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/**
 * Shortens `text` (whitespace already squeezed, as in a passage) to about `length` characters,
 * cutting at word boundaries and starting a little before `from`.
 */
export function excerpt(text: string, from = 0, length = SNIPPET_LENGTH): string {
  if (text.length <= length) return text;
  let start = Math.max(0, from - LEAD_IN);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space !== -1 && space < from ? space + 1 : from;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  return `${prefix}${trimCut(text.slice(start, end))}${suffix}`;
}

/**
 * A pattern matching any of the terms as a whole word of folded text. Build it once per query:
 * compiling a pattern costs more than running it.
 */
export function termPattern(terms: readonly string[]): RegExp | undefined {
  if (terms.length === 0) return undefined;
  // Folded text is lowercase without accents, so ASCII word boundaries are enough and much cheaper.
  return new RegExp(`(?<![a-z0-9])(?:${terms.map(escapeRegExp).join('|')})(?![a-z0-9])`);
}

/**
 * The snippet for a result: the first passage (the summary comes first) where a term occurs,
 * cut around it; the start of the first passage when only the title or id matched.
 */
export function makeSnippet(passages: readonly string[], pattern: RegExp | undefined): string {
  const first = passages[0] ?? '';
  if (!pattern) return excerpt(first);
  for (const passage of passages) {
    // Folding keeps positions for precomposed text, so a match in the folded passage is a place in the shown one.
    const at = fold(passage).search(pattern);
    if (at !== -1) return excerpt(passage, at);
  }
  return excerpt(first);
}
