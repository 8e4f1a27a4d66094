/** How every item of a plan on the terminal says why: the advice it applies and where in the post. */
import { principleLookup } from '../../../core/plan/labels.js';
import type { Plan } from '../../../core/plan/schema.js';
import type { Terminal } from '../../terminal.js';
import { GLUE } from './glue.js';

/** What the renderers need to say why: a principle's title, and its source in the post. */
export interface Why {
  /** "(§ General mindset › Finding your personal fit)", dimmed, never split across lines. */
  source: (principleId: string) => string;
  /** The principle's title. */
  title: (principleId: string) => string;
}

/** Looks up the principles the plan cites; an id the plan does not index shows as itself. */
export function planSources(term: Terminal, plan: Plan): Why {
  const lookup = principleLookup(plan);
  return {
    source: (id) => term.colors.dim(`(§${GLUE}${lookup(id)?.section ?? id})`),
    title: (id) => lookup(id)?.title ?? id,
  };
}

/** The mark of a caution: a warning sign where colour shows it well, plain "!" anywhere else. */
export function cautionMark(term: Terminal): string {
  return term.colors.isColorSupported ? term.colors.yellow('⚠') : '!';
}
