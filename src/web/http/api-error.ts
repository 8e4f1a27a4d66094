/**
 * The one error shape of the API: `{"error": {"code", "message", "issues"}}`. Codes are the core's
 * closed set plus `method_not_allowed`, which only exists at the HTTP edge.
 */
import * as z from 'zod';
import { ERROR_CODES, HTTP_STATUSES, type LeverError } from '../../core/errors.js';
import type { Problem } from '../../core/validation.js';
import { jsonResponse } from './json.js';

export const API_ERROR_CODES = [...ERROR_CODES, 'method_not_allowed'] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const ApiErrorBody = z
  .object({
    error: z
      .object({
        code: z.enum(API_ERROR_CODES),
        message: z.string(),
        issues: z
          .array(z.object({ path: z.string(), message: z.string() }).strict())
          .describe('one entry per invalid field ("" is the whole body); empty for other errors'),
        suggestions: z.array(z.string()).optional().describe('close matches for an unknown id'),
      })
      .strict(),
  })
  .strict()
  .describe('Every error the API returns.');
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

const STATUSES: Record<ApiErrorCode, number> = { ...HTTP_STATUSES, method_not_allowed: 405 };

/** An error response with the status its code stands for. */
export function apiErrorResponse(
  code: ApiErrorCode,
  message: string,
  options: {
    issues?: readonly Problem[];
    suggestions?: readonly string[];
    headers?: Record<string, string>;
  } = {},
): Response {
  const body: ApiErrorBody = { error: { code, message, issues: [...(options.issues ?? [])] } };
  if (options.suggestions && options.suggestions.length > 0)
    body.error.suggestions = [...options.suggestions];
  return jsonResponse(body, STATUSES[code], options.headers);
}

/** The response for an expected failure raised by the core or a route. */
export function leverErrorResponse(error: LeverError): Response {
  return apiErrorResponse(error.code, error.message, {
    issues: error.problems,
    suggestions: error.suggestions,
  });
}
