/**
 * The rule table as a reviewer reads it: each rule's principle with its section of the post, its
 * condition in words (from the facts' own definitions), and what it adds to a plan.
 */
import { PARAMETRIC_FACTS, PROFILE_FACTS, RANKED_FACTS } from '../core/advice/facts.js';
import type { Condition, Rule } from '../core/advice/rules-schema.js';
import type { PrincipleRef } from '../core/plan/schema.js';

/** A fact as used in a condition, with what it means. */
export interface FactUse {
  fact: string;
  means: string;
}

/** One rule, ready to review. */
export interface RuleView {
  id: string;
  principle: PrincipleRef | { id: string };
  when: { all?: FactUse[]; any?: FactUse[]; none?: FactUse[] };
  adds: Omit<Rule, 'id' | 'principle' | 'when'>;
}

/** A fact a condition may use; parametric ones are written `name:<value>` and list their values. */
export interface FactDefinition {
  fact: string;
  means: string;
  /** Decided only once the paths are ranked, so fit nudges cannot depend on it. */
  needsRanking: boolean;
  values?: readonly string[];
}

/** What a fact name means, e.g. "policy: their stated leaning" for `leaning:policy`. */
export function factMeaning(name: string): string {
  const simple = PROFILE_FACTS[name] ?? RANKED_FACTS[name];
  if (simple) return simple.means;
  const colon = name.indexOf(':');
  const parametric = colon > 0 ? PARAMETRIC_FACTS[name.slice(0, colon)] : undefined;
  return parametric ? `${name.slice(colon + 1)}: ${parametric.means}` : `unknown fact "${name}"`;
}

function uses(facts: readonly string[] | undefined): FactUse[] | undefined {
  return facts?.map((fact) => ({ fact, means: factMeaning(fact) }));
}

function conditionView(when: Condition): RuleView['when'] {
  const view: RuleView['when'] = {};
  const all = uses(when.all);
  const any = uses(when.any);
  const none = uses(when.none);
  if (all) view.all = all;
  if (any) view.any = any;
  if (none) view.none = none;
  return view;
}

/** Every rule with its principle looked up and its condition in words, in table order. */
export function ruleViews(rules: readonly Rule[], principles: ReadonlyMap<string, PrincipleRef>): RuleView[] {
  return rules.map(({ id, principle, when, ...adds }) => ({
    id,
    principle: principles.get(principle) ?? { id: principle },
    when: conditionView(when),
    adds,
  }));
}

/** Every fact rules may use: about the person, about the ranking, then those that take a value. */
export function factDefinitions(): FactDefinition[] {
  return [
    ...Object.entries(PROFILE_FACTS).map(([fact, f]) => ({ fact, means: f.means, needsRanking: false })),
    ...Object.entries(RANKED_FACTS).map(([fact, f]) => ({ fact, means: f.means, needsRanking: true })),
    ...Object.entries(PARAMETRIC_FACTS).map(([name, f]) => ({
      fact: `${name}:<value>`,
      means: f.means,
      needsRanking: f.needsRanking,
      values: f.values,
    })),
  ];
}
