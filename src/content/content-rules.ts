/** Reads and checks the advice rule table from content/rules.yaml (for the build and the tests). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkRules } from '../core/advice/conditions.js';
import { type Rule, RuleTable } from '../core/advice/rules-schema.js';
import type { IndexedKnowledgeBase } from '../core/kb/items.js';
import { formatProblem, problemsFromZod } from '../core/validation.js';
import { contentDir } from './project-root.js';

/** Reads and checks content/rules.yaml against the knowledge base; throws listing every problem. */
export function loadRulesFromContent(ikb: IndexedKnowledgeBase, dir: string = contentDir()): Rule[] {
  const file = join(dir, 'rules.yaml');
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read rules.yaml: ${(error as Error).message}`);
  }
  const parsed = RuleTable.safeParse(raw);
  const problems = parsed.success
    ? checkRules(parsed.data.rules, ikb)
    : problemsFromZod(parsed.error, raw, RuleTable);
  if (!parsed.success || problems.length > 0) {
    throw new Error(
      `the rule table ${file} is invalid:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
    );
  }
  return parsed.data.rules;
}
