/** "Where you fit": every path as a fit bar, best first, then why for the best few. */
import { percent, rangeText, SIGNAL_LABELS } from '../../../core/plan/labels.js';
import type { PlanPath, Signal } from '../../../core/plan/schema.js';
import type { Terminal } from '../../terminal.js';
import { paragraph, section } from '../text.js';
import { visibleWidth } from '../wrap.js';
import { fitBar } from './fit-bar.js';
import { gluedBullets, wrapGlued } from './glue.js';
import { signalColour } from './signal-colour.js';
import type { Why } from './why.js';

/** How many of the best-fitting paths get their reasons spelled out. */
export const DETAILED_PATHS = 3;

const INDENT = '  ';

/** "[pivot]", coloured by what it asks of the person. */
function signalTag(term: Terminal, signal: Signal): string {
  return signalColour(term, signal.kind)(`[${SIGNAL_LABELS[signal.kind]}]`);
}

/** A path's bar with its numbers and signal, as the chart shows it. */
function barWithSignal(term: Terminal, path: PlanPath): string {
  return `${fitBar(term, path)}${path.signal ? ` ${signalTag(term, path.signal)}` : ''}`;
}

/**
 * The chart: titles in a column with the bars beside them, or, when some row would not fit the
 * width, every bar on its own line under its title, so the bars still line up.
 */
function chart(term: Terminal, paths: readonly PlanPath[]): string {
  const column = Math.max(0, ...paths.map((p) => p.title.length));
  const bars = paths.map((p) => barWithSignal(term, p));
  const widest = Math.max(0, ...bars.map(visibleWidth));
  if (INDENT.length + column + 2 + widest <= term.width) {
    return paths.map((p, i) => `${INDENT}${p.title.padEnd(column)}  ${bars[i]}`).join('\n');
  }
  return paths.map((p, i) => `${wrapGlued(term, p.title, INDENT)}\n${INDENT}  ${bars[i]}`).join('\n');
}

function pathDetail(term: Terminal, why: Why, path: PlanPath, rank: number): string {
  const label = `  ${rank}. `;
  const pad = ' '.repeat(label.length);
  const head = `${term.colors.bold(path.title)}: ${percent(path.fit)} fit, plausibly ${rangeText(path.range)}`;
  const lines = [wrapGlued(term, head, label, pad)];
  if (path.signal) {
    const s = path.signal;
    lines.push(wrapGlued(term, `${signalTag(term, s)} ${s.text} ${why.source(s.principle)}`, pad));
  }
  lines.push(
    gluedBullets(
      term,
      path.reasons.map((r) => `${r.text} ${why.source(r.principle)}`),
      pad.length,
    ),
  );
  return lines.join('\n');
}

/** The chart of all paths and the reasons behind the best few. */
export function pathsSection(term: Terminal, why: Why, paths: readonly PlanPath[]): string {
  const intro = paragraph(
    term,
    'Personal fit: how good you are likely to be at the work, combined with how much you are likely to enjoy it. The range in brackets shows how unsure the estimate is.',
    2,
  );
  const details = paths.slice(0, DETAILED_PATHS).map((p, i) => pathDetail(term, why, p, i + 1));
  return section(
    term,
    'Where you fit',
    [
      intro,
      chart(term, paths),
      `${INDENT}${term.colors.bold(`Why the top ${details.length}`)}`,
      ...details,
    ].join('\n\n'),
  );
}
