import { describe, expect, it } from 'vitest';
import {
  buildDirection,
  buildFitTest,
  buildKnowledgeBase,
  buildPrinciple,
  buildResource,
  buildTopic,
  buildTrack,
} from '../../../test/kb/builders.js';
import { allItems, expectedKind, indexKnowledgeBase, itemSummary, outgoingReferences } from './items.js';

describe('allItems', () => {
  it('lists every item by kind, in the order of the content', () => {
    const kb = buildKnowledgeBase({ principles: [buildPrinciple(), buildPrinciple({ id: 'second' })] });
    expect(allItems(kb).map((e) => `${e.kind}:${e.item.id}`)).toEqual([
      'principle:first-principle',
      'principle:second',
      'path:alignment-research',
      'direction:scalable-oversight',
      'resource:a-paper',
      'cluster:compute-governance',
      'topic:a-topic',
      'track:a-track',
      'fit-test:a-fit-test',
    ]);
  });
});

describe('indexKnowledgeBase', () => {
  it('looks items and sections up by id', () => {
    const index = indexKnowledgeBase(buildKnowledgeBase());
    expect(index.byId.get('a-paper')?.kind).toBe('resource');
    expect(index.sections.get('details')?.parent).toBe('general');
    expect(index.byId.get('nothing')).toBeUndefined();
  });

  it('keeps the first item when an id is repeated', () => {
    const index = indexKnowledgeBase(
      buildKnowledgeBase({ resources: [buildResource({ id: 'first-principle' })] }),
    );
    expect(index.byId.get('first-principle')?.kind).toBe('principle');
  });
});

describe('itemSummary', () => {
  it('is what to do for a fit test', () => {
    const test = buildFitTest({ detail: 'Rerun the paper.' });
    expect(itemSummary({ kind: 'fit-test', item: test })).toBe('Rerun the paper.');
  });

  it('is the about of a resource, the description of a topic and the summary otherwise', () => {
    const [principle, , , resource, , topic] = allItems(
      buildKnowledgeBase({
        resources: [buildResource({ about: 'About it.' })],
        topics: [buildTopic({ description: 'Described.' })],
      }),
    );
    expect([principle, resource, topic].map((e) => (e ? itemSummary(e) : ''))).toEqual([
      'Some advice in our own words.',
      'About it.',
      'Described.',
    ]);
  });
});

describe('outgoingReferences', () => {
  it('names the field of every nested reference of a direction', () => {
    const item = buildDirection({
      tier: 'overrated',
      strands: [{ id: 'one', title: 'One', summary: 'S', readings: ['r1'] }],
      readings: ['r2'],
      critique: { summary: 'C', readings: ['r3'] },
      principles: ['p1'],
      related: ['x'],
    });
    expect(outgoingReferences({ kind: 'direction', item })).toEqual([
      { field: 'strands[0].readings', id: 'r1' },
      { field: 'readings', id: 'r2' },
      { field: 'critique.readings', id: 'r3' },
      { field: 'principles', id: 'p1' },
      { field: 'related', id: 'x' },
    ]);
  });

  it('includes the resources of each track step', () => {
    const refs = outgoingReferences({ kind: 'track', item: buildTrack() });
    expect(refs).toContainEqual({ field: 'steps[0].resources', id: 'a-paper' });
  });
});

describe('outgoingReferences of a fit test', () => {
  it('lists its path, direction, resources and principles', () => {
    const item = buildFitTest({ resources: ['r1'], principles: ['p1'] });
    expect(outgoingReferences({ kind: 'fit-test', item })).toEqual([
      { field: 'path', id: 'alignment-research' },
      { field: 'direction', id: 'scalable-oversight' },
      { field: 'resources', id: 'r1' },
      { field: 'principles', id: 'p1' },
    ]);
  });

  it('leaves out the direction of a test that has none', () => {
    const { direction: _, ...item } = buildFitTest();
    expect(outgoingReferences({ kind: 'fit-test', item }).map((r) => r.field)).not.toContain('direction');
  });
});

describe('expectedKind', () => {
  it('requires principles in principle fields and resources in reading and resource fields', () => {
    expect(expectedKind('principles')).toBe('principle');
    expect(expectedKind('critique.readings')).toBe('resource');
    expect(expectedKind('steps[2].resources')).toBe('resource');
    expect(expectedKind('related')).toBeUndefined();
  });

  it('requires a path in a path field and a direction in a direction field', () => {
    expect(expectedKind('path')).toBe('path');
    expect(expectedKind('direction')).toBe('direction');
  });
});
