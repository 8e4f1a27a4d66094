/**
 * What people wrote (notes, reflections, titles, asks) as terminal text: printed as written,
 * unicode and markup included, except control characters, which could move the cursor or
 * recolour the terminal, and are shown as a replacement mark instead.
 */
import { visibleText } from '../../../core/journal/visible-text.js';

/** `text` safe to print: line breaks normalised to \n, other control characters made visible. */
export function terminalSafe(text: string): string {
  return visibleText(text);
}

/** The paragraphs of a person's text (split at blank lines), each safe to print. */
export function userParagraphs(text: string): string[] {
  return terminalSafe(text)
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
