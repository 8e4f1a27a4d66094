/**
 * `lever fit`: every path's personal fit from the profile and the logged evidence, best first:
 * a bar with the plausible range, the good-at and enjoy estimates with their uncertainty, what the
 * estimate rests on, and the signal with the principle behind it.
 */
import type { FitEvidence, FitReport, FitReportPath } from '../../../core/feedback/schema.js';
import { percent, SIGNAL_LABELS } from '../../../core/plan/labels.js';
import type { Terminal } from '../../terminal.js';
import { fitBar } from '../plan/fit-bar.js';
import { GLUE, wrapGlued } from '../plan/glue.js';
import { signalColour } from '../plan/signal-colour.js';
import { blocks, paragraph } from '../text.js';
import { visibleWidth } from '../wrap.js';

const INTRO =
  'Fit combines how good you are likely to be at the work with how much you are likely to enjoy it; the range shows how unsure it is. Each estimate has an uncertainty from 0% (certain) to 100% (nothing known), which shrinks as you log evidence.';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function evidenceText(evidence: FitEvidence): string {
  if (evidence.experiments === 0) return 'evidence: none logged yet, so the profile alone';
  const hours = evidence.hours > 0 ? `, ${Math.round(evidence.hours * 10) / 10} h` : '';
  return `evidence: ${plural(evidence.experiments, 'experiment')}, ${plural(evidence.checkIns, 'check-in')}${hours}`;
}

function signalLine(term: Terminal, path: FitReportPath, pad: string): string {
  const signal = path.signal;
  if (!signal) return '';
  const tag = signalColour(term, signal.kind)(`[${SIGNAL_LABELS[signal.kind].replace(' ', GLUE)}]`);
  const source = term.colors.dim(`(principle:${GLUE}${signal.principle})`);
  return `\n${wrapGlued(term, `${tag} ${signal.text} ${source}`, pad)}`;
}

function pathBlock(term: Terminal, path: FitReportPath, rank: number, column: number): string {
  const label = `  ${rank}. `;
  const pad = ' '.repeat(label.length);
  const bar = fitBar(term, path);
  const head =
    label.length + column + 2 + visibleWidth(bar) <= term.width
      ? `${label}${term.colors.bold(path.title.padEnd(column))}  ${bar}`
      : `${label}${term.colors.bold(path.title)}\n${pad}${bar}`;
  const estimate = (label: string, e: FitReportPath['good']) =>
    `${label} ${percent(e.value)} (uncertainty${GLUE}${percent(e.uncertainty)})`;
  const estimates = `${estimate('good at', path.good)} · ${estimate('enjoy', path.enjoy)}`;
  return (
    [head, wrapGlued(term, estimates, pad), wrapGlued(term, evidenceText(path.evidence), pad)].join('\n') +
    signalLine(term, path, pad)
  );
}

/** The page; `source` says which profile the estimates start from and what has been logged. */
export function renderFitReport(term: Terminal, report: FitReport, source: string): string {
  const column = Math.max(0, ...report.paths.map((p) => p.title.length));
  return blocks(
    term.colors.bold('Your fit by path'),
    paragraph(term, source, 2),
    paragraph(term, term.colors.dim(INTRO), 2),
    report.paths.map((path, i) => pathBlock(term, path, i + 1, column)).join('\n\n'),
  );
}
