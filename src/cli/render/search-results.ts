/** `lever search`: ranked results, each with its id, kind, title and a snippet. */
import type { SearchResult } from '../../core/search/search-index.js';
import type { Terminal } from '../terminal.js';
import { blocks, paragraph, wrapWith } from './text.js';

/** Numbered results, best first, or a hint when nothing matched. */
export function renderSearchResults(term: Terminal, query: string, results: readonly SearchResult[]): string {
  if (results.length === 0) {
    return paragraph(
      term,
      `No results for "${query}". Try other or fewer words; "lever list <kind>" shows everything of one kind.`,
    );
  }
  const digits = String(results.length).length;
  const pad = ' '.repeat(digits + 2);
  const rows = results.map((result, i) => {
    const label = `${String(i + 1).padStart(digits)}. `;
    const lines = [
      `${label}${term.colors.cyan(result.id)} ${term.colors.dim(`(${result.kind})`)}`,
      wrapWith(term, term.colors.bold(result.title), pad),
    ];
    if (result.snippet) lines.push(wrapWith(term, term.colors.dim(result.snippet), pad));
    return lines.join('\n');
  });
  const count = `${results.length} result${results.length === 1 ? '' : 's'} for "${query}", best first`;
  return blocks(paragraph(term, count), ...rows);
}
