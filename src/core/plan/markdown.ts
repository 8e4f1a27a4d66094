/**
 * A plan as Markdown, for `lever advise --markdown`, for saving next to one's notes, and for the
 * web app. Pure and free of Node APIs so the browser can use it as is.
 */
import {
  percent,
  principleLookup,
  questionLabel,
  RECOMMENDATION_LABELS,
  rangeText,
  SIGNAL_LABELS,
  stepsByWhen,
  WHEN_LABELS,
  weeksText,
} from './labels.js';
import { bulletList, escapeText, heading, joinBlocks, link, mdSection, table } from './markdown-syntax.js';
import type { Plan, PlanPath, Step } from './schema.js';

/** How many of the best-fitting paths get their reasons spelled out. */
const DETAILED_PATHS = 3;

/** Cites a principle; `withSection` adds the trail of the post's section it comes from. */
type Cite = (principleId: string, withSection?: boolean) => string;

/** "[Principle title](link to the post's passage)", or the bare id if the plan does not index it. */
function citer(plan: Plan): Cite {
  const lookup = principleLookup(plan);
  return (id, withSection = false) => {
    const ref = lookup(id);
    if (!ref) return `\`${id}\``;
    return withSection
      ? `${link(ref.title, ref.url)} (${escapeText(ref.section)})`
      : link(ref.title, ref.url);
  };
}

function stepBlock(step: Step, cite: Cite): string {
  const resources = step.resources.map((r) => link(r.title, r.url));
  return joinBlocks([
    heading(3, step.title),
    escapeText(step.detail),
    resources.length > 0 ? `Resources: ${resources.join(', ')}` : '',
    `*Why:* ${step.principles.map((id) => cite(id, true)).join('; ')}`,
  ]);
}

function stepsSections(plan: Plan, cite: Cite): string {
  return joinBlocks(
    stepsByWhen(plan.steps).map((group) =>
      mdSection(2, WHEN_LABELS[group.when], joinBlocks(group.steps.map((s) => stepBlock(s, cite)))),
    ),
  );
}

function pathDetail(path: PlanPath, cite: Cite): string {
  const signal = path.signal
    ? `**Signal: ${SIGNAL_LABELS[path.signal.kind]}.** ${escapeText(path.signal.text)} (${cite(path.signal.principle)})`
    : '';
  const reasons = bulletList(path.reasons.map((r) => `${escapeText(r.text)} (${cite(r.principle)})`));
  return joinBlocks([heading(3, `${path.title}: ${percent(path.fit)}`), signal, reasons]);
}

function pathsSection(plan: Plan, cite: Cite): string {
  const rows = plan.paths.map((p) => [
    escapeText(p.title),
    percent(p.fit),
    rangeText(p.range),
    p.signal ? SIGNAL_LABELS[p.signal.kind] : '',
  ]);
  const intro =
    'Personal fit combines how good you are likely to be at the work with how much you are likely to enjoy it; the range shows how unsure the estimate is.';
  return mdSection(
    2,
    'Where you fit',
    joinBlocks([
      intro,
      table(['Path', 'Fit', 'Plausible range', 'Signal'], 'lrrl', rows),
      ...plan.paths.slice(0, DETAILED_PATHS).map((p) => pathDetail(p, cite)),
    ]),
  );
}

function directionsSection(plan: Plan, cite: Cite): string {
  const items = plan.directions.map((d) => {
    const reasons = d.reasons.map((r) => `  - ${escapeText(r.text)} (${cite(r.principle)})`);
    const head = `**${escapeText(d.title)}** (${d.tier}, ${RECOMMENDATION_LABELS[d.recommendation]}, fit ${percent(d.fit)})`;
    return [head, ...reasons].join('\n');
  });
  return mdSection(2, 'Research directions', bulletList(items));
}

function fitTestsSection(plan: Plan, cite: Cite): string {
  const pathTitle = (id: string) => plan.paths.find((p) => p.id === id)?.title ?? id;
  const tests = plan.fitTests.map((t) =>
    joinBlocks([
      heading(3, `${t.title} (${pathTitle(t.path)}, ${weeksText(t.weeks)})`),
      escapeText(t.detail),
      `**Deliverable:** ${escapeText(t.deliverable)}`,
      `*Why:* ${escapeText(t.why)} See ${cite(t.principle, true)}.`,
    ]),
  );
  return mdSection(2, 'Fit tests', joinBlocks(tests));
}

function readingSection(plan: Plan, cite: Cite): string {
  const items = plan.readingList.map(
    (r) => `${link(r.title, r.url)}: ${escapeText(r.why)} (${cite(r.principle)})`,
  );
  return mdSection(2, 'Reading list', bulletList(items));
}

function cautionsSection(plan: Plan, cite: Cite): string {
  const items = plan.cautions.map((c) => `> **Caution:** ${escapeText(c.text)} (${cite(c.principle)})`);
  return mdSection(2, 'Cautions', items.join('\n>\n'));
}

function topicsSection(plan: Plan, cite: Cite): string {
  const items = plan.governanceTopics.map(
    (t) => `**${escapeText(t.title)}** (${t.cluster}): ${escapeText(t.why)} (${cite(t.principle)})`,
  );
  return mdSection(2, 'Governance topics to consider', bulletList(items));
}

function missingSection(plan: Plan): string {
  if (plan.missing.length === 0) return '';
  const intro =
    'Answering these would make the estimates firmer (run `lever advise` again with them filled in):';
  const items = plan.missing.map((field) => `${escapeText(questionLabel(field))} (\`${field}\`)`);
  return mdSection(2, 'Questions you skipped', `${intro}\n\n${bulletList(items)}`);
}

function sourcesSection(plan: Plan): string {
  const items = plan.principles.map((p) => `${link(p.title, p.url)}: ${escapeText(p.section)}`);
  return mdSection(2, 'Why: the advice this plan applies', bulletList(items));
}

/** The whole plan as a Markdown document, ending with a newline. */
export function renderPlanMarkdown(plan: Plan): string {
  const cite = citer(plan);
  const body = joinBlocks([
    heading(1, 'Your Lever plan'),
    escapeText(plan.summary),
    stepsSections(plan, cite),
    pathsSection(plan, cite),
    directionsSection(plan, cite),
    fitTestsSection(plan, cite),
    readingSection(plan, cite),
    cautionsSection(plan, cite),
    topicsSection(plan, cite),
    missingSection(plan),
    sourcesSection(plan),
  ]);
  return `${body}\n`;
}
