/**
 * How the data commands count what they moved: "2 saved profiles, 3 experiments, 5 check-ins and
 * 1 ask", and the per-kind table an import prints (added, already there).
 */
import type { DataKind, DeletionSummary, ImportSummary, LeverData } from '../../core/export/schema.js';

export type Counts = DeletionSummary;

/** The kinds in the order every message lists them, with their names (one, many). */
const KINDS: readonly (readonly [DataKind, string, string])[] = [
  ['profiles', 'saved profile', 'saved profiles'],
  ['experiments', 'experiment', 'experiments'],
  ['checkIns', 'check-in', 'check-ins'],
  ['asks', 'ask', 'asks'],
];

/** How many records of each kind `data` holds (an expertise plan is an experiment). */
export function countsOf(data: LeverData): Counts {
  return {
    profiles: data.profiles.length,
    experiments: data.experiments.length,
    checkIns: data.experiments.reduce((sum, e) => sum + e.checkIns.length, 0),
    asks: data.asks.length,
  };
}

export function total(counts: Counts): number {
  return counts.profiles + counts.experiments + counts.checkIns + counts.asks;
}

function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "2 saved profiles, 3 experiments, 5 check-ins and 1 ask"; kinds with none are left out. */
export function describeCounts(counts: Counts): string {
  const parts = KINDS.filter(([kind]) => counts[kind] > 0).map(([kind, one, many]) =>
    counted(counts[kind], one, many),
  );
  if (parts.length === 0) return 'nothing';
  const last = parts.pop();
  return parts.length === 0 ? `${last}` : `${parts.join(', ')} and ${last}`;
}

/** One line per kind: how many were added and how many were already there, in aligned columns. */
export function importTable(summary: ImportSummary): string {
  const width = Math.max(...KINDS.map(([, , many]) => many.length));
  const numbers = KINDS.flatMap(([kind]) => [summary[kind].added, summary[kind].unchanged]);
  const digits = Math.max(...numbers.map((n) => String(n).length));
  return KINDS.map(([kind, , many]) => {
    const { added, unchanged } = summary[kind];
    const columns = [
      `${String(added).padStart(digits)} added`,
      `${String(unchanged).padStart(digits)} already there`,
    ];
    return `  ${many.padEnd(width)}  ${columns.join('  ')}`;
  }).join('\n');
}
