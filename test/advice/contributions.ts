/** What a rule adds to a plan, and a check that a plan shows all of it. */
import { advise } from '../../src/core/advice/advise.js';
import { type AdviceContext, createAdviceContext } from '../../src/core/advice/context.js';
import type { Rule } from '../../src/core/advice/rules-schema.js';
import type { Plan } from '../../src/core/plan/schema.js';
import type { Profile } from '../../src/core/profile/schema.js';

const has = <T>(items: readonly T[], pick: (x: T) => boolean) => items.some(pick);

/** Descriptions of what the rule should add to the plan but didn't; empty when all of it is there. */
export function missingContributions(rule: Rule, profile: Profile, plan: Plan, ctx: AdviceContext): string[] {
  const missing: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) missing.push(what);
  };
  const { principle } = rule;
  if (rule.step)
    need(
      has(plan.steps, (s) => s.id === rule.id && s.principles.includes(principle)),
      'step',
    );
  const caution = rule.caution;
  if (caution) {
    need(
      has(
        plan.cautions,
        (c) => c.about === caution.about && c.text === caution.text && c.principle === principle,
      ),
      `caution about ${caution.about}`,
    );
  }
  for (const id of rule.readings?.resources ?? []) {
    if (ctx.resources.get(id)?.url)
      need(
        has(plan.readingList, (r) => r.id === id),
        `reading ${id}`,
      );
  }
  for (const r of rule.reasons ?? []) {
    const path = plan.paths.find((p) => p.id === r.path);
    need(
      has(path?.reasons ?? [], (x) => x.text === r.text && x.principle === principle),
      `reason on ${r.path}`,
    );
  }
  for (const r of rule.directions ?? []) {
    const direction = plan.directions.find((d) => d.id === r.id);
    need(
      has(direction?.reasons ?? [], (x) => x.text === r.text && x.principle === principle),
      `reason on ${r.id}`,
    );
  }
  for (const id of rule.topics?.ids ?? []) {
    need(
      has(plan.governanceTopics, (t) => t.id === id && t.principle === principle),
      `topic ${id}`,
    );
  }
  if (rule.fit) {
    const without = advise(
      profile,
      createAdviceContext(
        ctx.ikb,
        ctx.rules.filter((r) => r.id !== rule.id),
      ),
    );
    for (const nudge of rule.fit) {
      const a = plan.paths.find((p) => p.id === nudge.path);
      const b = without.paths.find((p) => p.id === nudge.path);
      if ((nudge.good ?? 0) > 0) need((a?.good ?? 0) > (b?.good ?? 1), `higher good for ${nudge.path}`);
      if ((nudge.enjoy ?? 0) > 0) need((a?.enjoy ?? 0) > (b?.enjoy ?? 1), `higher enjoy for ${nudge.path}`);
    }
  }
  return missing;
}
