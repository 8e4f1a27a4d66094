/**
 * Text a person typed, with its control characters made visible. An escape or bell character in a
 * note would move a terminal's cursor or recolour it when the journal is printed, and makes an
 * iCalendar file invalid (RFC 5545 allows none in text but the tab); so every rendering of typed
 * text shows them as a replacement mark instead, and keeps everything else as written.
 */

/** C0 and C1 control characters other than line breaks and tabs. */
const CONTROL = /(?![\n\t])\p{Cc}/gu;

/** `text` with line breaks normalised to \n and other control characters shown as U+FFFD. */
export function visibleText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '\uFFFD');
}
