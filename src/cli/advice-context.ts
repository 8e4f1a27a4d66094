/** The advice engine's context for commands, from the compiled knowledge base and rule table. */
import { loadKnowledgeBase } from '../content/load-kb.js';
import { loadRules } from '../content/load-rules.js';
import { type AdviceContext, createAdviceContext } from '../core/advice/context.js';

/** The knowledge base and rule table, prepared for advising. */
export async function loadCliAdviceContext(): Promise<AdviceContext> {
  return createAdviceContext(loadKnowledgeBase(), loadRules());
}
