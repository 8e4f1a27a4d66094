import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseFromContent } from '../../src/content/content-kb.js';
import { indexKnowledgeBase } from '../../src/core/kb/items.js';
import { checkReferences } from '../../src/core/kb/references.js';
import { buildFitTest, mutated } from './builders.js';
import { fitTestCoverageProblems, RECOMMENDED_DIRECTIONS } from './checks/fit-tests.js';

const kb = loadKnowledgeBaseFromContent();
const fitTestProblems = (base: typeof kb) =>
  checkReferences(base).filter((p) => p.path.startsWith('fit-test:'));

describe('the fit-test catalogue', () => {
  it('has a test for every path and every recommended direction, each of one to four weeks', () => {
    expect(RECOMMENDED_DIRECTIONS).toHaveLength(6);
    expect(fitTestCoverageProblems(kb)).toEqual([]);
  });

  it('reports a path left without a test', () => {
    const broken = mutated(kb, (copy) => {
      copy.fitTests = copy.fitTests.filter((t) => t.path !== 'policy');
    });
    expect(fitTestCoverageProblems(broken)).toEqual(['path "policy" has no fit test']);
  });

  it('reports a recommended direction left without a test', () => {
    const broken = mutated(kb, (copy) => {
      for (const t of copy.fitTests) if (t.direction === 'threat-modeling') delete t.direction;
    });
    expect(fitTestCoverageProblems(broken)).toEqual(['direction "threat-modeling" has no fit test']);
  });

  it('does not ask for tests of the directions newcomers overrate', () => {
    expect(RECOMMENDED_DIRECTIONS).not.toContain('myopia');
    expect(kb.fitTests.some((t) => t.direction === 'cooperative-irl')).toBe(false);
  });

  it('reports a test longer than four weeks or shorter than one', () => {
    const [first, second] = kb.fitTests;
    const broken = mutated(kb, (copy) => {
      const [a, b] = copy.fitTests;
      if (a) a.weeks = 6;
      if (b) b.weeks = 0;
    });
    expect(fitTestCoverageProblems(broken)).toEqual([
      `fit-test:${first?.id}.weeks is 6, expected 1 to 4`,
      `fit-test:${second?.id}.weeks is 0, expected 1 to 4`,
    ]);
  });
});

describe('fit-test references', () => {
  it('all resolve: path, direction, resources, principles and section', () => {
    expect(kb.fitTests.length).toBeGreaterThan(0);
    expect(fitTestProblems(kb)).toEqual([]);
  });

  it('are reported when a resource, principle or section does not exist', () => {
    const broken = mutated(kb, (copy) => {
      copy.fitTests.push(
        buildFitTest({
          id: 'broken-test',
          path: 'policy',
          direction: undefined,
          resources: ['no-such-paper'],
          principles: ['no-such-principle'],
          section: 'epilogue',
        }),
      );
    });
    expect(fitTestProblems(broken)).toEqual([
      { path: 'fit-test:broken-test.section', message: 'no section of the post has id "epilogue"' },
      {
        path: 'fit-test:broken-test.resources',
        message: '"no-such-paper" points nowhere: no item has that id',
      },
      {
        path: 'fit-test:broken-test.principles',
        message: '"no-such-principle" points nowhere: no item has that id',
      },
    ]);
  });

  it('are reported when a field points to the wrong kind of item', () => {
    const broken = mutated(kb, (copy) => {
      const [test] = copy.fitTests;
      if (test) {
        test.resources = ['mentorship-first'];
        test.principles = ['arena'];
      }
    });
    const id = kb.fitTests[0]?.id;
    expect(fitTestProblems(broken)).toEqual([
      {
        path: `fit-test:${id}.resources`,
        message: '"mentorship-first" is a principle, but this field lists resources',
      },
      {
        path: `fit-test:${id}.principles`,
        message: '"arena" is a resource, but this field lists principles',
      },
    ]);
  });

  it('are reported when the path or direction is missing from the knowledge base', () => {
    const broken = mutated(kb, (copy) => {
      copy.paths = copy.paths.filter((p) => p.id !== 'communications');
      copy.directions = copy.directions.filter((d) => d.id !== 'evaluations');
    });
    const problems = fitTestProblems(broken).map((p) => p.path);
    expect(problems).toContain('fit-test:implement-an-evaluation.direction');
    expect(problems.filter((p) => p.endsWith('.path'))).toHaveLength(
      kb.fitTests.filter((t) => t.path === 'communications').length,
    );
  });
});

describe('fit-test ids', () => {
  it('are unique across every kind of item', () => {
    const ids = indexKnowledgeBase(kb).items.map((e) => e.item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(checkReferences(kb).filter((p) => p.message.includes('already used'))).toEqual([]);
  });

  it('are reported when a test reuses the id of another item', () => {
    const broken = mutated(kb, (copy) => {
      const [test] = copy.fitTests;
      if (test) test.id = 'mentorship-first';
    });
    expect(checkReferences(broken)).toContainEqual({
      path: 'fit-test:mentorship-first',
      message: 'id "mentorship-first" is already used by a principle',
    });
  });

  it('are reported when two tests share an id', () => {
    const broken = mutated(kb, (copy) => {
      const [a, b] = copy.fitTests;
      if (a && b) b.id = a.id;
    });
    const id = kb.fitTests[0]?.id;
    expect(checkReferences(broken)).toContainEqual({
      path: `fit-test:${id}`,
      message: `id "${id}" is already used by a fit-test`,
    });
  });
});
