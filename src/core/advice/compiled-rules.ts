/**
 * The rule table with each condition resolved once, when the advice context is prepared: every
 * distinct fact name becomes a numbered test, so a plan evaluates conditions by index instead of
 * looking each fact up by name (and splitting `name:value`) for every rule, twice per plan.
 */
import { compileFact, type FactContext } from './facts.js';
import type { Condition, Rule } from './rules-schema.js';

type Test = (ctx: FactContext) => boolean;

interface CompiledCondition {
  readonly all: readonly number[];
  /** Undefined when the rule has no `any`, which then holds; an empty `any` never holds. */
  readonly any: readonly number[] | undefined;
  readonly none: readonly number[];
}

export interface CompiledRules {
  readonly rules: readonly Rule[];
  /** Each rule's condition, at the same index as the rule. */
  readonly conditions: readonly CompiledCondition[];
  /** The test of each distinct fact the table uses. */
  readonly facts: readonly Test[];
}

/** Resolves every fact name of the table; an unknown name fails only if a plan evaluates it. */
export function compileRules(rules: readonly Rule[]): CompiledRules {
  const slots = new Map<string, number>();
  const facts: Test[] = [];
  const slot = (name: string): number => {
    let index = slots.get(name);
    if (index === undefined) {
      index = facts.length;
      slots.set(name, index);
      facts.push(compileFact(name));
    }
    return index;
  };
  const compile = (when: Condition): CompiledCondition => ({
    all: (when.all ?? []).map(slot),
    any: when.any?.map(slot),
    none: (when.none ?? []).map(slot),
  });
  return { rules, conditions: rules.map((rule) => compile(rule.when)), facts };
}

/**
 * Evaluates conditions for one person, deciding each fact at most once (the facts are pure, so
 * this changes only how often they run, never a result).
 */
export function conditionEvaluator(table: CompiledRules, ctx: FactContext): (index: number) => boolean {
  // 0: not decided yet, 1: holds, 2: does not hold.
  const decided = new Uint8Array(table.facts.length);
  const fact = (i: number): boolean => {
    const known = decided[i];
    if (known) return known === 1;
    const value = (table.facts[i] as Test)(ctx);
    decided[i] = value ? 1 : 2;
    return value;
  };
  return (index) => {
    const when = table.conditions[index];
    if (!when) return false;
    for (const i of when.all) if (!fact(i)) return false;
    if (when.any !== undefined && !when.any.some(fact)) return false;
    for (const i of when.none) if (fact(i)) return false;
    return true;
  };
}
