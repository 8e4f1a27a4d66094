/** How every item of a plan on the terminal says why: the advice it applies and where in the post. */
import { principleLookup } from '../../../core/plan/labels.js';
import type { Plan } from '../../../core/plan/schema.js';
import type { Terminal } from '../../terminal.js';

/** Turns principle ids into their source: "§ General mindset › Finding your personal fit". */
export type Sources = (principleId: string) => string;

/** The source of each principle the plan cites, dimmed; an unknown id shows as itself. */
export function planSources(term: Terminal, plan: Plan): { source: Sources; title: (id: string) => string } {
  const lookup = principleLookup(plan);
  return {
    source: (id) => term.colors.dim(`(§ ${lookup(id)?.section ?? id})`),
    title: (id) => lookup(id)?.title ?? id,
  };
}

/** The mark of a caution: a warning sign where colour shows it well, plain "!" anywhere else. */
export function cautionMark(term: Terminal): string {
  return term.colors.isColorSupported ? term.colors.yellow('⚠') : '!';
}
