/** Small wording helpers for the plan's generated sentences. */

/** Lowercases a title's first letter for use mid-sentence, keeping acronyms ("ML", "AI") intact. */
export function midSentence(title: string): string {
  const [first, second] = title;
  if (!first || (second && second === second.toUpperCase() && second !== second.toLowerCase())) return title;
  return first.toLowerCase() + title.slice(1);
}

/** "a", "a and b", "a, b and c". */
export function listWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** 0.493 → "49%". */
export const percent = (x: number): string => `${Math.round(x * 100)}%`;
