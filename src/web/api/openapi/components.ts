/**
 * The schemas the OpenAPI document publishes, generated from the same zod schemas the routes and
 * the core validate with. Each named schema becomes `#/components/schemas/<name>`, and schemas
 * that contain one another refer to it by `$ref` instead of repeating it.
 */
import * as z from 'zod';
import { FitHistory, FitReport } from '../../../core/feedback/schema.js';
import {
  Ask,
  AskInput,
  CatalogueExperimentInput,
  CheckIn,
  CheckInInput,
  Experiment,
  ExperimentInput,
  FinishInput,
  OwnExperimentInput,
} from '../../../core/journal/schema.js';
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
  ExpertisePlanSchema,
  ExpertiseProgressSchema,
  ExpertiseView,
  FitView,
  TopicClaimBody,
} from '../journal-schemas.js';
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
  NewExperiment: ExperimentInput,
  CatalogueExperiment: CatalogueExperimentInput,
  OwnExperiment: OwnExperimentInput,
  Experiment,
  NewCheckIn: CheckInInput,
  CheckIn,
  Finish: FinishInput,
  TopicClaim: TopicClaimBody,
  ExpertiseView,
  ExpertisePlan: ExpertisePlanSchema,
  ExpertiseProgress: ExpertiseProgressSchema,
  FitView,
  FitReport,
  FitHistory,
  AskInput,
  Ask,
  Error: ApiErrorBody,
} as const satisfies Record<string, z.ZodType>;

export type ComponentName = keyof typeof COMPONENT_SCHEMAS;

/** Descriptions for the core's schemas that carry none of their own. */
const DESCRIPTIONS: Partial<Record<ComponentName, string>> = {
  NewExperiment: 'A fit experiment to start: a test from the catalogue, or one of your own design.',
  CatalogueExperiment: 'Starts the catalogue fit test `testId`; `startedOn` defaults to today.',
  OwnExperiment: 'Starts a fit experiment of your own design, time-boxed to `weeks`.',
  Experiment: 'A fit experiment or a claimed governance topic (`kind`), with its check-ins oldest first.',
  NewCheckIn:
    'What to log at a check-in; `date` defaults to today and may be neither before the start nor after today.',
  CheckIn: 'A logged check-in.',
  Finish:
    'Finishes an experiment, with what it taught you; `finishedOn` defaults to today. The body may be left out.',
  AskInput: 'A concrete ask for a lab: what, the steps, who has agreed to lead it, and its cost.',
  Ask: 'A concrete ask as saved.',
};

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
    const description = DESCRIPTIONS[id as ComponentName];
    components[id] = rest.description === undefined && description ? { ...rest, description } : rest;
  }
  return components;
}
