/**
 * Safe Markdown pieces: text from the knowledge base or a plan must show as written, never turn
 * into markup (a stray `*`, `[` or `<` would otherwise become emphasis, a link or HTML).
 */

/** Escapes the characters that Markdown (CommonMark and GFM) would read as markup. */
export function escapeText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|#~]/g, '\\$&');
}

/** A URL that cannot end the link early: spaces, angle brackets and parentheses are percent-encoded. */
function safeUrl(url: string): string {
  return url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[text](url)`. */
export function link(text: string, url: string): string {
  return `[${escapeText(text)}](${safeUrl(url)})`;
}

/** A heading of the given level. */
export function heading(level: number, text: string): string {
  return `${'#'.repeat(level)} ${escapeText(text)}`;
}

/** A bulleted list, one item per line. */
export function bulletList(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

/** A GitHub-flavoured table; cells are already escaped Markdown. `align` is 'l' or 'r' per column. */
export function table(
  headers: readonly string[],
  align: string,
  rows: readonly (readonly string[])[],
): string {
  const rule = headers.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(rule), ...rows.map(line)].join('\n');
}

/** Joins blocks with a blank line, dropping empty ones. */
export function joinBlocks(parts: readonly string[]): string {
  return parts.filter((part) => part !== '').join('\n\n');
}

/** A section: heading and body, or nothing when the body is empty. */
export function mdSection(level: number, title: string, body: string): string {
  return body === '' ? '' : `${heading(level, title)}\n\n${body}`;
}
