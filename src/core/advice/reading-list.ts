/** The reading list: what to read, in order, each with why. Only works with a known link. */
import type { PlanDirection, PlanTopic, ReadingItem } from '../plan/schema.js';
import type { AdviceContext } from './context.js';
import { resourceRef } from './context.js';
import type { Rule } from './rules-schema.js';
import { midSentence } from './wording.js';

const MAX_READINGS = 12;

/** Readings from rules, then from recommended directions, then from suggested topics. */
export function planReadingList(
  ctx: AdviceContext,
  firing: readonly Rule[],
  directions: readonly PlanDirection[],
  topics: readonly PlanTopic[],
): ReadingItem[] {
  const out: ReadingItem[] = [];
  const seen = new Set<string>();
  const add = (id: string, why: string, principle: string) => {
    if (out.length >= MAX_READINGS || seen.has(id)) return;
    const ref = resourceRef(ctx, id);
    if (!ref) return;
    seen.add(id);
    // Built field by field rather than spread: the same keys in the same order, much cheaper.
    out.push({ id: ref.id, title: ref.title, url: ref.url, why, principle });
  };
  for (const rule of firing) {
    const readings = rule.readings;
    if (readings) for (const id of readings.resources) add(id, readings.why, rule.principle);
  }
  for (const d of directions.filter((x) => x.recommendation === 'recommended')) {
    const direction = ctx.directions.get(d.id);
    for (const id of direction?.readings.slice(0, 3) ?? []) {
      add(
        id,
        `A key reading for ${midSentence(d.title)}, a direction that fits you.`,
        direction?.principles[0] ?? 'get-hands-on',
      );
    }
  }
  const clusters = new Set(topics.map((t) => t.cluster));
  for (const cluster of ctx.ikb.kb.clusters.filter((c) => clusters.has(c.id))) {
    for (const id of cluster.readings)
      add(id, `The starting point for ${midSentence(cluster.title)} topics.`, 'compute-topics-from-shavit');
  }
  return out;
}
