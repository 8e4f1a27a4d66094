/** `lever rules`: the advice rule table, or the facts its conditions use, for expert review. */
import { loadKnowledgeBase } from '../../content/load-kb.js';
import { loadRules } from '../../content/load-rules.js';
import { createAdviceContext } from '../../core/advice/context.js';
import { toJson } from '../../core/json.js';
import { renderFacts, renderRules } from '../render/rules.js';
import { factDefinitions, ruleViews } from '../rule-view.js';
import { stdoutTerminal } from '../terminal.js';

/** The rules (or with `facts` the facts) as text, or as JSON with `json`. */
export async function runRules(options: { facts?: boolean; json?: boolean }): Promise<string> {
  if (options.facts) {
    const facts = factDefinitions();
    return options.json ? toJson(facts) : renderFacts(stdoutTerminal(), facts);
  }
  const ikb = loadKnowledgeBase();
  const ctx = createAdviceContext(ikb, loadRules());
  const views = ruleViews(ctx.rules, ctx.principleRefs);
  if (options.json) return toJson(views);
  const titleOf = (id: string) => ikb.byId.get(id)?.item.title ?? id;
  return renderRules(stdoutTerminal(), views, titleOf);
}
