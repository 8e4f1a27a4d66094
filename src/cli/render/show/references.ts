/** Lists of other items as they appear on a page: "id — Title", one per line. */
import type { IndexedKnowledgeBase } from '../../../core/kb/items.js';
import type { Terminal } from '../../terminal.js';
import { bullets, reference } from '../text.js';

/** A bulleted list of the items with these ids; an id missing from the knowledge base shows alone. */
export function referenceList(
  term: Terminal,
  indexed: IndexedKnowledgeBase,
  ids: readonly string[],
  indent = 2,
): string {
  const lines = ids.map((id) => {
    const target = indexed.byId.get(id);
    return target ? reference(term, id, target.item.title) : term.colors.cyan(id);
  });
  return bullets(term, lines, indent);
}
