/**
 * One experiment on the terminal: what it is, its dates and status, every check-in with its
 * ratings and note, the reflection, and the command to run next.
 */
import { daysBetween } from '../../../core/journal/dates.js';
import type { CheckIn, Experiment } from '../../../core/journal/schema.js';
import { weeksText } from '../../../core/plan/labels.js';
import { shortId } from '../../journal/ids.js';
import type { Terminal } from '../../terminal.js';
import { blocks, paragraph, section, wrapWith } from '../text.js';
import { terminalSafe, userParagraphs } from './safe-text.js';

/** The command that logs a check-in against an experiment. */
export function logCommand(id: string): string {
  return `lever experiment log ${shortId(id)} --progress N --enjoyment N`;
}

/** "alignment-research / mechanistic-interpretability". */
export function pathText(experiment: Pick<Experiment, 'path' | 'direction'>): string {
  return experiment.direction ? `${experiment.path} / ${experiment.direction}` : experiment.path;
}

function hoursText(hours: number): string {
  return `${Math.round(hours * 10) / 10} h`;
}

/** Where the experiment stands: days left, overdue, or finished. */
export function standing(experiment: Experiment, today: string): string {
  if (experiment.status === 'finished') return `finished on ${experiment.finishedOn ?? '?'}`;
  const left = daysBetween(today, experiment.dueOn);
  if (left > 0) return `${left} day${left === 1 ? '' : 's'} left`;
  return left === 0 ? 'due today' : `${-left} day${left === -1 ? '' : 's'} past due`;
}

/** One check-in's line: its number (what `lever experiment unlog --check-in N` takes), day and ratings. */
export function checkInLine(checkIn: CheckIn, number: number): string {
  const hours = checkIn.hours === null ? '' : ` · ${hoursText(checkIn.hours)}`;
  return `${number}. ${checkIn.date}  progress ${checkIn.progress}/4 · enjoyment ${checkIn.enjoyment}/4${hours}`;
}

function checkInBlock(term: Terminal, checkIn: CheckIn, index: number): string {
  const head = `  ${checkInLine(checkIn, index + 1)}`;
  const note = checkIn.note === null ? [] : userParagraphs(checkIn.note).map((p) => paragraph(term, p, 14));
  return [head, ...note].join('\n');
}

/** The experiment's page. */
export function renderExperiment(term: Terminal, experiment: Experiment, today: string): string {
  const kind = experiment.kind === 'expertise' ? 'expertise plan' : 'fit experiment';
  const source = experiment.testId ? ` · from the catalogue: ${experiment.testId}` : '';
  const facts = [
    wrapWith(term, term.colors.bold(terminalSafe(experiment.title)), ''),
    paragraph(term, `${kind} ${term.colors.cyan(experiment.id)}`, 2),
    paragraph(term, `${experiment.status} · ${pathText(experiment)}${source}`, 2),
    paragraph(
      term,
      `${experiment.startedOn} to ${experiment.dueOn} (${weeksText(experiment.weeks)}) · ${standing(experiment, today)}`,
      2,
    ),
  ];
  if (experiment.deliverable) {
    facts.push(wrapWith(term, `Deliverable: ${terminalSafe(experiment.deliverable)}`, '  '));
  }
  const checkIns = experiment.checkIns.map((c, i) => checkInBlock(term, c, i)).join('\n');
  const reflection =
    experiment.reflection === null
      ? ''
      : userParagraphs(experiment.reflection)
          .map((p) => paragraph(term, p, 2))
          .join('\n\n');
  const next =
    experiment.status === 'active'
      ? term.colors.dim(
          [
            'Log a check-in (N from 0 to 4):',
            `  ${logCommand(experiment.id)}`,
            'Finish it with what you learned:',
            `  lever experiment finish ${shortId(experiment.id)} --reflection "…"`,
          ].join('\n'),
        )
      : '';
  return blocks(
    facts.join('\n'),
    section(term, `Check-ins (${experiment.checkIns.length})`, checkIns === '' ? '  none yet' : checkIns),
    section(term, 'Reflection', reflection),
    next,
  );
}
