/**
 * Section locators against the post's text. A link with `#:~:text=<locator>` highlights the first
 * match (browsers ignore case), so the locator must occur in the post, and only once.
 */
import type { KnowledgeBase } from '../../../src/core/kb/schema.js';

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count += 1;
  return count;
}

/** Sections whose locator would not land on one passage of the post. */
export function locatorProblems(kb: KnowledgeBase, post: string): string[] {
  const problems: string[] = [];
  const lowerPost = post.toLowerCase();
  for (const section of kb.source.sections) {
    const where = `section:${section.id}.locator`;
    if (!post.includes(section.locator)) {
      problems.push(`${where} "${section.locator}" does not occur verbatim in the post`);
      continue;
    }
    const count = occurrences(lowerPost, section.locator.toLowerCase());
    if (count > 1)
      problems.push(`${where} "${section.locator}" occurs ${count} times, so the link may land elsewhere`);
  }
  return problems;
}
