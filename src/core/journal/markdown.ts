/**
 * The whole journal as one Markdown document, for keeping beside one's notes or sharing with a
 * mentor: fit experiments with their check-ins and reflections, expertise plans with their
 * milestones, and concrete asks. Everything the person typed is escaped, so it shows as written.
 */
import { askChecks } from '../asks/checks.js';
import { askMarkdown } from '../asks/markdown.js';
import { expertisePlan } from '../expertise/plan.js';
import type { KnowledgeBase } from '../kb/schema.js';
import { escapeText, heading, joinBlocks, mdSection, table } from '../plan/markdown-syntax.js';
import { userHeading, userParagraphs, userText } from './markdown-text.js';
import type { Ask, CheckIn, Experiment } from './schema.js';

/** What the journal export holds. */
export interface JournalContent {
  experiments: readonly Experiment[];
  asks: readonly Ask[];
}

function checkInsTable(checkIns: readonly CheckIn[]): string {
  if (checkIns.length === 0) return 'No check-ins yet.';
  const rows = checkIns.map((c) => [
    c.date,
    c.hours === null ? '' : String(c.hours),
    `${c.progress}/4`,
    `${c.enjoyment}/4`,
    c.note === null ? '' : userText(c.note),
  ]);
  return table(['Date', 'Hours', 'Progress', 'Enjoyment', 'Note'], 'lrrrl', rows);
}

function facts(experiment: Experiment, kb: KnowledgeBase): string {
  const path = kb.paths.find((p) => p.id === experiment.path)?.title ?? experiment.path;
  const direction = experiment.direction
    ? ` (${kb.directions.find((d) => d.id === experiment.direction)?.title ?? experiment.direction})`
    : '';
  const status =
    experiment.status === 'finished' && experiment.finishedOn
      ? `finished on ${experiment.finishedOn}`
      : 'active';
  return [
    `- **Path:** ${escapeText(path)}${escapeText(direction)}`,
    `- **Started:** ${experiment.startedOn} · **Due:** ${experiment.dueOn} · **Status:** ${status}`,
    experiment.deliverable ? `- **Deliverable:** ${userText(experiment.deliverable)}` : '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

function milestonesTable(experiment: Experiment, kb: KnowledgeBase): string {
  const topic = kb.topics.find((t) => t.id === experiment.topicId);
  if (!topic) return '';
  const plan = expertisePlan(topic, kb, experiment.startedOn);
  const rows = plan.milestones.map((m) => [String(m.week), m.date, escapeText(m.title)]);
  return table(['Week', 'Date', 'Milestone'], 'rll', rows);
}

function experimentBlock(experiment: Experiment, kb: KnowledgeBase): string {
  return joinBlocks([
    userHeading(3, experiment.title),
    facts(experiment, kb),
    experiment.kind === 'expertise' ? mdSection(4, 'Milestones', milestonesTable(experiment, kb)) : '',
    `${heading(4, 'Check-ins')}\n\n${checkInsTable(experiment.checkIns)}`,
    experiment.reflection ? mdSection(4, 'Reflection', userParagraphs(experiment.reflection)) : '',
  ]);
}

function experimentsSection(title: string, experiments: readonly Experiment[], kb: KnowledgeBase): string {
  return mdSection(2, title, joinBlocks(experiments.map((e) => experimentBlock(e, kb))));
}

/** The journal as Markdown, sections in a fixed order and items in the order given. */
export function journalMarkdown(journal: JournalContent, kb: KnowledgeBase): string {
  const fitTests = journal.experiments.filter((e) => e.kind === 'fit-test');
  const expertise = journal.experiments.filter((e) => e.kind === 'expertise');
  const asks = journal.asks.map((ask) => askMarkdown(ask, askChecks(ask), 3).trimEnd());
  const body = joinBlocks([
    experimentsSection('Fit experiments', fitTests, kb),
    experimentsSection('Expertise plans', expertise, kb),
    mdSection(2, 'Concrete asks', joinBlocks(asks)),
  ]);
  return `${joinBlocks([heading(1, 'Lever journal'), body === '' ? 'Nothing logged yet.' : body])}\n`;
}
