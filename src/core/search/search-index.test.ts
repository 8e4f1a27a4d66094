import { describe, expect, it } from 'vitest';
import { indexKnowledgeBase } from '../kb/items.js';
import { buildSearchIndex, search } from './search-index.js';
import {
  buildCluster,
  buildDirection,
  buildFitTest,
  buildKnowledgeBase,
  buildPath,
  buildPrinciple,
  buildResource,
  buildTopic,
  buildTrack,
} from './testing/kb-builders.js';

const superposition = buildResource({
  id: 'elhage2022-toy-models-superposition',
  title: 'Toy Models of Superposition',
  authors: ['Nelson Elhage'],
  year: 2022,
  venue: 'Transformer Circuits Thread',
  mention: 'Elhage (2022)',
  about: 'Small networks that pack more features than they have neurons.',
});

const kb = buildKnowledgeBase({
  principles: [
    buildPrinciple({ appliesTo: { paths: [], stages: [], situations: ['before any gradient hacking'] } }),
  ],
  paths: [buildPath()],
  directions: [
    buildDirection({
      strands: [
        {
          id: 'superposition',
          title: 'Solving superposition',
          summary: 'Fewer overlapping concepts.',
          readings: [],
        },
      ],
      readings: ['elhage2022-toy-models-superposition'],
    }),
    buildDirection({
      id: 'scalable-oversight',
      title: 'Scalable oversight',
      summary: 'Using stronger models to produce better reward signals, for example through debate.',
      whereDone: 'Mostly inside large labs.',
      strands: [],
    }),
    buildDirection({
      id: 'cooperative-irl',
      title: 'Cooperative inverse reinforcement learning',
      tier: 'overrated',
      summary: 'Learning what humans want by modelling them as part of the game.',
      strands: [],
      critique: {
        summary: 'The assistance framing assumes a fixed, knowable utility function.',
        readings: [],
      },
    }),
  ],
  resources: [superposition, buildResource()],
  clusters: [buildCluster()],
  topics: [buildTopic()],
  tracks: [buildTrack()],
  fitTests: [buildFitTest()],
});

const index = buildSearchIndex(indexKnowledgeBase(kb));
const ids = (query: string, options = {}) => search(index, query, options).map((r) => r.id);

describe('search', () => {
  it('ranks an item whose title holds the word above items that only mention it', () => {
    expect(ids('superposition')[0]).toBe('elhage2022-toy-models-superposition');
    expect(ids('superposition')).toContain('mechanistic-interpretability');
  });

  it('finds words with a typo', () => {
    expect(ids('superpositon')[0]).toBe('elhage2022-toy-models-superposition');
    expect(ids('interpretabilty')[0]).toBe('mechanistic-interpretability');
    expect(ids('oversigt')[0]).toBe('scalable-oversight');
  });

  it('finds words with two letters swapped', () => {
    expect(ids('oversihgt')[0]).toBe('scalable-oversight');
    expect(ids('superpsoition')[0]).toBe('elhage2022-toy-models-superposition');
  });

  it('looks for near spellings only when a word matched nothing as typed', () => {
    const rebate = buildKnowledgeBase({
      resources: [
        buildResource(),
        buildResource({ id: 'tax', title: 'A rebate on taxes', about: 'Money back.', mention: 'a rebate' }),
      ],
    });
    const small = buildSearchIndex(indexKnowledgeBase(rebate));
    expect(search(small, 'debate').map((r) => r.id)).toEqual(['irving2018-debate']);
    expect(search(small, 'debatte').map((r) => r.id)).toContain('irving2018-debate');
  });

  it('does not guess at short words', () => {
    expect(ids('dbate')).toContain('irving2018-debate'); // five letters: one edit allowed
    expect(ids('mbl')).toEqual([]); // three letters: taken as typed
  });

  it('finds words from their first letters', () => {
    expect(ids('interp')[0]).toBe('mechanistic-interpretability');
    expect(ids('debat')).toEqual(expect.arrayContaining(['irving2018-debate', 'scalable-oversight']));
  });

  it('finds an item by the words and year of its id', () => {
    expect(ids('elhage 2022')[0]).toBe('elhage2022-toy-models-superposition');
  });

  it('searches the text beyond titles and summaries', () => {
    expect(ids('utility function')).toEqual(['cooperative-irl']); // a critique
    expect(ids('bootcamp')).toEqual(['empirical-upskilling-track']); // a track step
    expect(ids('write-up')[0]).toBe('replicate-a-paper'); // a fit test's deliverable
    expect(ids('matches')[0]).toBe('replicate-a-paper'); // what going well looks like
    expect(ids('gradient hacking')).toContain('fast-feedback-loops'); // a situation
    expect(ids('Amodei')).toEqual(['irving2018-debate']); // an author
    expect(ids('hardware')).toEqual(
      expect.arrayContaining(['compute-governance', 'gpu-tamper-evident-logging']),
    );
  });

  it('prefers a direction to a principle that matches as well', () => {
    const tie = buildKnowledgeBase({
      principles: [buildPrinciple({ id: 'p', title: 'Debate', summary: 'Same words.' })],
      directions: [
        buildDirection({ id: 'scalable-oversight', title: 'Debate', summary: 'Same words.', strands: [] }),
      ],
    });
    const results = search(buildSearchIndex(indexKnowledgeBase(tie)), 'debate');
    expect(results.map((r) => r.id)).toEqual(['scalable-oversight', 'p']);
  });

  it('returns the kind, title and a positive score of each result', () => {
    const [first] = search(index, 'debate paper');
    expect(first).toMatchObject({ id: 'irving2018-debate', kind: 'resource', title: 'AI safety via debate' });
    expect(first?.score).toBeGreaterThan(0);
  });

  it('cuts a snippet around the matched word', () => {
    const result = search(index, 'reward').find((r) => r.id === 'scalable-oversight');
    expect(result?.snippet).toContain('reward signals');
  });

  it('falls back to the start of the summary when only the title matched', () => {
    const result = search(index, 'toy models')[0];
    expect(result?.snippet).toBe('Small networks that pack more features than they have neurons.');
  });

  it('keeps only the kinds asked for', () => {
    expect(ids('superposition', { kinds: ['direction'] })).toEqual(['mechanistic-interpretability']);
    expect(ids('superposition', { kinds: ['topic', 'track'] })).toEqual([]);
  });

  it('returns at most `limit` results', () => {
    expect(search(index, 'models', { limit: 1 })).toHaveLength(1);
    expect(search(index, 'models', { limit: 0 })).toEqual([]);
  });

  it('finds nothing for an empty query or one made only of common words', () => {
    expect(search(index, '')).toEqual([]);
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'the of and')).toEqual([]);
  });

  it('finds nothing for words no item contains', () => {
    expect(search(index, 'xylophone')).toEqual([]);
  });
});
