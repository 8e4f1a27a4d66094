/**
 * The API's operations as its OpenAPI document lists them, so a route added later is fuzzed
 * without anyone touching this folder, and, for the routes known here, an oracle: a valid body to
 * start mutating from, whether a body is valid at all (a success for an invalid body is a bug),
 * and what a success may change in the store.
 */
import type * as z from 'zod';
import {
  parseAskInput,
  parseCheckInInput,
  parseExperimentInput,
  parseFinishInput,
} from '../../src/core/journal/parse.js';
import { parseProfile } from '../../src/core/profile/parse.js';
import type { Result } from '../../src/core/result.js';
import { TopicClaimBody } from '../../src/web/api/journal-schemas.js';
import { NewProfileBody, ProfilePatchBody } from '../../src/web/api/schemas.js';
import { askBody, checkInBody, ownExperimentBody } from '../web/api/journal-requests.js';
import type { CollectionChange } from './api-world.js';

export interface Operation {
  method: string;
  /** The documented path template, e.g. "/experiments/{id}/check-ins". */
  path: string;
  /** "POST /experiments/{id}/check-ins". */
  key: string;
  /** Whether the operation documents a request body, and whether it may be left out. */
  body: 'none' | 'required' | 'optional';
  queryParams: string[];
}

type Json = Record<string, unknown>;

/** Every operation of an OpenAPI document, in document order. */
export function operationsOf(document: { paths: Record<string, Record<string, unknown>> }): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'post', 'put', 'delete', 'patch']) {
      const operation = item[method] as Json | undefined;
      if (!operation) continue;
      const requestBody = operation.requestBody as { required?: boolean } | undefined;
      const parameters = [
        ...((item.parameters as Json[]) ?? []),
        ...((operation.parameters as Json[]) ?? []),
      ];
      operations.push({
        method: method.toUpperCase(),
        path,
        key: `${method.toUpperCase()} ${path}`,
        body: requestBody ? (requestBody.required === false ? 'optional' : 'required') : 'none',
        queryParams: parameters.filter((p) => p.in === 'query').map((p) => String(p.name)),
      });
    }
  }
  return operations;
}

/** What a success may do to the store: nothing, or this to one collection for the id in the URL or the answer. */
type Effect =
  | 'none'
  | { collection: string; change: keyof CollectionChange; id: 'path' | 'created'; optional?: boolean };

export interface Oracle {
  /** A valid body to mutate (a function, as an experiment may be from the catalogue or one's own). */
  template: (variant: number) => Json;
  /** Whether parsed JSON is a valid body by the published schemas (a necessary condition for a success). */
  valid: (body: unknown) => boolean;
  effect: Effect;
}

const profileExample = {
  stage: 'student',
  skills: { coding: 3, writing: 2 },
  enjoys: ['writing'],
  history: [{ activity: 'policy', months: 3, progress: 2, enjoyment: 3 }],
  notes: 'hello',
};

const okResult = (result: Result<unknown>) => result.ok;
const bySchema = (schema: z.ZodType) => (body: unknown) => schema.safeParse(body).success;

/** Oracles by operation key; a documented operation without one gets the generic checks only. */
export const ORACLES: Record<string, Oracle> = {
  'POST /advice': {
    template: () => profileExample,
    valid: (body) => parseProfile(body).ok,
    effect: 'none',
  },
  'POST /profiles': {
    template: () => ({ name: 'me later', profile: profileExample }),
    valid: bySchema(NewProfileBody),
    effect: { collection: 'profiles', change: 'added', id: 'created' },
  },
  'PUT /profiles/{id}': {
    template: () => ({ name: 'renamed', profile: profileExample }),
    valid: bySchema(ProfilePatchBody),
    effect: { collection: 'profiles', change: 'changed', id: 'path', optional: true },
  },
  'DELETE /profiles/{id}': {
    template: () => ({}),
    valid: () => true,
    effect: { collection: 'profiles', change: 'removed', id: 'path' },
  },
  'POST /experiments': {
    template: (variant) =>
      variant % 2 === 0
        ? { testId: 'arena-first-part', startedOn: '2030-01-10' }
        : ownExperimentBody({ direction: 'evaluations', deliverable: 'a memo', startedOn: '2030-01-10' }),
    valid: (body) => okResult(parseExperimentInput(body)),
    effect: { collection: 'experiments', change: 'added', id: 'created' },
  },
  'DELETE /experiments/{id}': {
    template: () => ({}),
    valid: () => true,
    effect: { collection: 'experiments', change: 'removed', id: 'path' },
  },
  'POST /experiments/{id}/check-ins': {
    template: () => checkInBody({ date: '2030-01-14' }),
    valid: (body) => okResult(parseCheckInInput(body)),
    effect: { collection: 'experiments', change: 'changed', id: 'path' },
  },
  'POST /experiments/{id}/finish': {
    template: () => ({ finishedOn: '2030-01-15', reflection: 'it went well' }),
    valid: (body) => okResult(parseFinishInput(body)),
    effect: { collection: 'experiments', change: 'changed', id: 'path' },
  },
  'POST /topics/{id}/claim': {
    template: () => ({ startedOn: '2030-01-10' }),
    valid: bySchema(TopicClaimBody),
    effect: { collection: 'experiments', change: 'added', id: 'created' },
  },
  'POST /asks': {
    template: () => askBody(),
    valid: (body) => okResult(parseAskInput(body)),
    effect: { collection: 'asks', change: 'added', id: 'created' },
  },
  'PUT /asks/{id}': {
    template: () => askBody({ title: 'A new title' }),
    valid: (body) => okResult(parseAskInput(body)),
    effect: { collection: 'asks', change: 'changed', id: 'path', optional: true },
  },
  'DELETE /asks/{id}': {
    template: () => ({}),
    valid: () => true,
    effect: { collection: 'asks', change: 'removed', id: 'path' },
  },
};

/** The changes a success of `operation` may make, given the id in its URL and the created record's id. */
export function allowedChanges(
  operation: Operation,
  ids: { path: string | undefined; created: string | undefined },
): Record<string, CollectionChange> | undefined {
  const oracle = ORACLES[operation.key];
  if (!oracle) return operation.method === 'GET' ? {} : undefined;
  if (oracle.effect === 'none') return {};
  const { collection, change, id } = oracle.effect;
  const target = id === 'path' ? ids.path : ids.created;
  const changes: CollectionChange = { added: [], removed: [], changed: [] };
  if (target !== undefined) changes[change] = [target];
  return { [collection]: changes };
}
