/** `lever experiments`: every experiment as one row of a compact table, most recently started first. */
import type { Experiment } from '../../../core/journal/schema.js';
import { shortId } from '../../journal/ids.js';
import type { Terminal } from '../../terminal.js';
import { blocks, paragraph } from '../text.js';
import { terminalSafe } from './safe-text.js';
import { renderTable } from './table.js';

/** The table, with a hint at the commands that start and inspect experiments. */
export function renderExperiments(term: Terminal, experiments: readonly Experiment[]): string {
  if (experiments.length === 0) {
    return paragraph(
      term,
      'No experiments yet. Pick a fit test from "lever tests" and start it with "lever experiment start TEST_ID", or claim a governance topic with "lever topic claim TOPIC_ID".',
    );
  }
  const active = experiments.filter((e) => e.status === 'active').length;
  const heading = `${term.colors.bold('Experiments')} (${experiments.length}, ${active} active)`;
  const table = renderTable(
    term,
    [
      { header: 'id', colour: term.colors.cyan },
      { header: 'title', flexible: true },
      { header: 'path', optional: 1 },
      { header: 'status' },
      { header: 'check-ins', align: 'right', optional: 2 },
      { header: 'due' },
    ],
    experiments.map((e) => [
      shortId(e.id),
      terminalSafe(e.title).replace(/\s+/g, ' '),
      e.path,
      e.status,
      String(e.checkIns.length),
      e.dueOn,
    ]),
  );
  const footer = term.colors.dim(
    'Run "lever experiment show ID" for one experiment, its check-ins and reflection.',
  );
  return blocks(heading, table, paragraph(term, footer));
}
