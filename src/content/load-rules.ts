/**
 * Loads the advice rule table for the shells: compiled dist/rules.json for users (checked at build
 * time), content/rules.yaml for tests and the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkRules } from '../core/advice/conditions.js';
import { type Rule, RuleTable } from '../core/advice/rules-schema.js';
import type { IndexedKnowledgeBase } from '../core/kb/items.js';
import { formatProblem, problemsFromZod } from '../core/validation.js';
import { compiledRulesPath, contentDir } from './project-root.js';

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

let compiled: Rule[] | undefined;

/** The compiled rule table, read once per process. */
export function loadRules(ikb: IndexedKnowledgeBase): Rule[] {
  if (!compiled) {
    try {
      compiled = (JSON.parse(readFileSync(compiledRulesPath(), 'utf8')) as { rules: Rule[] }).rules;
    } catch {
      compiled = loadRulesFromContent(ikb);
    }
  }
  return compiled;
}
