/**
 * The app's last word on every failure: JSON in the API's error shape under /api, an HTML page in
 * Lever's layout (navigation, a way back) elsewhere. Expected failures (LeverError) keep their
 * message; anything else is logged once to standard error and answered with a generic 500, never
 * a stack trace.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { HTTP_STATUSES, LeverError } from '../../core/errors.js';
import { type ApiErrorCode, apiErrorResponse, leverErrorResponse } from './api-error.js';
import { htmlErrorResponse } from './html-error.js';

/** Whether the request is for the API (JSON errors) rather than a page (HTML errors). */
export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/** Client errors Hono's own middleware may raise, by status. */
const HTTP_EXCEPTION_CODES: Record<number, ApiErrorCode> = {
  400: 'invalid_input',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

const UNEXPECTED = 'something went wrong on the server; the details are in its log';

function logUnexpected(c: Context, error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`lever: unexpected error on ${c.req.method} ${c.req.path}: ${detail}`);
}

/** For `app.onError`. */
export function handleError(error: unknown, c: Context): Response {
  const api = isApiPath(c.req.path);
  if (error instanceof LeverError) {
    // An internal LeverError is expected enough to have a message, but still a fault to look into.
    if (error.code === 'internal') logUnexpected(c, error);
    return api ? leverErrorResponse(error) : htmlErrorResponse(HTTP_STATUSES[error.code], error.message);
  }
  const clientCode = error instanceof HTTPException ? HTTP_EXCEPTION_CODES[error.status] : undefined;
  if (error instanceof HTTPException && clientCode) {
    return api ? apiErrorResponse(clientCode, error.message) : htmlErrorResponse(error.status, error.message);
  }
  logUnexpected(c, error);
  return api ? apiErrorResponse('internal', UNEXPECTED) : htmlErrorResponse(500, UNEXPECTED);
}

/** For `app.notFound`. */
export function handleNotFound(c: Context): Response {
  const { method, path } = c.req;
  return isApiPath(path)
    ? apiErrorResponse(
        'not_found',
        `no such API route: ${method} ${path} (the routes are listed at /api/v1/openapi.json)`,
      )
    : htmlErrorResponse(404, `There is no page at ${path}.`);
}

/** For Hono's `methodNotAllowed` middleware: a known path asked with a method it does not take. */
export function handleMethodNotAllowed(c: Context, allowed: string[]): Response {
  const { method, path } = c.req;
  const headers = { allow: allowed.join(', ') };
  const message = `${method} is not allowed on ${path}; allowed: ${allowed.join(', ')}`;
  return isApiPath(path)
    ? apiErrorResponse('method_not_allowed', message, { headers })
    : htmlErrorResponse(405, message, headers);
}
