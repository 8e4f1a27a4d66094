/** The knowledge base for commands, loaded without slowing start-up. */
import { readFileSync } from 'node:fs';
import type { IndexedKnowledgeBase } from '../core/kb/items.js';
import { indexKnowledgeBase } from '../core/kb/items.js';
import type { KnowledgeBase } from '../core/kb/schema.js';
import { compiledKbPath } from '../content/project-root.js';

/**
 * Reads the compiled `dist/kb.json` (validated when it was built). Only when it is missing does
 * this load the content loader, which brings the validation library with it: that import alone
 * costs tens of milliseconds, which every command would otherwise pay.
 */
export async function loadCliKnowledgeBase(): Promise<IndexedKnowledgeBase> {
  let text: string | undefined;
  try {
    text = readFileSync(compiledKbPath(), 'utf8');
  } catch {
    // Not built yet: fall back to the content files below.
  }
  if (text !== undefined) return indexKnowledgeBase(JSON.parse(text) as KnowledgeBase);
  const { loadKnowledgeBase } = await import('../content/load-kb.js');
  return loadKnowledgeBase();
}
