/** Runs the rule table in two phases: fit nudges first (profile facts only), then everything else. */
import type { Profile } from '../profile/schema.js';
import type { PathSlug } from '../vocabulary.js';
import { type CompiledRules, conditionEvaluator } from './compiled-rules.js';
import type { FitAdjustment, PathFit } from './fit.js';
import type { Rule } from './rules-schema.js';

/** The fit nudges of every fit rule that holds for the profile. */
export function fitAdjustments(table: CompiledRules, profile: Profile): FitAdjustment[] {
  const holds = conditionEvaluator(table, { profile, ranked: [] });
  return table.rules.flatMap((rule, i) =>
    rule.fit && holds(i)
      ? rule.fit.map((f) => ({
          path: f.path as PathSlug,
          ...(f.good !== undefined ? { good: f.good } : {}),
          ...(f.enjoy !== undefined ? { enjoy: f.enjoy } : {}),
        }))
      : [],
  );
}

/** Rules whose conditions hold once paths are ranked, in table order. */
export function firingRules(table: CompiledRules, profile: Profile, ranked: readonly PathFit[]): Rule[] {
  const holds = conditionEvaluator(table, { profile, ranked });
  return table.rules.filter((_rule, i) => holds(i));
}
