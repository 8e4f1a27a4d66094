import { describe, expect, it } from 'vitest';
import { buildFitTest, buildKnowledgeBase, buildPath } from '../../../test/kb/builders.js';
import { filterFitTests, fitTestsByPath, groupFitTestsByPath } from './fit-tests.js';

const replicate = buildFitTest({
  id: 'replicate',
  path: 'alignment-research',
  direction: 'scalable-oversight',
});
const { direction: _, ...explain } = buildFitTest({ id: 'explain', path: 'communications' });
const intuition = buildFitTest({
  id: 'intuition',
  path: 'alignment-research',
  direction: 'alignment-theory',
});
const catalogue = [replicate, explain, intuition];

describe('filterFitTests', () => {
  it('keeps every test when nothing is asked for', () => {
    expect(filterFitTests(catalogue, {}).map((t) => t.id)).toEqual(['replicate', 'explain', 'intuition']);
  });

  it('keeps the tests of a path, in catalogue order', () => {
    expect(filterFitTests(catalogue, { path: 'alignment-research' }).map((t) => t.id)).toEqual([
      'replicate',
      'intuition',
    ]);
  });

  it('keeps the tests of a direction, and needs both when both are given', () => {
    expect(filterFitTests(catalogue, { direction: 'alignment-theory' }).map((t) => t.id)).toEqual([
      'intuition',
    ]);
    expect(filterFitTests(catalogue, { path: 'communications', direction: 'alignment-theory' })).toEqual([]);
  });
});

describe('fitTestsByPath', () => {
  it('groups tests under their path with the first catalogue entry first', () => {
    const byPath = fitTestsByPath(catalogue);
    expect(byPath.get('alignment-research')?.map((t) => t.id)).toEqual(['replicate', 'intuition']);
    expect(byPath.get('communications')?.map((t) => t.id)).toEqual(['explain']);
    expect(byPath.has('policy')).toBe(false);
  });
});

describe('groupFitTestsByPath', () => {
  it('orders groups as the knowledge base orders paths and leaves out paths without tests', () => {
    const kb = buildKnowledgeBase({
      paths: [buildPath({ id: 'communications' }), buildPath({ id: 'policy' }), buildPath()],
    });
    expect(groupFitTestsByPath(kb, catalogue).map((g) => [g.path.id, g.tests.map((t) => t.id)])).toEqual([
      ['communications', ['explain']],
      ['alignment-research', ['replicate', 'intuition']],
    ]);
  });
});
