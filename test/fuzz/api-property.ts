/**
 * The property every API request must satisfy, checked on one world: a safe answer (api-checks.ts);
 * a refusal that names the broken field and leaves the store exactly as it was; a success only for
 * a body valid by the published schemas, changing only what the route says (api-operations.ts).
 */
import { expect } from 'vitest';
import { type ApiError, expectIssueNaming, expectSafeAnswer } from './api-checks.js';
import { allowedChanges, type Operation, ORACLES, operationsOf } from './api-operations.js';
import type { GeneratedRequest } from './api-requests.js';
import {
  dataChanges,
  describeRequest,
  type FuzzRequest,
  type FuzzResponse,
  send,
  type World,
} from './api-world.js';
import { BODY_LIMIT, isJsonType } from './hostile-http.js';

const lenient = new TextDecoder();
const strict = new TextDecoder('utf-8', { fatal: true });

/** The operations the app's own OpenAPI document lists. */
export async function documentedOperations(world: World): Promise<Operation[]> {
  const response = await send(world.app, { method: 'GET', url: '/api/v1/openapi.json' });
  return operationsOf(JSON.parse(response.text));
}

/** The body as the route would parse it, or why it cannot be: the conditions any success needs. */
function parsedBody(
  operation: Operation,
  request: FuzzRequest,
): { ok: true; value: unknown } | { ok: false } {
  const bytes = typeof request.body === 'string' ? new TextEncoder().encode(request.body) : request.body;
  const blank = bytes === undefined || lenient.decode(bytes).trim() === '';
  if (operation.body === 'optional' && blank) return { ok: true, value: {} };
  if (bytes === undefined || bytes.length > BODY_LIMIT || !isJsonType(request.contentType))
    return { ok: false };
  try {
    return { ok: true, value: JSON.parse(strict.decode(bytes)) };
  } catch {
    return { ok: false };
  }
}

/** Whether a success for this request is allowed at all: a documented body must be valid. */
export function mayAccept(operation: Operation, request: FuzzRequest): boolean {
  if (operation.body === 'none') return true;
  const body = parsedBody(operation, request);
  if (!body.ok) return false;
  return ORACLES[operation.key]?.valid(body.value) ?? true;
}

export interface Checked {
  response: FuzzResponse;
  /** The parsed error of a refusal; undefined for a success. */
  error: ApiError | undefined;
  /** Whether the store's data changed. */
  changed: boolean;
}

/** Sends the request to `world` and checks the property; the world is changed only by a success. */
export async function checkOnWorld(
  world: World,
  operation: Operation,
  generated: GeneratedRequest,
): Promise<Checked> {
  const { request, mutation } = generated;
  const context = describeRequest(request);
  const before = await world.store.exportAll();
  const response = await send(world.app, request);
  const error = expectSafeAnswer(request, response);
  const after = await world.store.exportAll();
  if (error) {
    expect(after, `a refused request changed the store: ${context}`).toEqual(before);
    const validationFailure = response.status === 400 && error.code === 'invalid_input';
    // A refused id in the URL is a validation failure too, naming the URL's field instead.
    const jsonBody = isJsonType(request.contentType) && typeof request.body === 'string' && generated.realId;
    if (validationFailure && jsonBody && (mutation.kind === 'set' || mutation.kind === 'extra')) {
      expectIssueNaming(error, mutation.field, context);
    }
    if (validationFailure && jsonBody && mutation.kind === 'remove') {
      expect(error.issues.length, `no issue for a removed field: ${context}`).toBeGreaterThan(0);
    }
    return { response, error, changed: false };
  }
  expect(mayAccept(operation, request), `accepted an invalid body: ${context} → ${response.status}`).toBe(
    true,
  );
  const created = response.status === 201 ? (JSON.parse(response.text) as { id?: string }).id : undefined;
  const allowed = allowedChanges(operation, { path: generated.pathId, created });
  const changes = dataChanges(before, after);
  if (allowed !== undefined) {
    const effect = ORACLES[operation.key]?.effect;
    const optional = typeof effect === 'object' && effect.optional === true;
    if (!(optional && Object.keys(changes).length === 0))
      expect(changes, `changes of ${context}`).toEqual(allowed);
  }
  return { response, error, changed: Object.keys(changes).length > 0 };
}
