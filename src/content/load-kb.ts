/**
 * Loads the knowledge base for the shells. Users run the compiled `dist/kb.json` (validated when
 * it was built, so start-up stays fast); tests and the build read the YAML content directly.
 */
import { readFileSync } from 'node:fs';
import { type IndexedKnowledgeBase, indexKnowledgeBase } from '../core/kb/items.js';
import { parseKnowledgeBase } from '../core/kb/parse.js';
import type { KnowledgeBase } from '../core/kb/schema.js';
import { formatProblem } from '../core/validation.js';
import { readContentDir } from './content-files.js';
import { compiledKbPath, contentDir } from './project-root.js';

/** Reads and validates the YAML content; throws listing every problem. */
export function loadKnowledgeBaseFromContent(dir: string = contentDir()): KnowledgeBase {
  const result = parseKnowledgeBase(readContentDir(dir));
  if (!result.ok) {
    const lines = result.problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
    throw new Error(`the knowledge base content in ${dir} is invalid:\n${lines}`);
  }
  return result.value;
}

let compiled: IndexedKnowledgeBase | undefined;

/** The compiled knowledge base, read once per process. */
export function loadKnowledgeBase(): IndexedKnowledgeBase {
  if (!compiled) {
    let kb: KnowledgeBase;
    try {
      kb = JSON.parse(readFileSync(compiledKbPath(), 'utf8')) as KnowledgeBase;
    } catch {
      kb = loadKnowledgeBaseFromContent();
    }
    compiled = indexKnowledgeBase(kb);
  }
  return compiled;
}
