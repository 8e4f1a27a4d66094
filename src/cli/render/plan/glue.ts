/**
 * Wrapping that keeps a source tag in one piece. The shared helpers in ../text.ts squeeze every
 * kind of whitespace, so a line could end in a lone "(§" with the section on the next line; here
 * a no-break space glues the mark to the section name, and only ordinary spaces break lines.
 */
import type { Terminal } from '../../terminal.js';
import { wrapWords } from '../wrap.js';

/** Put between words that must stay on the same line. */
export const GLUE = '\u00a0';

/** Like `wrapWith` in ../text.ts, but never breaking at a GLUE. */
export function wrapGlued(term: Terminal, text: string, first: string, rest: string = first): string {
  const columns = Math.max(20, term.width - rest.length);
  const lines = wrapWords(text.replace(/[ \t\r\n]+/g, ' ').trim(), columns);
  return lines.map((line, i) => `${i === 0 ? first : rest}${line.replaceAll(GLUE, ' ')}`).join('\n');
}

/** A bulleted list whose items may hold glued source tags. */
export function gluedBullets(term: Terminal, items: readonly string[], indent: number, bullet = '•'): string {
  const pad = ' '.repeat(indent);
  return items.map((item) => wrapGlued(term, item, `${pad}${bullet} `, `${pad}  `)).join('\n');
}
