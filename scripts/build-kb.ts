/**
 * Compiles the YAML content into dist/kb.json after validating it, so that a broken content
 * edit fails the build with a list of problems instead of reaching users.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadKnowledgeBaseFromContent } from '../src/content/load-kb.js';
import { compiledKbPath } from '../src/content/project-root.js';

try {
  const kb = loadKnowledgeBaseFromContent();
  const out = compiledKbPath();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(kb)}\n`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
