import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseFromContent } from '../../src/content/content-kb.js';
import { mutated } from './builders.js';
import { vocabularyProblems } from './checks/coverage.js';

const kb = loadKnowledgeBaseFromContent();

describe('the eight paths and nine directions', () => {
  it('are all present, directions with their tiers, critiques and strands', () => {
    expect(vocabularyProblems(kb)).toEqual([]);
  });

  it('reports a missing path', () => {
    const broken = mutated(kb, (copy) => {
      copy.paths = copy.paths.filter((p) => p.id !== 'field-building');
    });
    expect(vocabularyProblems(broken)).toEqual(['path "field-building" is missing']);
  });

  it('reports a missing direction and a repeated one', () => {
    const broken = mutated(kb, (copy) => {
      const [first] = copy.directions;
      copy.directions = copy.directions.filter((d) => d.id !== 'myopia');
      if (first) copy.directions.push(structuredClone(first));
    });
    expect(vocabularyProblems(broken)).toEqual([
      'direction "myopia" is missing',
      'direction "scalable-oversight" appears more than once',
    ]);
  });

  it('reports a direction in the wrong tier', () => {
    const broken = mutated(kb, (copy) => {
      const evals = copy.directions.find((d) => d.id === 'evaluations');
      if (evals) evals.tier = 'primary';
    });
    expect(vocabularyProblems(broken)).toEqual([
      'direction:evaluations.tier is "primary", expected "secondary"',
    ]);
  });

  it('reports an overrated direction without a critique to read', () => {
    const broken = mutated(kb, (copy) => {
      const cirl = copy.directions.find((d) => d.id === 'cooperative-irl');
      if (cirl?.critique) cirl.critique.readings = [];
    });
    expect(vocabularyProblems(broken)).toEqual([
      'direction:cooperative-irl.critique must point to at least one critique',
    ]);
  });

  it('reports mechanistic interpretability without its three strands', () => {
    const broken = mutated(kb, (copy) => {
      const interp = copy.directions.find((d) => d.id === 'mechanistic-interpretability');
      interp?.strands.pop();
    });
    expect(vocabularyProblems(broken)).toEqual([
      'direction:mechanistic-interpretability.strands has 2, expected 3',
    ]);
  });
});
