/** `lever list <kind>`: every item of one kind. */

import { loadKnowledgeBase } from '../../content/load-kb.js';
import { toJson } from '../../core/json.js';
import { parseKind } from '../kinds.js';
import { renderList } from '../render/list.js';
import { stdoutTerminal } from '../terminal.js';

/** The listing page, or with `json` the items themselves as a JSON array. */
export async function runList(kindInput: string, options: { json?: boolean }): Promise<string> {
  const kind = parseKind(kindInput);
  const indexed = loadKnowledgeBase();
  if (options.json) {
    return toJson(indexed.items.filter((entry) => entry.kind === kind).map((entry) => entry.item));
  }
  return renderList(stdoutTerminal(), indexed, kind);
}
