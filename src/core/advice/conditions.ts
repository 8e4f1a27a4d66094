/** Evaluates rule conditions over facts, and checks a rule table against the facts and the knowledge base. */
import type { IndexedKnowledgeBase } from '../kb/items.js';
import type { Problem } from '../validation.js';
import { allFactNames, type FactContext, factNeedsRanking, holds } from './facts.js';
import type { Condition, Rule } from './rules-schema.js';

/** True when the condition holds for the person. An empty condition always holds. */
export function conditionHolds(ctx: FactContext, when: Condition): boolean {
  return (
    (when.all ?? []).every((f) => holds(ctx, f)) &&
    (when.any === undefined || when.any.some((f) => holds(ctx, f))) &&
    !(when.none ?? []).some((f) => holds(ctx, f))
  );
}

const factsOf = (when: Condition): string[] => [
  ...(when.all ?? []),
  ...(when.any ?? []),
  ...(when.none ?? []),
];

/** Problems with a rule table: unknown facts, principles or resources, duplicate ids, circular fit rules. */
export function checkRules(rules: readonly Rule[], ikb: IndexedKnowledgeBase): Problem[] {
  const problems: Problem[] = [];
  const known = new Set(allFactNames());
  const ids = new Set<string>();
  const kindOf = (id: string) => ikb.byId.get(id)?.kind;
  rules.forEach((rule, i) => {
    const at = `rules[${i}] (${rule.id})`;
    if (ids.has(rule.id)) problems.push({ path: at, message: `rule id "${rule.id}" is used twice` });
    ids.add(rule.id);
    if (kindOf(rule.principle) !== 'principle') {
      problems.push({
        path: `${at}.principle`,
        message: `"${rule.principle}" is not a principle in the knowledge base`,
      });
    }
    for (const fact of factsOf(rule.when)) {
      if (!known.has(fact)) problems.push({ path: `${at}.when`, message: `unknown fact "${fact}"` });
      else if (rule.fit && factNeedsRanking(fact)) {
        problems.push({
          path: `${at}.when`,
          message: `a fit rule cannot depend on "${fact}", which needs the ranking`,
        });
      }
    }
    const resources = [...(rule.step?.resources ?? []), ...(rule.readings?.resources ?? [])];
    for (const id of resources) {
      if (kindOf(id) !== 'resource') problems.push({ path: at, message: `"${id}" is not a resource` });
    }
    for (const id of rule.topics?.ids ?? []) {
      if (kindOf(id) !== 'topic')
        problems.push({ path: `${at}.topics`, message: `"${id}" is not a governance topic` });
    }
  });
  return problems;
}
