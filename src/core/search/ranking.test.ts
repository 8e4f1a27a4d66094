/** Ranking against the real knowledge base: the queries a reader of the post would type. */
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseFromContent } from '../../content/content-kb.js';
import { indexKnowledgeBase } from '../kb/items.js';
import { buildSearchIndex, search } from './search-index.js';
import { suggestIds } from './suggest.js';

const indexed = indexKnowledgeBase(loadKnowledgeBaseFromContent());
const index = buildSearchIndex(indexed);
const top = (query: string, n: number) => search(index, query, { limit: n }).map((r) => r.id);

describe('search over the real knowledge base', () => {
  it('ranks the superposition paper or mechanistic interpretability first for "superposition"', () => {
    expect(['elhage2022-toy-models-superposition', 'mechanistic-interpretability']).toContain(
      top('superposition', 1)[0],
    );
  });

  it.each([
    ['superpositon', 'elhage2022-toy-models-superposition'],
    ['interpretabilty', 'mechanistic-interpretability'],
    ['debat', 'irving2018-debate'],
    ['interp', 'mechanistic-interpretability'],
    ['scalable oversigt', 'scalable-oversight'],
    ['compute governance', 'compute-governance'],
    ['weight exfiltration', 'weight-exfiltration'],
    ['ARENA', 'arena'],
    ['Garrabrant', 'garrabrant2021-finite-factored-sets'],
    ['mentor', 'mentorship-first'],
  ])('"%s" finds %s among the first five', (query, id) => {
    expect(top(query, 5)).toContain(id);
  });

  it('finds the overrated directions by their critiques', () => {
    expect(search(index, 'myopic', { kinds: ['direction'], limit: 1 })[0]?.id).toBe('myopia');
  });

  it('suggests the id a mistyped one was meant to be', () => {
    expect(suggestIds(indexed, 'mechanistic-interpretabilty', 3)[0]).toBe('mechanistic-interpretability');
    expect(suggestIds(indexed, 'pick-a-topic', 3)).toContain('pick-one-topic');
  });
});
