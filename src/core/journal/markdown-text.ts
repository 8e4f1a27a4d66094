/**
 * Text a person typed (titles, notes, reflections, asks), made safe for Markdown: it shows exactly
 * as typed and never becomes markup, whether it holds HTML, a `#`, a `|` inside a table, backticks,
 * an entity like `&lt;`, or a line that starts like a list item. Control characters (an escape
 * that would recolour a terminal printing the journal) show as a replacement mark.
 */
import { escapeText } from '../plan/markdown-syntax.js';
import { visibleText } from './visible-text.js';

/** One line of typed text: whitespace (newlines too) collapses to single spaces. */
export function userText(text: string): string {
  return (
    escapeText(visibleText(text).trim())
      // An entity reference would show as the character it names, not as typed.
      .replace(/&/g, '\\&')
      // At the start of a line these open a list item or a setext heading.
      .replace(/^[-+=]/, '\\$&')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

/**
 * Several paragraphs of typed text: blank lines separate paragraphs, and single line breaks are
 * kept as hard breaks, so a note written as lines stays in lines.
 */
export function userParagraphs(text: string): string {
  return visibleText(text)
    .trim()
    .split(/\n[ \t]*\n\s*/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map(userText)
        .filter((line) => line !== '')
        .join('\\\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/** A heading of the given level whose text a person typed. */
export function userHeading(level: number, text: string): string {
  return `${'#'.repeat(level)} ${userText(text)}`;
}
