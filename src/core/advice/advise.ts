/**
 * The advice engine: profile in, explainable plan out. Pure and deterministic: the same profile,
 * knowledge base and rules always give the same plan, byte for byte.
 */
import type { Caution, Plan } from '../plan/schema.js';
import { parseProfile } from '../profile/parse.js';
import type { Profile } from '../profile/schema.js';
import { ok, type Result } from '../result.js';
import { firingRules, fitAdjustments } from './apply-rules.js';
import type { AdviceContext } from './context.js';
import { planDirections } from './directions.js';
import { rankPaths } from './fit.js';
import { fitTestStep, planFitTests } from './fit-tests.js';
import { missingAnswers } from './missing.js';
import { planPath } from './path-reasons.js';
import { citedPrinciples } from './principles-index.js';
import { planReadingList } from './reading-list.js';
import { orderSteps, ruleSteps } from './steps.js';
import { planSummary } from './summary.js';
import { planTopics } from './topics.js';
import { upskillingSteps } from './upskilling.js';

/** Builds the plan for a valid profile. */
export function advise(profile: Profile, ctx: AdviceContext): Plan {
  const ranked = rankPaths(profile, ctx.paths, fitAdjustments(ctx.compiledRules, profile));
  const firing = firingRules(ctx.compiledRules, profile, ranked);
  const titleOf = (id: string) => ctx.ikb.byId.get(id)?.item.title ?? id;

  const paths = ranked.flatMap((fit) => {
    const path = ctx.pathsById.get(fit.id);
    return path ? [planPath(profile, path, fit, firing, titleOf)] : [];
  });
  const directions = planDirections(ctx, profile, ranked, firing);
  const governanceTopics = planTopics(ctx, profile, ranked, firing);
  const fitTests = planFitTests(ctx, profile, ranked);
  const steps = orderSteps([
    ...ruleSteps(ctx, firing),
    ...upskillingSteps(ctx, profile, ranked),
    ...fitTestStep(fitTests),
  ]);
  const cautions = firing.flatMap((rule): Caution[] =>
    rule.caution ? [{ text: rule.caution.text, principle: rule.principle, about: rule.caution.about }] : [],
  );
  const readingList = planReadingList(ctx, firing, directions, governanceTopics);
  const missing = missingAnswers(profile);

  const body = { paths, directions, steps, fitTests, readingList, cautions, governanceTopics };
  return {
    version: 1,
    summary: planSummary(paths, steps, missing),
    ...body,
    principles: citedPrinciples(ctx, body),
    missing,
  };
}

/** Validates untrusted input and builds the plan; invalid input gives problems naming each field. */
export function adviseFromInput(raw: unknown, ctx: AdviceContext): Result<Plan> {
  const profile = parseProfile(raw);
  return profile.ok ? ok(advise(profile.value, ctx)) : profile;
}
