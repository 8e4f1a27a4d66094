/** Just enough HTML reading for page tests, without a DOM. */

/** Text as the JSX renderer escapes it, to look for a title or a URL in a page's source. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );
}

/** Undoes `escapeHtml`, plus numeric character references. */
export function unescapeHtml(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Every href in the HTML, unescaped, in document order. */
export function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => unescapeHtml(m[1] ?? ''));
}

/** The ids of the items an HTML fragment links to (/library/{id}, without any #anchor). */
export function itemLinks(html: string): string[] {
  return hrefs(html).flatMap((href) => {
    const match = /^\/library\/([a-z0-9-]+)(?:#.*)?$/.exec(href);
    return match?.[1] ? [match[1]] : [];
  });
}

/** The part of the HTML from the first occurrence of `start` to the next `end` after it (or the end). */
export function slice(html: string, start: string, end?: string): string {
  const from = html.indexOf(start);
  if (from === -1) throw new Error(`"${start}" is not in the page`);
  const to = end === undefined ? -1 : html.indexOf(end, from + start.length);
  return html.slice(from, to === -1 ? undefined : to);
}

/** The data-id of each result row, in order. */
export function resultIds(html: string): string[] {
  return [...html.matchAll(/<li class="result" data-id="([^"]+)"/g)].map((m) => m[1] ?? '');
}
