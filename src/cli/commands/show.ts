/** `lever show <id>`: one item as a page, or as JSON. */

import { loadKnowledgeBase } from '../../content/load-kb.js';
import { LeverError } from '../../core/errors.js';
import { toJson } from '../../core/json.js';
import type { IndexedKnowledgeBase } from '../../core/kb/items.js';
import { itemView } from '../item-view.js';
import { renderItemPage } from '../render/show/page.js';
import { stdoutTerminal } from '../terminal.js';

/** A not-found error carrying the closest ids, for the "did you mean" line. */
export async function unknownIdError(indexed: IndexedKnowledgeBase, id: string): Promise<LeverError> {
  // Loaded only on this path: the suggestion index pulls in the search engine.
  const { suggestIds } = await import('../../core/search/suggest.js');
  return new LeverError('not_found', `unknown id "${id}"`, { suggestions: suggestIds(indexed, id, 3) });
}

/** The item's page; with `json`, the item with its kind, section link, links and backlinks. */
export async function runShow(id: string, options: { json?: boolean }): Promise<string> {
  const indexed = loadKnowledgeBase();
  const entry = indexed.byId.get(id.trim().toLowerCase());
  if (!entry) throw await unknownIdError(indexed, id);
  const view = itemView(indexed, entry);
  return options.json ? toJson(view) : renderItemPage(stdoutTerminal(), indexed, entry, view);
}
