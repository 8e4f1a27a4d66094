/** Reads and validates the knowledge base from its YAML content (for the build and the tests). */
import { parseKnowledgeBase } from '../core/kb/parse.js';
import type { KnowledgeBase } from '../core/kb/schema.js';
import { formatProblem } from '../core/validation.js';
import { readContentDir } from './content-files.js';
import { contentDir } from './project-root.js';

/** Reads and validates the YAML content; throws listing every problem. */
export function loadKnowledgeBaseFromContent(dir: string = contentDir()): KnowledgeBase {
  const result = parseKnowledgeBase(readContentDir(dir));
  if (!result.ok) {
    const lines = result.problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
    throw new Error(`the knowledge base content in ${dir} is invalid:\n${lines}`);
  }
  return result.value;
}
