/** The plan's citation index: every principle the plan cites, with its section and a link to the passage. */
import type { Plan, PrincipleRef } from '../plan/schema.js';
import type { AdviceContext } from './context.js';

type PlanBody = Pick<
  Plan,
  'paths' | 'directions' | 'steps' | 'fitTests' | 'readingList' | 'cautions' | 'governanceTopics'
>;

/** Principles cited anywhere in the plan, in the knowledge base's (the post's) order. */
export function citedPrinciples(ctx: AdviceContext, plan: PlanBody): PrincipleRef[] {
  const cited = new Set<string>();
  for (const p of plan.paths) {
    for (const r of p.reasons) cited.add(r.principle);
    if (p.signal) cited.add(p.signal.principle);
  }
  for (const d of plan.directions) for (const r of d.reasons) cited.add(r.principle);
  for (const s of plan.steps) for (const id of s.principles) cited.add(id);
  for (const x of [...plan.fitTests, ...plan.readingList, ...plan.cautions, ...plan.governanceTopics])
    cited.add(x.principle);
  return [...ctx.principleRefs.values()].filter((ref) => cited.has(ref.id));
}
