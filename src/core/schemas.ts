/**
 * The shapes Lever publishes as JSON Schema, by name. `lever schema <name>` prints them, so that
 * other tools can validate what Lever reads and writes (`fit` is what `lever fit --json` prints).
 */
import * as z from 'zod';
import { LeverError } from './errors.js';
import { FitReport } from './feedback/schema.js';
import { KnowledgeBase } from './kb/schema.js';
import { Plan } from './plan/schema.js';
import { Profile } from './profile/schema.js';

/** Every published schema, by the name the CLI takes. */
export const SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  kb: KnowledgeBase,
  profile: Profile,
  plan: Plan,
  fit: FitReport,
};

/** The names `lever schema` accepts. */
export function schemaNames(): string[] {
  return Object.keys(SCHEMAS);
}

/**
 * The JSON Schema (draft 2020-12) of the named shape, for documents as people write them: fields
 * that have a default are optional.
 */
export function jsonSchemaFor(name: string): Record<string, unknown> {
  const schema = Object.hasOwn(SCHEMAS, name) ? SCHEMAS[name] : undefined;
  if (!schema) {
    throw new LeverError(
      'invalid_input',
      `unknown schema "${name}"; expected one of: ${schemaNames().join(', ')}`,
    );
  }
  return z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}
