/**
 * Coverage of the post: every section has a principle, and the paths, directions, clusters and
 * topics the product promises are all there. Each check returns one message per gap, naming the
 * item at fault; an empty list means the knowledge base is complete.
 */
import type { KnowledgeBase } from '../../../src/core/kb/schema.js';
import {
  CLUSTER_SLUGS,
  DIRECTION_SLUGS,
  type DirectionSlug,
  PATH_SLUGS,
  type Tier,
} from '../../../src/core/vocabulary.js';

/** The tiers PRODUCT.md gives the nine research directions. */
export const EXPECTED_TIERS: Record<DirectionSlug, Tier> = {
  'scalable-oversight': 'primary',
  'mechanistic-interpretability': 'primary',
  'alignment-theory': 'primary',
  evaluations: 'secondary',
  'unrestricted-adversarial-training': 'secondary',
  'threat-modeling': 'secondary',
  'cooperative-irl': 'overrated',
  'natural-abstractions': 'overrated',
  myopia: 'overrated',
};

export const TOPICS_PER_CLUSTER = 8;
export const COMPUTE_PAPER = 'shavit2023-chinchilla';
export const GREAT_WORK_EXAMPLE = 'baker2023-nuclear-arms-control';

/**
 * Sections of the post that no principle comes from. A section whose own text only introduces its
 * sub-sections (e.g. "Alignment research", whose advice is its four numbered recommendations) is
 * covered by the principles of those sub-sections; a leaf section needs a principle of its own.
 */
export function sectionsWithoutPrinciple(kb: KnowledgeBase): string[] {
  const covered = new Set(kb.principles.map((p) => p.section));
  const parentOf = new Map(kb.source.sections.map((s) => [s.id, s.parent]));
  for (const id of [...covered]) {
    const seen = new Set<string>();
    for (let parent = parentOf.get(id); parent && !seen.has(parent); parent = parentOf.get(parent)) {
      seen.add(parent);
      covered.add(parent);
    }
  }
  return kb.source.sections
    .filter((s) => !covered.has(s.id))
    .map((s) => `section "${s.id}" (${s.title}) is the section of no principle`);
}

/** Compares the ids present with the ids expected: missing, unexpected and repeated ones. */
function slugProblems(kind: string, ids: readonly string[], expected: readonly string[]): string[] {
  const problems: string[] = [];
  for (const slug of expected) if (!ids.includes(slug)) problems.push(`${kind} "${slug}" is missing`);
  ids.forEach((id, i) => {
    if (!expected.includes(id)) problems.push(`${kind} "${id}" is not in the vocabulary`);
    if (ids.indexOf(id) !== i) problems.push(`${kind} "${id}" appears more than once`);
  });
  return problems;
}

/** The eight paths and nine directions of the vocabulary, directions with their tiers and critiques. */
export function vocabularyProblems(kb: KnowledgeBase): string[] {
  const problems = [
    ...slugProblems(
      'path',
      kb.paths.map((p) => p.id),
      PATH_SLUGS,
    ),
    ...slugProblems(
      'direction',
      kb.directions.map((d) => d.id),
      DIRECTION_SLUGS,
    ),
  ];
  for (const d of kb.directions) {
    const tier = EXPECTED_TIERS[d.id];
    if (d.tier !== tier) problems.push(`direction:${d.id}.tier is "${d.tier}", expected "${tier}"`);
    if (d.tier === 'overrated' && (d.critique === undefined || d.critique.readings.length === 0)) {
      problems.push(`direction:${d.id}.critique must point to at least one critique`);
    }
  }
  const interp = kb.directions.find((d) => d.id === 'mechanistic-interpretability');
  if (interp && interp.strands.length !== 3) {
    problems.push(`direction:mechanistic-interpretability.strands has ${interp.strands.length}, expected 3`);
  }
  return problems;
}

/** The three clusters with eight topics each, numbered 1..8, and the readings the post gives them. */
export function topicProblems(kb: KnowledgeBase): string[] {
  const problems: string[] = [];
  const expectedNumbers = Array.from({ length: TOPICS_PER_CLUSTER }, (_, i) => i + 1);
  for (const cluster of CLUSTER_SLUGS) {
    if (!kb.clusters.some((c) => c.id === cluster)) problems.push(`cluster "${cluster}" is missing`);
    const numbers = kb.topics
      .filter((t) => t.cluster === cluster)
      .map((t) => t.number)
      .sort((a, b) => a - b);
    if (numbers.join() !== expectedNumbers.join()) {
      problems.push(`cluster "${cluster}" has topics numbered [${numbers.join(', ')}], expected 1 to 8`);
    }
  }
  for (const topic of kb.topics) {
    if (topic.cluster === 'compute-governance' && !topic.readings.includes(COMPUTE_PAPER)) {
      problems.push(`topic:${topic.id}.readings must cite ${COMPUTE_PAPER}, the source of its cluster`);
    }
    if (!topic.readings.includes(GREAT_WORK_EXAMPLE)) {
      problems.push(`topic:${topic.id}.readings must cite ${GREAT_WORK_EXAMPLE}, the model of great work`);
    }
  }
  const compute = kb.clusters.find((c) => c.id === 'compute-governance');
  if (compute && !compute.readings.includes(COMPUTE_PAPER)) {
    problems.push(`cluster:compute-governance.readings must cite ${COMPUTE_PAPER}`);
  }
  return problems;
}
