/**
 * Turns schema validation failures into problems a person can act on: each names the field,
 * the value that was given, and what is allowed.
 */
import * as z from 'zod';

export interface Problem {
  /** Dotted path of the field, e.g. "skills.coding" or "history[0].progress"; "" for the whole document. */
  path: string;
  message: string;
}

/** Formats a path like ["history", 0, "progress"] as "history[0].progress". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** A short, safe rendering of a value for an error message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a non-finite number';
  return `a ${typeof value}`;
}

/** The field names an object schema allows at `path`, if it is an object there. */
function allowedKeysAt(schema: z.ZodType | undefined, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  const unwrap = () => {
    while (
      current instanceof z.ZodOptional ||
      current instanceof z.ZodNullable ||
      current instanceof z.ZodDefault
    ) {
      current = current.unwrap();
    }
    if (current instanceof z.ZodPipe) current = current.in;
  };
  unwrap();
  for (const key of path) {
    if (current instanceof z.ZodArray) current = current.element;
    else if (current instanceof z.ZodObject) current = (current.shape as Record<PropertyKey, unknown>)[key];
    else return [];
    unwrap();
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

/** "1 character", "5 characters". */
function count(n: number | bigint, noun: string): string {
  return `${n} ${noun}${Number(n) === 1 ? '' : 's'}`;
}

function article(expected: string): string {
  if (expected === 'array') return 'a list';
  if (expected === 'int') return 'a whole number';
  if (expected === 'object') return 'an object';
  return `a ${expected}`;
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown, schema: z.ZodType | undefined): string {
  switch (issue.code) {
    case 'invalid_value': {
      const allowed = `expected one of: ${issue.values.map(String).join(', ')}`;
      return value === undefined
        ? `is required; ${allowed}`
        : `${describeValue(value)} is not allowed; ${allowed}`;
    }
    case 'invalid_type':
      if (value === undefined) return `is required: expected ${article(issue.expected)}`;
      if (issue.expected === 'int' && typeof value === 'number' && Number.isFinite(value)) {
        return `${describeValue(value)} is not allowed; expected a whole number`;
      }
      return `expected ${article(issue.expected)}, got ${typeName(value)} ${describeValue(value)}`;
    case 'too_big':
      if (issue.origin === 'string')
        return `is too long: at most ${count(issue.maximum, 'character')} allowed`;
      if (issue.origin === 'array') return `has too many items: at most ${issue.maximum} allowed`;
      return `${describeValue(value)} is too large; at most ${issue.maximum} allowed`;
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) === 1
          ? 'is empty; at least one character is needed'
          : `is too short: at least ${count(issue.minimum, 'character')} needed`;
      }
      if (issue.origin === 'array') return `needs at least ${count(issue.minimum, 'item')}`;
      return `${describeValue(value)} is too small; at least ${issue.minimum} allowed`;
    case 'unrecognized_keys': {
      const names = issue.keys.map((k) => JSON.stringify(k)).join(', ');
      const allowed = allowedKeysAt(schema, issue.path);
      const hint = allowed.length > 0 ? `; allowed fields: ${allowed.join(', ')}` : '';
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${names}${hint}`;
    }
    case 'invalid_format':
      return `${describeValue(value)} is not a valid ${issue.format}`;
    case 'not_multiple_of':
      return `${describeValue(value)} must be a whole number`;
    default:
      return issue.message;
  }
}

/** Converts a zod error into problems, one per issue, each naming field, value and what is allowed. */
export function problemsFromZod(error: z.ZodError, input: unknown, schema?: z.ZodType): Problem[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path);
    const message = describeIssue(issue, valueAt(input, issue.path), schema);
    return { path, message };
  });
}

/** "skills.coding: 7 is too large; at most 4 allowed" */
export function formatProblem(problem: Problem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}
