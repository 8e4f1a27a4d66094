/**
 * A concrete ask on the terminal: what the lab should do, the steps, who leads it, what it costs,
 * and the builder's checks, each passed (✓) or not yet (✗) with the principle behind it.
 */
import type { AskCheck } from '../../../core/asks/checks.js';
import type { Ask } from '../../../core/journal/schema.js';
import { shortId } from '../../journal/ids.js';
import type { Terminal } from '../../terminal.js';
import { GLUE, wrapGlued } from '../plan/glue.js';
import { blocks, numbered, paragraph, section, wrapWith } from '../text.js';
import { terminalSafe, userParagraphs } from './safe-text.js';
import { renderTable, truncate } from './table.js';

/** The checks as a list: a mark, what holds or what to do, and the principle. */
export function renderAskChecks(term: Terminal, checks: readonly AskCheck[], indent = '  '): string {
  return checks
    .map((check) => {
      const mark = check.ok ? term.colors.green('✓') : term.colors.red('✗');
      const source = term.colors.dim(`(principle:${GLUE}${check.principle})`);
      return wrapGlued(term, `${check.text} ${source}`, `${indent}${mark} `, `${indent}  `);
    })
    .join('\n');
}

function text(term: Terminal, value: string | null, missing: string): string {
  if (value === null) return paragraph(term, term.colors.dim(missing), 2);
  return userParagraphs(value)
    .map((p) => paragraph(term, p, 2))
    .join('\n\n');
}

/** The ask's page. */
export function renderAsk(term: Terminal, ask: Ask, checks: readonly AskCheck[]): string {
  const lab = ask.lab === null ? '' : ` · for ${terminalSafe(ask.lab)}`;
  const steps = ask.steps.map(terminalSafe);
  return blocks(
    [
      wrapWith(term, term.colors.bold(terminalSafe(ask.title)), ''),
      paragraph(term, `ask ${term.colors.cyan(ask.id)}${lab} · updated ${ask.updatedAt.slice(0, 10)}`, 2),
    ].join('\n'),
    section(term, 'The ask', text(term, ask.ask, '')),
    section(
      term,
      'Steps',
      steps.length === 0 ? paragraph(term, term.colors.dim('none yet'), 2) : numbered(term, steps),
    ),
    section(term, 'Who has agreed to lead it', text(term, ask.owner, 'nobody yet')),
    section(term, 'What it costs the lab', text(term, ask.cost, 'not said yet')),
    section(term, 'Checks', renderAskChecks(term, checks)),
    term.colors.dim(`As a document to share: lever ask show ${shortId(ask.id)} --markdown`),
  );
}

/** `lever asks`: one row per ask, most recently updated first, with how many checks pass. */
export function renderAsks(
  term: Terminal,
  asks: readonly { ask: Ask; passed: number; total: number }[],
): string {
  if (asks.length === 0) {
    return paragraph(
      term,
      'No asks yet. Draft one with "lever ask new": what a lab should do, the steps, who leads it and what it costs.',
    );
  }
  const table = renderTable(
    term,
    [
      { header: 'id', colour: term.colors.cyan },
      { header: 'title', flexible: true },
      { header: 'lab', optional: 1 },
      { header: 'checks', align: 'right' },
      { header: 'updated' },
    ],
    asks.map(({ ask, passed, total }) => [
      shortId(ask.id),
      terminalSafe(ask.title).replace(/\s+/g, ' '),
      truncate(terminalSafe(ask.lab ?? '').replace(/\s+/g, ' '), 20),
      `${passed}/${total}`,
      ask.updatedAt.slice(0, 10),
    ]),
  );
  return blocks(`${term.colors.bold('Asks')} (${asks.length})`, table);
}
