/**
 * How text becomes search terms. The same rules apply to documents and to queries, so a query
 * term can only match what the index could hold.
 */

/** Common English words that carry no meaning on their own; a query made only of these finds nothing. */
const STOPWORDS = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have he her his how i if in ' +
    'into is it its me my no not of on or our she so than that the their them then there these they this ' +
    'those to too us was we were what when where which who whom why will with would you your'
  ).split(' '),
);

/** Lowercase with accents removed ("Über" → "uber"); precomposed text keeps its length. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Most text is plain ASCII, and Unicode normalisation is the slow part of indexing: skip it
  // unless some character needs it. (A loop: cheaper than a regex on the index's hot path.)
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) return lower.normalize('NFD').replace(/\p{M}/gu, '');
  }
  return lower;
}

/**
 * Normalises one token: folded to lowercase without accents. Returns null for stopwords and stray
 * single letters, which would otherwise match (by prefix) almost every document.
 */
export function processTerm(token: string): string | null {
  const term = fold(token);
  if (term === '' || STOPWORDS.has(term)) return null;
  if (term.length === 1 && !/\d/.test(term)) return null;
  return term;
}

/**
 * An id as searchable words: "elhage2022-toy-models-superposition" becomes
 * "elhage 2022 toy models superposition", so its author, year and each word can be found.
 */
export function idWords(id: string): string {
  return id
    .split('-')
    .flatMap((part) => part.split(/(?<=\D)(?=\d)|(?<=\d)(?=\D)/))
    .join(' ');
}

/** Splits a query into terms with the same tokenizer MiniSearch uses by default. */
export function queryTerms(query: string): string[] {
  return query
    .split(/[\n\r\p{Z}\p{P}]+/u)
    .map(processTerm)
    .filter((term): term is string => term !== null);
}
