/**
 * Governance topics to suggest. The post says to pick one topic from its list and become its
 * expert; which topics suit whom is Lever's inference from the person's background and tastes,
 * and the reasons say so.
 */
import type { Topic } from '../kb/schema.js';
import type { PlanTopic } from '../plan/schema.js';
import type { Profile } from '../profile/schema.js';
import type { AdviceContext } from './context.js';
import { holds } from './facts.js';
import type { PathFit } from './fit.js';
import { isInterestedIn } from './profile-view.js';
import type { Rule } from './rules-schema.js';

const MAX_TOPICS = 4;

function score(profile: Profile, topic: Topic, technical: boolean): { points: number; because: string[] } {
  const because: string[] = [];
  let points = 0;
  const backgrounds = (profile.background ?? []).filter((b) => topic.backgrounds.includes(b));
  if (backgrounds.length > 0) {
    // A topic lists its most relevant background first: matching that one counts most.
    for (const b of backgrounds) points += Math.max(1, 3 - topic.backgrounds.indexOf(b));
    because.push(`your ${backgrounds.join(' and ')} background gives you a head start`);
  }
  if (isInterestedIn(profile, topic.cluster)) {
    points += 2;
    because.push('you are interested in this cluster');
  }
  const enjoys = (profile.enjoys ?? []).filter((e) => e !== 'writing' && topic.enjoys.includes(e));
  if (enjoys.length > 0) {
    points += enjoys.length;
    because.push(`it involves ${enjoys.join(' and ')}, which you enjoy`);
  }
  // Without other signals, steer people without a technical background to the less technical cluster.
  if (points === 0 && !technical && topic.cluster === 'policy-and-society') points += 0.5;
  return { points, because };
}

/** Whether governance topics belong in the plan: governance research, lab governance or policy is in focus. */
export function topicsRelevant(profile: Profile, ranked: readonly PathFit[]): boolean {
  const ctx = { profile, ranked };
  return ['governance-research', 'lab-governance', 'policy'].some((p) => holds(ctx, `focus:${p}`));
}

/** Up to four topics: those rules name first, then the best matches to the person's background. */
export function planTopics(
  ctx: AdviceContext,
  profile: Profile,
  ranked: readonly PathFit[],
  firing: readonly Rule[],
): PlanTopic[] {
  const out: PlanTopic[] = [];
  const seen = new Set<string>();
  const add = (topic: Topic, why: string, principle: string) => {
    if (seen.has(topic.id) || out.length >= MAX_TOPICS) return;
    seen.add(topic.id);
    out.push({ id: topic.id, title: topic.title, cluster: topic.cluster, why, principle });
  };
  for (const rule of firing) {
    const topics = rule.topics;
    if (!topics) continue;
    for (const id of topics.ids) {
      const topic = ctx.topicsById.get(id);
      if (topic) add(topic, topics.why, rule.principle);
    }
  }
  // Once full, nothing more could be added: skip scoring every topic.
  if (out.length >= MAX_TOPICS || !topicsRelevant(profile, ranked)) return out;
  const technical = holds({ profile, ranked }, 'technical-background');
  const scored = ctx.topics
    .map((topic, order) => ({ topic, order, ...score(profile, topic, technical) }))
    .filter((s) => s.points > 0)
    .sort((a, b) => b.points - a.points || a.order - b.order);
  for (const s of scored) {
    const why = `Lever's suggestion: ${s.because.length > 0 ? s.because.join('; ') : 'a less technical topic that needs no engineering background'}. Nobody is yet the world expert on it.`;
    add(s.topic, why, 'topics-need-experts');
  }
  if (out.length === 0) {
    // No signal at all: one opening topic per cluster, so the person sees the range.
    for (const cluster of ['compute-governance', 'security', 'policy-and-society'] as const) {
      const first = ctx.topics.find((t) => t.cluster === cluster);
      if (first)
        add(
          first,
          'One of the topics that still lacks a world expert; browse its cluster for others.',
          'topics-need-experts',
        );
    }
  }
  return out;
}
