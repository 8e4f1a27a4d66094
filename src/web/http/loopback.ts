/**
 * Keeping a local server local. Listening on 127.0.0.1 stops other machines, but not other
 * websites: a page elsewhere can point its own domain name at 127.0.0.1 ("DNS rebinding") and
 * then read and write Lever's API as if it were same-origin. Refusing requests whose Host header
 * is not a loopback name closes that door.
 */
import { isIP } from 'node:net';
import { Hono } from 'hono';
import { apiErrorResponse } from './api-error.js';
import { isApiPath } from './handlers.js';
import { htmlErrorResponse } from './html-error.js';
import { securityHeaders } from './security-headers.js';

/** Whether a host name or address (IPv6 optionally in brackets) only reaches this machine. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost' || bare.endsWith('.localhost')) return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  return bare === '::1' || bare.startsWith('::ffff:127.');
}

/** The host part of a Host header: "localhost:4747" → "localhost", "[::1]:80" → "[::1]". */
function hostName(header: string): string {
  return header.startsWith('[') ? header.slice(0, header.indexOf(']') + 1) : (header.split(':')[0] ?? '');
}

/**
 * The refusal, answered by a tiny app of its own so that it carries the same security headers as
 * every response of Lever's app (a JSON error for the API, a page otherwise).
 */
const refusal = new Hono();
refusal.use(securityHeaders);
refusal.all('*', (c) => {
  const host = c.req.header('host') ?? '';
  const message = `this Lever server only answers requests addressed to this machine (localhost or 127.0.0.1), not to "${host}"`;
  return isApiPath(c.req.path) ? apiErrorResponse('invalid_input', message) : htmlErrorResponse(400, message);
});

/** Wraps a fetch handler so that it answers only requests addressed to a loopback name. */
export function loopbackHostsOnly<A extends unknown[]>(
  fetch: (request: Request, ...rest: A) => Response | Promise<Response>,
): (request: Request, ...rest: A) => Response | Promise<Response> {
  return (request, ...rest) => {
    const host = request.headers.get('host') ?? '';
    if (isLoopback(hostName(host))) return fetch(request, ...rest);
    return refusal.fetch(request);
  };
}
