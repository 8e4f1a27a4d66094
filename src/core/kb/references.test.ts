import { describe, expect, it } from 'vitest';
import {
  buildDirection,
  buildFitTest,
  buildKnowledgeBase,
  buildPath,
  buildPrinciple,
  buildResource,
  buildSection,
  buildSource,
  buildTrack,
} from '../../../test/kb/builders.js';
import { checkReferences } from './references.js';

describe('checkReferences', () => {
  it('finds nothing wrong in a whole knowledge base', () => {
    expect(checkReferences(buildKnowledgeBase())).toEqual([]);
  });

  it('reports an id that points nowhere, naming the item and field', () => {
    const kb = buildKnowledgeBase({ principles: [buildPrinciple({ related: ['no-such-item'] })] });
    expect(checkReferences(kb)).toEqual([
      {
        path: 'principle:first-principle.related',
        message: '"no-such-item" points nowhere: no item has that id',
      },
    ]);
  });

  it('reports a principle listed among readings', () => {
    const kb = buildKnowledgeBase({
      directions: [buildDirection({ readings: ['a-paper', 'first-principle'] })],
    });
    expect(checkReferences(kb)).toEqual([
      {
        path: 'direction:scalable-oversight.readings',
        message: '"first-principle" is a principle, but this field lists resources',
      },
    ]);
  });

  it('reports a resource listed among principles', () => {
    const kb = buildKnowledgeBase({ paths: [buildPath({ principles: ['a-paper'] })] });
    expect(checkReferences(kb)).toEqual([
      {
        path: 'path:alignment-research.principles',
        message: '"a-paper" is a resource, but this field lists principles',
      },
    ]);
  });

  it('checks the ids nested in strands, critiques and track steps', () => {
    const kb = buildKnowledgeBase({
      directions: [
        buildDirection({
          tier: 'overrated',
          strands: [{ id: 'one', title: 'One', summary: 'S', readings: ['gone'] }],
          critique: { summary: 'C', readings: ['first-principle'] },
        }),
      ],
      tracks: [
        buildTrack({ steps: [{ id: 's', title: 'S', summary: 'S', resources: ['missing'], later: false }] }),
      ],
    });
    expect(checkReferences(kb).map((p) => p.path)).toEqual([
      'direction:scalable-oversight.strands[0].readings',
      'direction:scalable-oversight.critique.readings',
      'track:a-track.steps[0].resources',
    ]);
  });

  it('reports a fit test whose direction is not a direction, or whose resources point nowhere', () => {
    const kb = buildKnowledgeBase({
      fitTests: [buildFitTest({ direction: 'mechanistic-interpretability', resources: ['a-paper', 'gone'] })],
    });
    expect(checkReferences(kb)).toEqual([
      {
        path: 'fit-test:a-fit-test.direction',
        message: '"mechanistic-interpretability" points nowhere: no item has that id',
      },
      { path: 'fit-test:a-fit-test.resources', message: '"gone" points nowhere: no item has that id' },
    ]);
  });

  it('reports a fit test whose path field names an item of another kind', () => {
    const kb = buildKnowledgeBase({
      paths: [],
      principles: [buildPrinciple(), buildPrinciple({ id: 'alignment-research' })],
    });
    expect(checkReferences(kb)).toEqual([
      {
        path: 'fit-test:a-fit-test.path',
        message: '"alignment-research" is a principle, but this field lists paths',
      },
    ]);
  });

  it('reports a fit test that reuses the id of another item', () => {
    const kb = buildKnowledgeBase({ fitTests: [buildFitTest({ id: 'a-paper' })] });
    expect(checkReferences(kb)).toContainEqual({
      path: 'fit-test:a-paper',
      message: 'id "a-paper" is already used by a resource',
    });
  });

  it('reports an id used by two kinds of item', () => {
    const kb = buildKnowledgeBase({ resources: [buildResource(), buildResource({ id: 'first-principle' })] });
    expect(checkReferences(kb)).toContainEqual({
      path: 'resource:first-principle',
      message: 'id "first-principle" is already used by a principle',
    });
  });

  it('reports an item that refers to itself', () => {
    const kb = buildKnowledgeBase({ resources: [buildResource({ related: ['a-paper'] })] });
    expect(checkReferences(kb)).toEqual([
      { path: 'resource:a-paper.related', message: 'an item must not refer to itself' },
    ]);
  });

  it('reports an item whose section is not a section of the post', () => {
    const kb = buildKnowledgeBase({ principles: [buildPrinciple({ section: 'epilogue' })] });
    expect(checkReferences(kb)).toEqual([
      { path: 'principle:first-principle.section', message: 'no section of the post has id "epilogue"' },
    ]);
  });

  it('reports a repeated section id and a parent that does not exist', () => {
    const source = buildSource({
      sections: [buildSection(), buildSection(), buildSection({ id: 'details', parent: 'nowhere' })],
    });
    expect(checkReferences(buildKnowledgeBase({ source }))).toEqual([
      { path: 'source.sections[1].id', message: 'section id "general" is used twice' },
      { path: 'source.sections[2].parent', message: 'no section has id "nowhere"' },
    ]);
  });
});
