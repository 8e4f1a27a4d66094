/**
 * What every answer of the API must be, whatever was sent: never a server error, never a stack
 * trace, and every refusal in the API's one error shape with a message a person can act on.
 */
import { expect } from 'vitest';
import { ApiErrorBody } from '../../src/web/http/api-error.js';
import { describeRequest, type FuzzRequest, type FuzzResponse } from './api-world.js';

/** Traces of a stack or of the server's own files: a frame line ("    at f (file.ts:1:2)"), also JSON-escaped. */
const STACK_TRACE_SIGNS = [
  /^\s+at \S.*:\d+:\d+\)?$/m,
  /\\n\s+at \S/,
  /node:internal/,
  /node_modules\//,
  /\/src\/\S+\.tsx?\b/,
];

/** Fails when `text` shows a stack trace or a path into the server's code. */
export function expectNoStackTrace(text: string, context: string): void {
  for (const sign of STACK_TRACE_SIGNS) expect(text, `${context}: ${sign}`).not.toMatch(sign);
}

export type ApiError = ApiErrorBody['error'];

/**
 * Checks the properties every answer has and gives the parsed error for a 4xx (undefined for a
 * success): status below 500, no stack trace, and for a refusal JSON in the error shape.
 */
export function expectSafeAnswer(request: FuzzRequest, response: FuzzResponse): ApiError | undefined {
  const context = `${describeRequest(request)} → ${response.status} ${response.text.slice(0, 300)}`;
  expect(response.status, context).toBeGreaterThanOrEqual(200);
  expect(response.status, context).toBeLessThan(500);
  expectNoStackTrace(response.text, context);
  if (response.status < 400) return undefined;
  expect(response.contentType, context).toMatch(/^application\/json/);
  const parsed = ApiErrorBody.safeParse(JSON.parse(response.text));
  expect(parsed.success, context).toBe(true);
  const error = (parsed.data as ApiErrorBody).error;
  expect(error.message.trim().length, context).toBeGreaterThan(0);
  for (const issue of error.issues) expect(issue.message.trim().length, context).toBeGreaterThan(0);
  return error;
}

/** A validation failure names the field: some issue is at `field`, inside it, or about it by name. */
export function expectIssueNaming(error: ApiError, field: string, context: string): void {
  const leaf = field.split('.').pop() ?? field;
  const named = error.issues.some(
    (issue) =>
      issue.path === field ||
      issue.path.startsWith(`${field}.`) ||
      issue.path.startsWith(`${field}[`) ||
      issue.message.includes(JSON.stringify(leaf)),
  );
  expect(named, `${context}: no issue names "${field}": ${JSON.stringify(error.issues)}`).toBe(true);
}
