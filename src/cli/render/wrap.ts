/**
 * Word wrapping for terminal text that may carry colour codes.
 *
 * Why not wrap-ansi: it measures every word with string-width, which runs an emoji regex per
 * character; that measured 1.6 ms per paragraph here, 30 ms or more for one `lever show` page,
 * more than Node takes to start. Lever's text is prose; widths come from `displayWidth`, which
 * measures plain text at once and counts a wide character (CJK, emoji) as two columns.
 */
import { displayWidth } from './display-width.js';

/** Select Graphic Rendition sequences (colour, bold…), which take no room on screen. */
const SGR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Columns the text takes on screen. */
export function visibleWidth(text: string): number {
  return displayWidth(text.replace(SGR, ''));
}

/**
 * Splits text into lines of at most `columns` visible characters, breaking between words. A word
 * longer than a line (a URL) gets a line of its own rather than being cut, so it stays usable.
 * A colour that spans a break simply continues on the next line, as terminals keep it.
 */
export function wrapWords(text: string, columns: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const word of text.split(' ')) {
    if (word === '') continue;
    const wordWidth = visibleWidth(word);
    if (line === '') {
      line = word;
      width = wordWidth;
    } else if (width + 1 + wordWidth <= columns) {
      line += ` ${word}`;
      width += 1 + wordWidth;
    } else {
      lines.push(line);
      line = word;
      width = wordWidth;
    }
  }
  lines.push(line);
  return lines;
}
