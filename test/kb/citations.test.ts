import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseFromContent } from '../../src/content/content-kb.js';
import { mutated } from './builders.js';
import { citationProblems, parseCitations } from './checks/citations.js';
import { CITATIONS_FILE, readSharedFile, sharedDir } from './shared-dir.js';

const kb = loadKnowledgeBaseFromContent();
const citations = () => parseCitations(readSharedFile(CITATIONS_FILE));

describe('resources match the reference list', () => {
  it('every citation has its resource, with the same url, title, authors, year and kind', () => {
    expect(citationProblems(kb, citations())).toEqual([]);
  });

  it('reports a citation whose resource is missing', () => {
    const broken = mutated(kb, (copy) => {
      copy.resources = copy.resources.filter((r) => r.citation !== 'irving2018_debate');
    });
    expect(citationProblems(broken, citations())).toEqual([
      'no resource has citation "irving2018_debate" (AI safety via debate)',
    ]);
  });

  it('reports a resource whose url differs from its citation', () => {
    const broken = mutated(kb, (copy) => {
      const debate = copy.resources.find((r) => r.citation === 'irving2018_debate');
      if (debate) debate.url = 'https://arxiv.org/abs/1805.00000';
    });
    expect(citationProblems(broken, citations())).toEqual([
      'resource:irving2018-debate.url is "https://arxiv.org/abs/1805.00000", but irving2018_debate has "https://arxiv.org/abs/1805.00899"',
    ]);
  });

  it('reports changed authors, year and kind', () => {
    const broken = mutated(kb, (copy) => {
      const debate = copy.resources.find((r) => r.citation === 'irving2018_debate');
      if (debate) Object.assign(debate, { authors: ['Geoffrey Irving'], year: 2019, kind: 'post' });
    });
    const problems = citationProblems(broken, citations());
    expect(problems.map((p) => p.split(' is ')[0])).toEqual([
      'resource:irving2018-debate.authors',
      'resource:irving2018-debate.year',
      'resource:irving2018-debate.kind',
    ]);
  });

  it('reports an unresolved citation that was given a url', () => {
    const broken = mutated(kb, (copy) => {
      const spanish = copy.resources.find((r) => r.citation === 'ngo2023_spanish_translation');
      if (spanish) Object.assign(spanish, { url: 'https://example.org/es', linkStatus: 'likely' });
    });
    expect(citationProblems(broken, citations())).toEqual([
      'resource:ngo2023-spanish-translation.url is https://example.org/es, but ngo2023_spanish_translation has no url: it must be null',
      'resource:ngo2023-spanish-translation.linkStatus is "likely", expected "unresolved"',
    ]);
  });

  it('reports a resource citing a key the reference list does not have', () => {
    const broken = mutated(kb, (copy) => {
      const first = copy.resources[0];
      if (first) copy.resources.push({ ...first, id: 'invented', citation: 'invented2024' });
    });
    expect(citationProblems(broken, citations())).toEqual([
      'resource:invented.citation "invented2024" is not in the reference list',
    ]);
  });
});

describe('the shared reference folder', () => {
  it('comes from LEVER_SHARED_DIR when it is set', () => {
    expect(sharedDir({ LEVER_SHARED_DIR: join(tmpdir(), 'elsewhere') })).toBe(join(tmpdir(), 'elsewhere'));
  });

  it('fails, saying where it looked and how to point elsewhere, when a file is missing', () => {
    const empty = mkdtempSync(join(tmpdir(), 'lever-shared-'));
    try {
      expect(() => readSharedFile(CITATIONS_FILE, empty)).toThrow(
        `looked for ${join(empty, CITATIONS_FILE)}. Set LEVER_SHARED_DIR to the folder that holds ${CITATIONS_FILE} and seed/`,
      );
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
