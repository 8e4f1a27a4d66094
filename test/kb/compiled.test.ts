import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseFromContent } from '../../src/content/content-kb.js';
import { compiledKbPath } from '../../src/content/project-root.js';

const kb = loadKnowledgeBaseFromContent();

describe('the compiled knowledge base users run', () => {
  it('is exactly the validated content, so a stale build is caught', () => {
    const path = compiledKbPath();
    if (!existsSync(path))
      expect.fail(`${path} does not exist: run "npm run build" (npm test does it first)`);
    const compiled: unknown = JSON.parse(readFileSync(path, 'utf8'));
    expect(compiled).toStrictEqual(kb);
  });
});
