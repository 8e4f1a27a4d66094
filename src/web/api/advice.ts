/** `POST /advice`: a profile in, its plan out, byte for byte what `lever advise --json` prints. */
import { Hono } from 'hono';
import { adviseFromInput } from '../../core/advice/advise.js';
import type { AdviceContext } from '../../core/advice/context.js';
import { type ErrorCode, LeverError } from '../../core/errors.js';
import type { Plan } from '../../core/plan/schema.js';
import type { AppDeps } from '../deps.js';
import { parseJsonText, readJsonText } from '../http/body.js';
import { jsonBytes, jsonBytesResponse } from '../http/json.js';

/**
 * The plan for an untrusted profile. The engine validates it itself, exactly as for the CLI, so
 * both accept and reject the same profiles; a rejection throws `code` with one issue per field.
 */
export function planOrThrow(raw: unknown, ctx: AdviceContext, code: ErrorCode, message: string): Plan {
  const plan = adviseFromInput(raw, ctx);
  if (plan.ok) return plan.value;
  throw new LeverError(code, message, { problems: plan.problems });
}

/** The advice route; repeated bodies are answered from the plan cache when the app has one. */
export function adviceRoutes(deps: AppDeps): Hono {
  const routes = new Hono();
  routes.post('/advice', async (c) => {
    const text = await readJsonText(c);
    const cached = deps.planCache?.get(text);
    if (cached) return jsonBytesResponse(cached);
    const plan = jsonBytes(planOrThrow(parseJsonText(text), deps.advice, 'invalid_input', 'invalid profile'));
    deps.planCache?.set(text, plan);
    return jsonBytesResponse(plan);
  });
  return routes;
}
