/**
 * The JSON API refuses changes a browser says come from another website. Bodies must be JSON,
 * which other sites cannot send without a CORS preflight that Lever never grants, but a few routes
 * take an empty body (claiming a topic, finishing an experiment), and an empty form on any website
 * can post one. Browsers mark every request with `Sec-Fetch-Site` (older ones with `Origin`), so
 * such a request is refused before it reaches a route; programs such as curl send neither and pass,
 * as do Lever's own pages.
 */
import type { MiddlewareHandler } from 'hono';
import { LeverError } from '../../core/errors.js';

/** Methods that never change anything. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether the browser that sent this request says it came from a page of another site or origin. */
export function isCrossSite(
  headers: { site?: string | undefined; origin?: string | undefined },
  url: string,
): boolean {
  if (headers.site !== undefined) return headers.site !== 'same-origin' && headers.site !== 'none';
  return headers.origin !== undefined && headers.origin !== new URL(url).origin;
}

/** Middleware for the API: a change sent from another website is a 400 that changes nothing. */
export const refuseCrossSiteWrites: MiddlewareHandler = async (c, next) => {
  if (!SAFE_METHODS.has(c.req.method)) {
    const headers = { site: c.req.header('sec-fetch-site'), origin: c.req.header('origin') };
    if (isCrossSite(headers, c.req.url)) {
      throw new LeverError(
        'invalid_input',
        'this request came from a page of another website; Lever only accepts changes from its own pages and from programs on this machine',
      );
    }
  }
  await next();
};
