import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseFromContent } from '../../src/content/content-kb.js';
import { mutated } from './builders.js';
import { COMPUTE_PAPER, GREAT_WORK_EXAMPLE, topicProblems } from './checks/coverage.js';

const kb = loadKnowledgeBaseFromContent();

describe('the 24 governance topics', () => {
  it('are all present: eight per cluster, numbered 1 to 8, with the post’s readings', () => {
    expect(kb.topics).toHaveLength(24);
    expect(topicProblems(kb)).toEqual([]);
  });

  it('reports a missing topic', () => {
    const broken = mutated(kb, (copy) => {
      copy.topics = copy.topics.filter((t) => !(t.cluster === 'security' && t.number === 4));
    });
    expect(topicProblems(broken)).toEqual([
      'cluster "security" has topics numbered [1, 2, 3, 5, 6, 7, 8], expected 1 to 8',
    ]);
  });

  it('reports two topics with the same number', () => {
    const broken = mutated(kb, (copy) => {
      const topic = copy.topics.find((t) => t.cluster === 'policy-and-society' && t.number === 8);
      if (topic) topic.number = 7;
    });
    expect(topicProblems(broken)).toEqual([
      'cluster "policy-and-society" has topics numbered [1, 2, 3, 4, 5, 6, 7, 7], expected 1 to 8',
    ]);
  });

  it('reports a missing cluster', () => {
    const broken = mutated(kb, (copy) => {
      copy.clusters = copy.clusters.filter((c) => c.id !== 'security');
    });
    expect(topicProblems(broken)).toEqual(['cluster "security" is missing']);
  });

  it('reports a compute topic that does not cite Shavit’s paper', () => {
    const broken = mutated(kb, (copy) => {
      const topic = copy.topics.find((t) => t.cluster === 'compute-governance');
      if (topic) topic.readings = topic.readings.filter((r) => r !== COMPUTE_PAPER);
    });
    const id = broken.topics.find((t) => t.cluster === 'compute-governance')?.id;
    expect(topicProblems(broken)).toEqual([
      `topic:${id}.readings must cite ${COMPUTE_PAPER}, the source of its cluster`,
    ]);
  });

  it('reports a topic that does not point to Baker’s paper as the model of great work', () => {
    const broken = mutated(kb, (copy) => {
      const topic = copy.topics.find((t) => t.cluster === 'security');
      if (topic) topic.readings = [];
    });
    const id = broken.topics.find((t) => t.cluster === 'security')?.id;
    expect(topicProblems(broken)).toEqual([
      `topic:${id}.readings must cite ${GREAT_WORK_EXAMPLE}, the model of great work`,
    ]);
  });

  it('reports a compute governance cluster that does not point to Shavit’s paper', () => {
    const broken = mutated(kb, (copy) => {
      const cluster = copy.clusters.find((c) => c.id === 'compute-governance');
      if (cluster) cluster.readings = [];
    });
    expect(topicProblems(broken)).toEqual([`cluster:compute-governance.readings must cite ${COMPUTE_PAPER}`]);
  });
});
