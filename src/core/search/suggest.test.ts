import { describe, expect, it } from 'vitest';
import { indexKnowledgeBase } from '../kb/items.js';
import { SUGGEST_MAX_ID_LENGTH, suggestIds } from './suggest.js';
import { buildDirection, buildKnowledgeBase, buildPrinciple, buildResource } from './testing/kb-builders.js';

const indexed = indexKnowledgeBase(
  buildKnowledgeBase({
    principles: [buildPrinciple({ id: 'start-with-debate', title: 'Start from debate' })],
    directions: [
      buildDirection(),
      buildDirection({ id: 'scalable-oversight', title: 'Scalable oversight', tier: 'primary' }),
    ],
    resources: [buildResource()],
  }),
);

describe('suggestIds', () => {
  it('suggests the id that a typo was meant to be, first', () => {
    expect(suggestIds(indexed, 'mechanistic-interpretabilty', 3)[0]).toBe('mechanistic-interpretability');
    expect(suggestIds(indexed, 'scalable-oversigt', 3)[0]).toBe('scalable-oversight');
  });

  it('suggests ids that contain a word of the unknown id', () => {
    expect(suggestIds(indexed, 'debate', 3)).toEqual(
      expect.arrayContaining(['irving2018-debate', 'start-with-debate']),
    );
  });

  it('compares only the start of a very long unknown id, so a pasted document costs no more than an id', () => {
    const pasted = `scalable-oversigt-${'abcdefgh'.repeat(8000)}`;
    expect(suggestIds(indexed, pasted, 3)[0]).toBe('scalable-oversight');
    expect(suggestIds(indexed, pasted, 3)).toEqual(
      suggestIds(indexed, pasted.slice(0, SUGGEST_MAX_ID_LENGTH), 3),
    );
  });

  it('matches titles as well as ids', () => {
    expect(suggestIds(indexed, 'oversight', 3)).toContain('scalable-oversight');
  });

  it('returns at most n ids, and none when nothing is close', () => {
    expect(suggestIds(indexed, 'debate', 1)).toHaveLength(1);
    expect(suggestIds(indexed, 'quantum-gravity', 3)).toEqual([]);
  });
});
