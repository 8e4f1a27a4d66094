/** "Where you fit": every path as a fit bar, best first, then why for the best few. */
import { percent, rangeText, SIGNAL_LABELS } from '../../../core/plan/labels.js';
import type { PlanPath, Signal } from '../../../core/plan/schema.js';
import type { Terminal } from '../../terminal.js';
import { bullets, paragraph, section, wrapWith } from '../text.js';
import { visibleWidth } from '../wrap.js';
import { fitBar } from './fit-bar.js';
import type { planSources } from './why.js';

type Why = ReturnType<typeof planSources>;

/** How many of the best-fitting paths get their reasons spelled out. */
export const DETAILED_PATHS = 3;

const INDENT = '  ';

/** "[pivot]", coloured by what it asks of the person. */
function signalTag(term: Terminal, signal: Signal): string {
  const colour = {
    pivot: term.colors.yellow,
    'keep-testing': term.colors.cyan,
    'double-down': term.colors.green,
  }[signal.kind];
  return colour(`[${SIGNAL_LABELS[signal.kind]}]`);
}

/** One chart row: title in a column, then the bar; the bar moves to its own line when space is short. */
function chartRow(term: Terminal, path: PlanPath, column: number): string {
  const tag = path.signal ? ` ${signalTag(term, path.signal)}` : '';
  const bar = `${fitBar(term, path)}${tag}`;
  const title = path.title.length <= column ? path.title.padEnd(column) : '';
  if (title !== '' && INDENT.length + column + 2 + visibleWidth(bar) <= term.width) {
    return `${INDENT}${title}  ${bar}`;
  }
  return `${wrapWith(term, path.title, INDENT)}\n${INDENT}  ${bar}`;
}

function pathDetail(term: Terminal, why: Why, path: PlanPath, rank: number): string {
  const label = `  ${rank}. `;
  const pad = ' '.repeat(label.length);
  const head = `${term.colors.bold(path.title)}: ${percent(path.fit)} fit, plausibly ${rangeText(path.range)}`;
  const lines = [wrapWith(term, head, label, pad)];
  if (path.signal) {
    const s = path.signal;
    lines.push(wrapWith(term, `${signalTag(term, s)} ${s.text} ${why.source(s.principle)}`, pad));
  }
  lines.push(
    bullets(
      term,
      path.reasons.map((r) => `${r.text} ${why.source(r.principle)}`),
      pad.length,
    ),
  );
  return lines.join('\n');
}

/** The chart of all paths and the reasons behind the best few. */
export function pathsSection(term: Terminal, why: Why, paths: readonly PlanPath[]): string {
  const column = Math.min(30, Math.max(0, ...paths.map((p) => p.title.length)));
  const intro = paragraph(
    term,
    'Personal fit: how good you are likely to be at the work, combined with how much you are likely to enjoy it. The range in brackets shows how unsure the estimate is.',
    2,
  );
  const chart = paths.map((p) => chartRow(term, p, column)).join('\n');
  const details = paths.slice(0, DETAILED_PATHS).map((p, i) => pathDetail(term, why, p, i + 1));
  return section(
    term,
    'Where you fit',
    [intro, chart, `${INDENT}${term.colors.bold(`Why the top ${details.length}`)}`, ...details].join('\n\n'),
  );
}
