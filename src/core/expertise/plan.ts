/**
 * `expertisePlan`: a six-month plan to become the expert on one of the post's governance topics,
 * with dated milestones, the readings to start from, and checks to ask of the work along the way.
 */
import { addWeeks } from '../journal/dates.js';
import type { KnowledgeBase, Topic } from '../kb/schema.js';
import { EXPERTISE_CHECKS } from './checks.js';
import { EXEMPLARS, MILESTONES, type MilestoneResources } from './milestones.js';
import type { ExpertisePlan, Milestone, PlanResource } from './types.js';

/** The known resources among `ids`, each once, in the order given. */
function resourceRefs(ids: readonly string[], kb: KnowledgeBase): PlanResource[] {
  const refs: PlanResource[] = [];
  for (const id of new Set(ids)) {
    const resource = kb.resources.find((r) => r.id === id);
    if (resource) refs.push({ id: resource.id, title: resource.title, url: resource.url });
  }
  return refs;
}

/**
 * Where to start: the topic's own readings, then its cluster's, then the post's exemplars:
 * Baker's arms control paper for every topic, and Shavit's paper for compute governance topics.
 */
export function startingReadings(topic: Topic, kb: KnowledgeBase): PlanResource[] {
  const cluster = kb.clusters.find((c) => c.id === topic.cluster);
  const exemplars: string[] = [EXEMPLARS.armsControl];
  if (topic.cluster === 'compute-governance') exemplars.push(EXEMPLARS.computeGovernance);
  return resourceRefs([...topic.readings, ...(cluster?.readings ?? []), ...exemplars], kb);
}

/** Titles of the topics this one lists as related, for branching out. */
function neighbourTitles(topic: Topic, kb: KnowledgeBase): string[] {
  return topic.related.flatMap((id) => kb.topics.find((t) => t.id === id && t.id !== topic.id)?.title ?? []);
}

/** The six-month plan for `topic`, started on `startedOn` (YYYY-MM-DD). */
export function expertisePlan(topic: Topic, kb: KnowledgeBase, startedOn: string): ExpertisePlan {
  const starting = startingReadings(topic, kb);
  const ctx = { topicTitle: topic.title, neighbours: neighbourTitles(topic, kb) };
  const resourcesFor = (spec: MilestoneResources): PlanResource[] =>
    spec === 'starting-readings' ? starting : resourceRefs(spec, kb);
  const milestones: Milestone[] = MILESTONES.map((m) => ({
    id: m.id,
    week: m.week,
    date: addWeeks(startedOn, m.week),
    title: m.title,
    detail: m.detail(ctx),
    principles: [...m.principles],
    resources: resourcesFor(m.resources),
  }));
  const last = milestones[milestones.length - 1];
  return {
    topicId: topic.id,
    topicTitle: topic.title,
    startedOn,
    dueOn: last?.date ?? startedOn,
    milestones,
    checks: EXPERTISE_CHECKS.map((check) => ({ ...check })),
  };
}
