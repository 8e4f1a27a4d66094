/** `GET /openapi.json`: the API described as an OpenAPI 3.1 document. */
import { Hono } from 'hono';
import { jsonResponse } from '../http/json.js';
import { openApiDocument } from './openapi/document.js';

/** The document route. The document is built on first request: most runs never ask for it. */
export function openApiRoutes(): Hono {
  let document: Record<string, unknown> | undefined;
  const routes = new Hono();
  routes.get('/openapi.json', () => {
    document ??= openApiDocument();
    return jsonResponse(document);
  });
  return routes;
}
