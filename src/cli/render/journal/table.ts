/**
 * A compact table for listings that fits the terminal: fixed columns as wide as their widest cell,
 * and one flexible column (a title) that takes the room left and is shortened with "…" when it
 * does not fit. On a narrow terminal, columns marked optional are left out, in the order given,
 * until the title has room to be read. Widths are measured in terminal columns, so a CJK title
 * (two columns a character) lines up and is cut where it should be.
 */
import type { Terminal } from '../../terminal.js';
import { displayWidth, truncateToWidth } from '../display-width.js';

export interface Column {
  header: string;
  /** Numbers read best aligned to the right. */
  align?: 'left' | 'right';
  /** The column that gives way when the line would be too wide (exactly one should). */
  flexible?: boolean;
  /**
   * Left out when the terminal is too narrow for it and a readable title: the lower the number,
   * the sooner. Columns without one are always shown.
   */
  optional?: number;
  /** Colours the cell (after padding is worked out on the plain text). */
  colour?: (text: string) => string;
}

const GAP = '  ';
/** The flexible column never shrinks below this, even on a very narrow terminal. */
const MIN_FLEXIBLE = 12;
/** Optional columns give way before the flexible column gets narrower than this. */
const READABLE_FLEXIBLE = 16;

/** `text` cut to `columns` terminal columns, ending in "…" when it was longer. */
export function truncate(text: string, columns: number): string {
  return truncateToWidth(text, columns);
}

function pad(text: string, columns: number, align: Column['align']): string {
  const room = ' '.repeat(Math.max(0, columns - displayWidth(text)));
  return align === 'right' ? `${room}${text}` : `${text}${room}`;
}

/** The room the flexible column gets beside `shown` columns of these natural widths. */
function flexibleRoom(
  term: Terminal,
  indent: string,
  shown: readonly number[],
  widths: readonly number[],
  flexible: number,
): number {
  const others = shown.reduce((sum, i) => (i === flexible ? sum : sum + (widths[i] ?? 0)), 0);
  return term.width - indent.length - others - GAP.length * (shown.length - 1);
}

/** The indexes of the columns to show: all, less optional ones the terminal has no room for. */
function shownColumns(
  term: Terminal,
  indent: string,
  columns: readonly Column[],
  widths: readonly number[],
  flexible: number,
): number[] {
  let shown = columns.map((_, i) => i);
  if (flexible < 0) return shown;
  const wanted = Math.min(widths[flexible] ?? 0, READABLE_FLEXIBLE);
  const droppable = shown
    .filter((i) => columns[i]?.optional !== undefined)
    .sort((a, b) => (columns[a]?.optional ?? 0) - (columns[b]?.optional ?? 0));
  for (const column of droppable) {
    if (flexibleRoom(term, indent, shown, widths, flexible) >= wanted) break;
    shown = shown.filter((i) => i !== column);
  }
  return shown;
}

/** The header row and one row per entry of `rows` (cells in column order, plain text). */
export function renderTable(
  term: Terminal,
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  indent = '',
): string {
  const widths = columns.map((column, i) =>
    Math.max(displayWidth(column.header), ...rows.map((row) => displayWidth(row[i] ?? ''))),
  );
  const flexible = columns.findIndex((column) => column.flexible);
  const shown = shownColumns(term, indent, columns, widths, flexible);
  if (flexible >= 0) {
    const room = flexibleRoom(term, indent, shown, widths, flexible);
    widths[flexible] = Math.min(widths[flexible] ?? 0, Math.max(MIN_FLEXIBLE, room));
  }
  const line = (cells: readonly string[], header: boolean) =>
    indent +
    shown
      .map((i) => {
        const column = columns[i];
        const columnWidth = widths[i] ?? 0;
        const text = pad(truncate(cells[i] ?? '', columnWidth), columnWidth, column?.align);
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
