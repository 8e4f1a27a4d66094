/**
 * The page a browser gets when a page route fails or does not exist: Lever's own layout (styles,
 * navigation, a way back), with the status's title and what happened.
 */
import { statusPageHtml } from '../pages/status-page.js';

const TITLES: Record<number, string> = {
  400: 'Request not accepted',
  404: 'Page not found',
  405: 'Method not allowed',
  413: 'Request too large',
  415: 'Unsupported content type',
};

/** An HTML error page in the app's layout; `detail` is escaped, so it may contain anything. */
export function htmlErrorResponse(
  status: number,
  detail: string,
  headers: Record<string, string> = {},
): Response {
  const title = TITLES[status] ?? 'Something went wrong';
  return new Response(statusPageHtml({ title, detail }), {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', ...headers },
  });
}
