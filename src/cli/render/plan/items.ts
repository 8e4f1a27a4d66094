/** The plan's lists on the terminal: research directions, fit tests, readings and governance topics. */
import { percent, RECOMMENDATION_LABELS, weeksText } from '../../../core/plan/labels.js';
import type { Plan } from '../../../core/plan/schema.js';
import type { Terminal } from '../../terminal.js';
import { paragraph, section } from '../text.js';
import { wrapGlued } from './glue.js';
import { cautionMark, type Why } from './why.js';

const PAD = '    ';

/** A bulleted entry: a bold head, then indented lines under it. */
function entry(term: Terminal, head: string, lines: readonly string[]): string {
  return [wrapGlued(term, head, '  • ', PAD), ...lines].join('\n');
}

/** Each direction with its tier, Lever's recommendation and the reasons behind it. */
export function directionsSection(term: Terminal, why: Why, plan: Plan): string {
  const items = plan.directions.map((d) => {
    const label = RECOMMENDATION_LABELS[d.recommendation];
    const verdict =
      d.recommendation === 'caution' ? `${cautionMark(term)} ${term.colors.yellow(label)}` : label;
    const head = `${term.colors.bold(d.title)} (${d.tier}): ${verdict}, fit ${percent(d.fit)}`;
    return entry(
      term,
      head,
      d.reasons.map((r) => wrapGlued(term, `${r.text} ${why.source(r.principle)}`, `${PAD}- `, `${PAD}  `)),
    );
  });
  return section(term, 'Research directions', items.join('\n\n'));
}

/** Short, concrete projects that test fit for a path, with what to hand in at the end. */
export function fitTestsSection(term: Terminal, why: Why, plan: Plan): string {
  const pathTitle = (id: string) => plan.paths.find((p) => p.id === id)?.title ?? id;
  const items = plan.fitTests.map((t) =>
    entry(term, `${term.colors.bold(t.title)} (${pathTitle(t.path)}, ${weeksText(t.weeks)})`, [
      paragraph(term, t.detail, PAD.length),
      wrapGlued(term, `Deliverable: ${t.deliverable}`, PAD),
      wrapGlued(term, `Why: ${t.why} ${why.source(t.principle)}`, PAD),
    ]),
  );
  return section(term, 'Fit tests', items.join('\n\n'));
}

/** What to read, each with its link on a line of its own so it stays clickable. */
export function readingSection(term: Terminal, why: Why, plan: Plan): string {
  const items = plan.readingList.map((r) =>
    entry(term, term.colors.bold(r.title), [
      `${PAD}${term.colors.cyan(r.url)}`,
      wrapGlued(term, `Why: ${r.why} ${why.source(r.principle)}`, PAD),
    ]),
  );
  return section(term, 'Reading list', items.join('\n\n'));
}

/** Governance topics worth becoming the expert on. */
export function topicsSection(term: Terminal, why: Why, plan: Plan): string {
  const items = plan.governanceTopics.map((t) =>
    entry(term, `${term.colors.bold(t.title)} (${t.cluster})`, [
      wrapGlued(term, `Why: ${t.why} ${why.source(t.principle)}`, PAD),
      wrapGlued(term, term.colors.dim(`More: lever show ${t.id}`), PAD),
    ]),
  );
  return section(term, 'Governance topics to consider', items.join('\n\n'));
}

/** Warnings that apply to this person, marked so they stand out. */
export function cautionsSection(term: Terminal, why: Why, plan: Plan): string {
  const mark = cautionMark(term);
  const items = plan.cautions.map((c) =>
    wrapGlued(term, `${mark} ${c.text} ${why.source(c.principle)}`, '  ', '    '),
  );
  return section(term, 'Cautions', items.join('\n'));
}
