/** Runs the rule table in two phases: fit nudges first (profile facts only), then everything else. */
import type { Profile } from '../profile/schema.js';
import type { PathSlug } from '../vocabulary.js';
import { conditionHolds } from './conditions.js';
import type { FactContext } from './facts.js';
import type { FitAdjustment, PathFit } from './fit.js';
import type { Rule } from './rules-schema.js';

/** The fit nudges of every fit rule that holds for the profile. */
export function fitAdjustments(rules: readonly Rule[], profile: Profile): FitAdjustment[] {
  const ctx: FactContext = { profile, ranked: [], cache: new Map() };
  return rules.flatMap((rule) =>
    rule.fit && conditionHolds(ctx, rule.when)
      ? rule.fit.map((f) => ({
          path: f.path as PathSlug,
          ...(f.good !== undefined ? { good: f.good } : {}),
          ...(f.enjoy !== undefined ? { enjoy: f.enjoy } : {}),
        }))
      : [],
  );
}

/** Rules whose conditions hold once paths are ranked, in table order. */
export function firingRules(rules: readonly Rule[], profile: Profile, ranked: readonly PathFit[]): Rule[] {
  const ctx: FactContext = { profile, ranked, cache: new Map() };
  return rules.filter((rule) => conditionHolds(ctx, rule.when));
}
