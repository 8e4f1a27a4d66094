import { describe, expect, it } from 'vitest';
import { indexKnowledgeBase } from '../kb/items.js';
import { backlinks, outgoingLinks } from './item-links.js';
import {
  buildCluster,
  buildDirection,
  buildFitTest,
  buildKnowledgeBase,
  buildPrinciple,
  buildResource,
  buildTopic,
  buildTrack,
} from './testing/kb-builders.js';

const indexed = indexKnowledgeBase(
  buildKnowledgeBase({
    principles: [buildPrinciple()],
    directions: [
      buildDirection({
        strands: [{ id: 's', title: 'Strand', summary: 'A strand.', readings: ['irving2018-debate'] }],
        readings: ['irving2018-debate'],
      }),
    ],
    resources: [buildResource()],
    clusters: [buildCluster()],
    topics: [buildTopic()],
    tracks: [buildTrack({ principles: ['fast-feedback-loops'] })],
    fitTests: [
      buildFitTest({
        direction: 'mechanistic-interpretability',
        resources: ['irving2018-debate'],
        principles: [],
        section: 'research',
      }),
    ],
  }),
);

describe('outgoingLinks', () => {
  it('lists each referenced item once, with its kind and title', () => {
    const entry = indexed.byId.get('mechanistic-interpretability');
    if (!entry) throw new Error('fixture is missing the direction');
    expect(outgoingLinks(indexed, entry)).toEqual([
      {
        id: 'irving2018-debate',
        kind: 'resource',
        title: 'AI safety via debate',
        field: 'strands[0].readings',
      },
      {
        id: 'fast-feedback-loops',
        kind: 'principle',
        title: 'Seek fast feedback loops',
        field: 'principles',
      },
    ]);
  });

  it('includes the cluster a topic belongs to', () => {
    const entry = indexed.byId.get('gpu-tamper-evident-logging');
    if (!entry) throw new Error('fixture is missing the topic');
    expect(outgoingLinks(indexed, entry).map((link) => link.id)).toEqual(['compute-governance']);
  });
});

describe('backlinks', () => {
  it('lists every item that refers to the id', () => {
    expect(backlinks(indexed, 'fast-feedback-loops').map((link) => link.id)).toEqual([
      'mechanistic-interpretability',
      'empirical-upskilling-track',
    ]);
  });

  it("lists a cluster's topics and a path's tracks", () => {
    expect(backlinks(indexed, 'compute-governance').map((link) => link.id)).toEqual([
      'gpu-tamper-evident-logging',
    ]);
    expect(backlinks(indexed, 'alignment-research').map((link) => link.id)).toEqual([
      'empirical-upskilling-track',
      'replicate-a-paper',
    ]);
  });

  it('lists the fit tests of a direction and of a resource they start from', () => {
    expect(backlinks(indexed, 'mechanistic-interpretability')).toContainEqual({
      id: 'replicate-a-paper',
      kind: 'fit-test',
      title: 'Replicate a paper',
      field: 'direction',
    });
    expect(backlinks(indexed, 'irving2018-debate').map((link) => link.id)).toContain('replicate-a-paper');
  });

  it('is empty for an item nothing refers to', () => {
    expect(backlinks(indexed, 'empirical-upskilling-track')).toEqual([]);
  });
});
