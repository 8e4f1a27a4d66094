/** The fit bar: a path's estimated fit as a row of blocks, with its plausible range in numbers. */
import { percent, rangeText } from '../../../core/plan/labels.js';
import type { PlanPath } from '../../../core/plan/schema.js';
import type { Terminal } from '../../terminal.js';

/** Cells in a bar: fine enough to tell 5% apart, narrow enough for 80 columns beside a title. */
export const BAR_CELLS = 16;

/** `fit` (0–1) as `cells` characters: █ for the estimate, ░ for the rest; never empty or full by rounding alone. */
export function barCells(fit: number, cells: number = BAR_CELLS): string {
  const raw = Math.round(Math.min(1, Math.max(0, fit)) * cells);
  // A tiny fit still shows a sliver, and only a certain fit fills the bar, so rounding never
  // suggests "nothing" or "everything".
  const filled = fit > 0 && raw === 0 ? 1 : fit < 1 && raw === cells ? cells - 1 : raw;
  return `${'█'.repeat(filled)}${'░'.repeat(cells - filled)}`;
}

/** "██████████░░░░░░  62% (45–79%)", coloured by how good the fit is when colour is on. */
export function fitBar(term: Terminal, path: Pick<PlanPath, 'fit' | 'range'>): string {
  const cells = barCells(path.fit);
  const shade = path.fit >= 0.6 ? term.colors.green : path.fit >= 0.4 ? term.colors.yellow : term.colors.dim;
  const numbers = `${percent(path.fit).padStart(4)} ${term.colors.dim(`(${rangeText(path.range)})`)}`;
  return `${shade(cells)} ${numbers}`;
}
