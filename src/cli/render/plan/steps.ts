/** The plan's steps on the terminal: numbered across the plan, grouped by when to do them. */
import { stepsByWhen, WHEN_LABELS } from '../../../core/plan/labels.js';
import type { Step } from '../../../core/plan/schema.js';
import type { Terminal } from '../../terminal.js';
import { paragraph, section } from '../text.js';
import { wrapGlued } from './glue.js';
import type { Why } from './why.js';

function stepBlock(term: Terminal, why: Why, step: Step, label: string): string {
  const pad = ' '.repeat(label.length);
  const lines = [
    wrapGlued(term, term.colors.bold(step.title), label, pad),
    paragraph(term, step.detail, pad.length),
  ];
  for (const resource of step.resources) {
    lines.push(wrapGlued(term, `→ ${resource.title}`, pad, `${pad}  `), `${pad}  ${resource.url}`);
  }
  const reasons = step.principles.map((id) => `${why.title(id)} ${why.source(id)}`).join('; ');
  lines.push(wrapGlued(term, `Why: ${reasons}`, pad));
  return lines.join('\n');
}

/**
 * One section per time ("This week", "This month", …), in the plan's order. `first` numbers the
 * steps on from earlier sections, so "step 4" means the same step wherever it is shown.
 */
export function stepSections(
  term: Terminal,
  why: Why,
  steps: readonly Step[],
  first = 1,
): { text: string[]; next: number } {
  let n = first;
  const digits = String(first + steps.length - 1).length;
  const text = stepsByWhen(steps).map((group) => {
    const body = group.steps
      .map((step) => stepBlock(term, why, step, `  ${String(n++).padStart(digits)}. `))
      .join('\n\n');
    return section(term, WHEN_LABELS[group.when], body);
  });
  return { text, next: n };
}
