/**
 * Compiles the YAML content into dist/kb.json and dist/rules.json after validating both, so that a
 * broken content edit fails the build with a list of problems instead of reaching users.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadKnowledgeBaseFromContent } from '../src/content/content-kb.js';
import { loadRulesFromContent } from '../src/content/content-rules.js';
import { compiledKbPath, compiledRulesPath } from '../src/content/project-root.js';
import { indexKnowledgeBase } from '../src/core/kb/items.js';

function write(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value)}\n`);
}

try {
  const kb = loadKnowledgeBaseFromContent();
  const rules = loadRulesFromContent(indexKnowledgeBase(kb));
  write(compiledKbPath(), kb);
  write(compiledRulesPath(), { rules });
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
