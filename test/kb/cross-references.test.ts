import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/content/content-files.js';
import { loadKnowledgeBaseFromContent } from '../../src/content/content-kb.js';
import { contentDir } from '../../src/content/project-root.js';
import { parseKnowledgeBase } from '../../src/core/kb/parse.js';
import { checkReferences } from '../../src/core/kb/references.js';
import { mutated } from './builders.js';

const kb = loadKnowledgeBaseFromContent();

describe('the content’s cross-references', () => {
  it('parse without problems', () => {
    const result = parseKnowledgeBase(readContentDir(contentDir()));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('all point somewhere, and to the right kind of item', () => {
    expect(checkReferences(kb)).toEqual([]);
  });

  it('are reported, at every item that points to it, when a resource is removed', () => {
    const broken = mutated(kb, (copy) => {
      copy.resources = copy.resources.filter((r) => r.id !== 'shavit2023-chinchilla');
    });
    const paths = checkReferences(broken).map((p) => p.path);
    expect(paths).toContain('cluster:compute-governance.readings');
    expect(paths).toContain('topic:gpu-tamper-evident-logging.readings');
    expect(paths).toContain('track:governance-research-track.steps[0].resources');
    expect(paths.filter((p) => p.startsWith('topic:'))).toHaveLength(8);
  });

  it('are reported when an item is renamed but its references are not', () => {
    const broken = mutated(kb, (copy) => {
      const principle = copy.principles.find((p) => p.id === 'mentorship-first');
      if (principle) principle.id = 'find-a-mentor-first';
    });
    const problems = checkReferences(broken);
    expect(problems.length).toBeGreaterThan(0);
    expect(
      problems.every((p) => p.message === '"mentorship-first" points nowhere: no item has that id'),
    ).toBe(true);
  });
});
