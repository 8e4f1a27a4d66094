/** Building blocks for terminal pages: wrapped paragraphs, bullets, headed sections. */
import type { Terminal } from '../terminal.js';
import { wrapWords } from './wrap.js';

/**
 * Wraps `text` to the terminal's width, starting the first line with `first` and the others with
 * `rest`. Both prefixes must be plain text of the same width (they are padding or a bullet).
 */
export function wrapWith(term: Terminal, text: string, first: string, rest: string = first): string {
  const columns = Math.max(20, term.width - rest.length);
  const lines = wrapWords(text.replace(/\s+/g, ' ').trim(), columns);
  return lines.map((line, i) => `${i === 0 ? first : rest}${line}`).join('\n');
}

/** A wrapped paragraph, indented by `indent` spaces. */
export function paragraph(term: Terminal, text: string, indent = 0): string {
  const pad = ' '.repeat(indent);
  return wrapWith(term, text, pad, pad);
}

/** A bulleted list; continuation lines align under the text, not the bullet. */
export function bullets(term: Terminal, items: readonly string[], indent = 2): string {
  const pad = ' '.repeat(indent);
  return items.map((item) => wrapWith(term, item, `${pad}• `, `${pad}  `)).join('\n');
}

/** A numbered list: "1. …", with continuation lines aligned under the text. */
export function numbered(term: Terminal, items: readonly string[], indent = 2): string {
  const digits = String(items.length).length;
  const pad = ' '.repeat(indent);
  return items
    .map((item, i) => {
      const label = `${String(i + 1).padStart(digits)}. `;
      return wrapWith(term, item, `${pad}${label}`, `${pad}${' '.repeat(label.length)}`);
    })
    .join('\n');
}

/** A bold heading over a body; nothing at all when the body is empty. */
export function section(term: Terminal, title: string, body: string): string {
  return body === '' ? '' : `${wrapWith(term, term.colors.bold(title), '')}\n${body}`;
}

/** Joins blocks with one blank line between them, skipping empty blocks. */
export function blocks(...parts: readonly string[]): string {
  return parts.filter((part) => part !== '').join('\n\n');
}

/** "id — Title", the way every page refers to another item. */
export function reference(term: Terminal, id: string, title: string): string {
  return `${term.colors.cyan(id)} — ${title}`;
}

/**
 * One row of a listing: the id, then the title in a column. An id too long for the column puts
 * the title on the next line, so titles always line up.
 */
export function idRow(term: Terminal, id: string, title: string, indent: string, column: number): string {
  const idText = `${indent}${id}`;
  const titlePad = ' '.repeat(column);
  const coloured = `${indent}${term.colors.cyan(id)}`;
  if (idText.length + 2 <= column) {
    const gap = ' '.repeat(column - idText.length);
    return `${coloured}${gap}${wrapWith(term, title, titlePad, titlePad).slice(column)}`;
  }
  return `${coloured}\n${wrapWith(term, title, titlePad, titlePad)}`;
}

/** The column where titles start in a listing of these ids, capped so titles keep room. */
export function titleColumn(ids: readonly string[], indent: number): number {
  const longest = Math.max(0, ...ids.map((id) => id.length));
  return indent + Math.min(longest, 30) + 2;
}
