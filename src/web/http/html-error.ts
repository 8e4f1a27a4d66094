/** The plain page a browser gets when a page route fails or does not exist. */

const TITLES: Record<number, string> = {
  404: 'Page not found',
  405: 'Method not allowed',
  413: 'Request too large',
  415: 'Unsupported content type',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** A minimal, self-contained HTML error page; `detail` is escaped, so it may contain anything. */
export function htmlErrorResponse(
  status: number,
  detail: string,
  headers: Record<string, string> = {},
): Response {
  const title = TITLES[status] ?? 'Something went wrong';
  const page = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)} · Lever</title></head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(detail)}</p>
<p><a href="/">Back to Lever</a></p>
</body>
</html>
`;
  return new Response(page, { status, headers: { 'content-type': 'text/html; charset=utf-8', ...headers } });
}
