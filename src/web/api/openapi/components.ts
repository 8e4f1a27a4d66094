/**
 * The schemas the OpenAPI document publishes, generated from the same zod schemas the routes and
 * the core validate with. Each named schema becomes `#/components/schemas/<name>`, and schemas
 * that contain one another refer to it by `$ref` instead of repeating it.
 */
import * as z from 'zod';
import {
  Cluster,
  Direction,
  KnowledgeBase,
  Path,
  Principle,
  Resource,
  Topic,
  Track,
} from '../../../core/kb/schema.js';
import { Plan } from '../../../core/plan/schema.js';
import { Profile } from '../../../core/profile/schema.js';
import { ApiErrorBody } from '../../http/api-error.js';
import {
  ItemLink,
  ItemView,
  NewProfileBody,
  ProfilePatchBody,
  SavedProfile,
  SearchResult,
} from '../schemas.js';

/** Every published schema by component name. Profile, Plan and KnowledgeBase are `lever schema`'s. */
export const COMPONENT_SCHEMAS = {
  Profile,
  Plan,
  KnowledgeBase,
  Principle,
  Path,
  Direction,
  Resource,
  Cluster,
  Topic,
  Track,
  NewProfile: NewProfileBody,
  ProfilePatch: ProfilePatchBody,
  SavedProfile,
  SearchResult,
  ItemLink,
  ItemView,
  Error: ApiErrorBody,
} as const satisfies Record<string, z.ZodType>;

export type ComponentName = keyof typeof COMPONENT_SCHEMAS;

/** A JSON reference to a component schema. */
export function schemaRef(name: ComponentName): { $ref: string } {
  return { $ref: `#/components/schemas/${name}` };
}

/**
 * The component schemas as JSON Schema (draft 2020-12, the dialect OpenAPI 3.1 uses), for documents
 * as clients write them: fields with a default are optional.
 */
export function componentSchemas(): Record<string, Record<string, unknown>> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENT_SCHEMAS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'input',
    uri: (id) => schemaRef(id as ComponentName).$ref,
  });
  const components: Record<string, Record<string, unknown>> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    // The document declares the dialect once; an `$id` would also wrongly make each schema its own
    // base URI, breaking the `#/components/...` references inside it.
    const { $schema: _dialect, $id: _id, ...rest } = schema as Record<string, unknown>;
    components[id] = rest;
  }
  return components;
}
