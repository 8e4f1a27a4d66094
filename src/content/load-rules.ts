/** Loads the compiled advice rule table (dist/rules.json, checked when it was built) for the shells. */
import type { Rule } from '../core/advice/rules-schema.js';
import { readCompiled } from './load-kb.js';
import { compiledRulesPath } from './project-root.js';

let compiled: Rule[] | undefined;

/** The compiled rule table, read once per process. */
export function loadRules(): Rule[] {
  compiled ??= readCompiled<{ rules: Rule[] }>(compiledRulesPath(), 'the advice rule table').rules;
  return compiled;
}
