/**
 * `lever topic plan`: a six-month expertise plan as a timeline of dated milestones with where the
 * person stands in it, the checks to ask of their work, and the readings to start from.
 */
import type { ExpertiseProgress, MilestoneProgress } from '../../../core/expertise/progress.js';
import type { ExpertisePlan, PlanResource } from '../../../core/expertise/types.js';
import type { Experiment } from '../../../core/journal/schema.js';
import { shortId } from '../../journal/ids.js';
import type { Terminal } from '../../terminal.js';
import { GLUE, gluedBullets, wrapGlued } from '../plan/glue.js';
import { blocks, paragraph, section, wrapWith } from '../text.js';
import { logCommand } from './experiment.js';

export interface TopicPlanView {
  experiment: Experiment;
  plan: ExpertisePlan;
  progress: ExpertiseProgress;
  startingReadings: readonly PlanResource[];
}

const STATUS_LABELS: Readonly<Record<MilestoneProgress['status'], string>> = {
  past: 'past',
  due: 'due now',
  upcoming: 'upcoming',
};

/** Where the text of a milestone starts, under its week. */
const DETAIL_INDENT = 14;

function resourceText(resource: PlanResource): string {
  return `${resource.title} — ${resource.url ?? 'no link known'}`;
}

function sameResources(a: readonly PlanResource[], b: readonly PlanResource[]): boolean {
  return a.length === b.length && a.every((r, i) => r.id === b[i]?.id);
}

function milestoneBlock(
  term: Terminal,
  milestone: MilestoneProgress,
  starting: readonly PlanResource[],
): string {
  const status = STATUS_LABELS[milestone.status];
  const colour =
    milestone.status === 'past'
      ? term.colors.dim
      : milestone.status === 'due'
        ? (text: string) => term.colors.bold(term.colors.yellow(text))
        : (text: string) => text;
  const lead = `  ${milestone.date}  ${`week ${milestone.week}`.padEnd(7)}  ${status.padEnd(8)}  `;
  const pad = ' '.repeat(DETAIL_INDENT);
  const lines = [
    colour(wrapWith(term, milestone.title, lead, ' '.repeat(lead.length))),
    paragraph(term, milestone.detail, DETAIL_INDENT),
  ];
  if (milestone.resources.length > 0 && !sameResources(milestone.resources, starting)) {
    lines.push(wrapGlued(term, `read: ${milestone.resources.map((r) => r.title).join('; ')}`, pad));
  }
  lines.push(term.colors.dim(wrapGlued(term, `principles: ${milestone.principles.join(', ')}`, pad)));
  return lines.join('\n');
}

function standing(view: TopicPlanView): string {
  const { experiment, progress } = view;
  const logged = `${progress.checkIns} check-in${progress.checkIns === 1 ? '' : 's'}${progress.hoursLogged > 0 ? `, ${Math.round(progress.hoursLogged * 10) / 10} h` : ''}${progress.lastCheckIn ? `, the last on ${progress.lastCheckIn}` : ''}`;
  const where = progress.finished
    ? `finished on ${progress.asOf}`
    : `week ${progress.weeksElapsed} of ${progress.weeksTotal}, ${progress.daysLeft} days left`;
  return `expertise plan ${shortId(experiment.id)} · ${experiment.startedOn} to ${experiment.dueOn} · ${where} · ${logged}`;
}

/** The plan's page. */
export function renderTopicPlan(term: Terminal, view: TopicPlanView): string {
  const { plan, progress, experiment } = view;
  const next = progress.next
    ? paragraph(term, `Next: ${progress.next.title}, by ${progress.next.date}.`, 2)
    : '';
  const checks = gluedBullets(
    term,
    plan.checks.map((c) => `${c.question} ${term.colors.dim(`(principle:${GLUE}${c.principle})`)}`),
    2,
  );
  const readings = gluedBullets(term, view.startingReadings.map(resourceText), 2);
  const footer =
    experiment.status === 'active'
      ? term.colors.dim(
          [
            'Log what you did (N from 0 to 4):',
            `  ${logCommand(experiment.id)} --hours H`,
            'Put the milestones in your calendar:',
            `  lever topic plan ${shortId(experiment.id)} --ics plan.ics`,
          ].join('\n'),
        )
      : '';
  return blocks(
    wrapWith(term, term.colors.bold(`Becoming the expert on ${plan.topicTitle}`), ''),
    [paragraph(term, standing(view), 2), next].filter((p) => p !== '').join('\n'),
    section(
      term,
      'Milestones',
      progress.milestones.map((m) => milestoneBlock(term, m, view.startingReadings)).join('\n\n'),
    ),
    section(term, 'Checks to ask of your work', checks),
    section(term, 'Starting readings', readings),
    footer,
  );
}
