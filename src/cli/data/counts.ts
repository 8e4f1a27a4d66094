/** The per-kind table `lever import` prints: how many records were added and how many were already there. */
import { DATA_KIND_NAMES } from '../../core/export/counts.js';
import type { ImportSummary } from '../../core/export/schema.js';

/** One line per kind, in aligned columns. */
export function importTable(summary: ImportSummary): string {
  const width = Math.max(...DATA_KIND_NAMES.map(({ many }) => many.length));
  const numbers = DATA_KIND_NAMES.flatMap(({ kind }) => [summary[kind].added, summary[kind].unchanged]);
  const digits = Math.max(...numbers.map((n) => String(n).length));
  return DATA_KIND_NAMES.map(({ kind, many }) => {
    const { added, unchanged } = summary[kind];
    const columns = [
      `${String(added).padStart(digits)} added`,
      `${String(unchanged).padStart(digits)} already there`,
    ];
    return `  ${many.padEnd(width)}  ${columns.join('  ')}`;
  }).join('\n');
}
