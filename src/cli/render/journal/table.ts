/**
 * A compact table for listings: fixed columns as wide as their widest cell, and one flexible
 * column (a title) that takes the room left and is shortened with "…" when it does not fit.
 */
import type { Terminal } from '../../terminal.js';

export interface Column {
  header: string;
  /** Numbers read best aligned to the right. */
  align?: 'left' | 'right';
  /** The column that gives way when the line would be too wide (exactly one should). */
  flexible?: boolean;
  /** Colours the cell (after padding is worked out on the plain text). */
  colour?: (text: string) => string;
}

const GAP = '  ';
/** The flexible column never shrinks below this, even on a very narrow terminal. */
const MIN_FLEXIBLE = 12;

const width = (text: string) => [...text].length;

/** `text` cut to `columns` characters, ending in "…" when it was longer. */
export function truncate(text: string, columns: number): string {
  const chars = [...text];
  return chars.length <= columns ? text : `${chars.slice(0, Math.max(0, columns - 1)).join('')}…`;
}

function pad(text: string, columns: number, align: Column['align']): string {
  const room = ' '.repeat(Math.max(0, columns - width(text)));
  return align === 'right' ? `${room}${text}` : `${text}${room}`;
}

/** The header row and one row per entry of `rows` (cells in column order, plain text). */
export function renderTable(
  term: Terminal,
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  indent = '',
): string {
  const widths = columns.map((column, i) =>
    Math.max(width(column.header), ...rows.map((row) => width(row[i] ?? ''))),
  );
  const flexible = columns.findIndex((column) => column.flexible);
  if (flexible >= 0) {
    const others = widths.reduce((sum, w, i) => (i === flexible ? sum : sum + w), 0);
    const room = term.width - indent.length - others - GAP.length * (columns.length - 1);
    const natural = widths[flexible] ?? 0;
    widths[flexible] = Math.min(natural, Math.max(MIN_FLEXIBLE, room));
  }
  const line = (cells: readonly string[], header: boolean) =>
    indent +
    cells
      .map((cell, i) => {
        const column = columns[i];
        const columnWidth = widths[i] ?? 0;
        const text = pad(truncate(cell, columnWidth), columnWidth, column?.align);
        if (header) return term.colors.bold(text);
        return column?.colour ? column.colour(text) : text;
      })
      .join(GAP)
      .trimEnd();
  return [
    line(
      columns.map((c) => c.header),
      true,
    ),
    ...rows.map((row) => line(row, false)),
  ].join('\n');
}
