/** `lever kb`: the whole knowledge base, for other programs. */

import { loadKnowledgeBase } from '../../content/load-kb.js';
import { toJson } from '../../core/json.js';
import { ITEM_KINDS } from '../../core/kb/items.js';
import { PLURALS } from '../kinds.js';
import { blocks, paragraph } from '../render/text.js';
import { stdoutTerminal } from '../terminal.js';

/** With `json`, the knowledge base as one JSON document; otherwise its counts and how to get it. */
export async function runKb(options: { json?: boolean }): Promise<string> {
  const indexed = loadKnowledgeBase();
  if (options.json) return toJson(indexed.kb);
  const term = stdoutTerminal();
  const { source } = indexed.kb;
  const counts = ITEM_KINDS.map((kind) => {
    const n = indexed.items.filter((entry) => entry.kind === kind).length;
    return `  ${String(n).padStart(3)} ${PLURALS[kind]}`;
  });
  return blocks(
    paragraph(
      term,
      `Lever's knowledge base, built from "${source.title}" by ${source.authors.join(', ')} (${source.year}):`,
    ),
    counts.join('\n'),
    paragraph(
      term,
      'Run "lever kb --json" to print all of it as one JSON document, and "lever schema kb" for the JSON Schema it follows.',
    ),
  );
}
