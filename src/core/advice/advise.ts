/**
 * The advice engine: profile in, explainable plan out. Pure and deterministic: the same profile,
 * knowledge base, rules and journal always give the same plan, byte for byte. Without a journal
 * (or with an empty one) the plan is exactly what the profile alone gives.
 */
import { pivotCautions } from '../feedback/cautions.js';
import { checkInStep } from '../feedback/check-in-step.js';
import { loggedByPath } from '../feedback/evidence.js';
import { pathSignals } from '../feedback/signals.js';
import type { Experiment, IsoDate } from '../journal/schema.js';
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

/** What the person has logged while testing their fit, as the store returns it. */
export interface Journal {
  readonly experiments: readonly Experiment[];
  /** Today, to tell whether an experiment already has this week's check-in or is due. */
  readonly today?: IsoDate;
}

const NO_JOURNAL: Journal = { experiments: [] };

/** Builds the plan for a valid profile, using the journal's evidence when there is one. */
export function advise(profile: Profile, ctx: AdviceContext, journal: Journal = NO_JOURNAL): Plan {
  const { experiments } = journal;
  const adjustments = fitAdjustments(ctx.compiledRules, profile);
  const ranked = rankPaths(profile, ctx.paths, adjustments, loggedByPath(experiments));
  const firing = firingRules(ctx.compiledRules, profile, ranked);
  const titleOf = (id: string) => ctx.ikb.byId.get(id)?.item.title ?? id;
  const signals = pathSignals(ranked, experiments);

  const paths = ranked.flatMap((fit) => {
    const path = ctx.pathsById.get(fit.id);
    return path ? [planPath(profile, path, fit, firing, titleOf, signals.get(fit.id))] : [];
  });
  const directions = planDirections(ctx, profile, ranked, firing);
  const governanceTopics = planTopics(ctx, profile, ranked, firing);
  const fitTests = planFitTests(ctx, profile, ranked);
  const steps = orderSteps([
    ...ruleSteps(ctx, firing),
    ...upskillingSteps(ctx, profile, ranked),
    ...fitTestStep(fitTests),
    ...checkInStep(experiments, journal.today),
  ]);
  const cautions = [
    ...firing.flatMap((rule): Caution[] =>
      rule.caution ? [{ text: rule.caution.text, principle: rule.principle, about: rule.caution.about }] : [],
    ),
    ...pivotCautions(ranked, signals, titleOf),
  ];
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

/**
 * Validates an untrusted profile and builds the plan; invalid input gives problems naming each
 * field. The journal comes from the store, which has validated it already.
 */
export function adviseFromInput(raw: unknown, ctx: AdviceContext, journal?: Journal): Result<Plan> {
  const profile = parseProfile(raw);
  return profile.ok ? ok(advise(profile.value, ctx, journal)) : profile;
}

/** The plan for a valid profile and the person's journal (the same as `advise` with a journal). */
export const adviseWithJournal = (profile: Profile, ctx: AdviceContext, journal: Journal): Plan =>
  advise(profile, ctx, journal);
