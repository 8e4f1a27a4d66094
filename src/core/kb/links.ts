/** Links back to the post: every item can open the exact passage it comes from. */
import type { Section, Source } from './schema.js';

/**
 * Encodes a phrase for a URL text fragment (`#:~:text=`). Besides the usual URL escaping, the
 * hyphen, comma and ampersand must be escaped because they are delimiters in the fragment syntax.
 */
function encodeTextFragment(phrase: string): string {
  return encodeURIComponent(phrase).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** The post's URL that scrolls to and highlights the section's passage in browsers that support it. */
export function sectionUrl(source: Source, section: Section): string {
  return `${source.url}#:~:text=${encodeTextFragment(section.locator)}`;
}

/** "Alignment research › Alignment is mentorship-constrained": the section with its ancestors. */
export function sectionTrail(sections: ReadonlyMap<string, Section>, sectionId: string): string {
  const names: string[] = [];
  let current = sections.get(sectionId);
  const seen = new Set<string>();
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    names.unshift(current.title);
    current = current.parent ? sections.get(current.parent) : undefined;
  }
  return names.join(' › ');
}
