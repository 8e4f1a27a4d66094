/** A plan as a command prints it: JSON for programs, Markdown for documents, or a terminal page. */

import { toJson } from '../core/json.js';
import type { Plan } from '../core/plan/schema.js';

export type PlanFormat = 'terminal' | 'json' | 'markdown';

/**
 * The plan in `format`. JSON is exactly `JSON.stringify(plan, null, 2)`, the bytes the web API
 * returns too. The renderers are imported only for the format asked for, to keep start-up short.
 */
export async function formatPlan(plan: Plan, format: PlanFormat): Promise<string> {
  if (format === 'json') return toJson(plan);
  if (format === 'markdown') {
    const { renderPlanMarkdown } = await import('../core/plan/markdown.js');
    return renderPlanMarkdown(plan);
  }
  const [{ renderPlanPage }, { stdoutTerminal }] = await Promise.all([
    import('./render/plan/page.js'),
    import('./terminal.js'),
  ]);
  return renderPlanPage(stdoutTerminal(), plan);
}
