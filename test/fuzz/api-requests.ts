/**
 * Hostile requests for one documented operation: its path with real or nasty ids, hostile query
 * strings, and bodies that are valid ones with one field broken, removed or added, whole bodies
 * that are not objects or not JSON, bytes that are not UTF-8, and odd content types.
 */
import fc from 'fast-check';
import { type Operation, ORACLES } from './api-operations.js';
import { describeRequest, type FuzzRequest } from './api-world.js';
import { hostileJsonValue, hostileString, nearJsonValue } from './hostile.js';
import {
  CONTENT_TYPES,
  hostileSegment,
  INVALID_UTF8_INSERTS,
  NASTY_BODIES,
  withRawBytes,
} from './hostile-http.js';

type Json = Record<string, unknown>;

/** How the body was made, so a refusal can be checked to name the broken field. */
export type Mutation =
  | { kind: 'set'; field: string }
  | { kind: 'remove'; field: string }
  | { kind: 'extra'; field: string }
  | { kind: 'valid' | 'raw' | 'bytes' | 'none' };

export interface GeneratedRequest {
  request: FuzzRequest;
  mutation: Mutation;
  /** The decoded id put in the path, when the path has one. */
  pathId: string | undefined;
  /** Whether the path names a record of the world (or has no id at all). */
  realId: boolean;
}

const PLACEHOLDER = '\u0001fuzz\u0001';

/** JSON text of `body` with the raw JSON `value` at the dotted `field` (objects only). */
export function withRawField(body: Json, field: string, value: string | undefined): string {
  const copy = structuredClone(body);
  const keys = field.split('.');
  let target: Json = copy;
  for (const key of keys.slice(0, -1)) {
    target[key] = { ...((target[key] as Json | undefined) ?? {}) };
    target = target[key] as Json;
  }
  const last = keys[keys.length - 1] ?? field;
  if (value === undefined) delete target[last];
  else target[last] = PLACEHOLDER;
  const text = JSON.stringify(copy);
  return value === undefined ? text : text.replace(JSON.stringify(PLACEHOLDER), () => value);
}

/** Every dotted field of a body down to plain objects' leaves (lists are fields themselves). */
export function fieldsOf(body: Json, prefix = ''): string[] {
  return Object.entries(body).flatMap(([key, value]) => {
    const field = `${prefix}${key}`;
    const nested =
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? fieldsOf(value as Json, `${field}.`)
        : [];
    return [field, ...nested];
  });
}

/** The value at a dotted field of a body. */
function valueAt(body: Json, field: string): unknown {
  return field.split('.').reduce<unknown>((value, key) => (value as Json | undefined)?.[key], body);
}

const EXTRA_KEYS = ['__proto__', 'constructor', 'prototype', 'x', '', 'Name', 'id', 'createdAt', ' title'];

function bodyArbitrary(
  operation: Operation,
): fc.Arbitrary<{ body: string | Uint8Array; mutation: Mutation }> {
  const templates = [0, 1].map((variant) => ORACLES[operation.key]?.template(variant) ?? {});
  const template = fc.constantFrom(...templates);
  const set = template.chain((body) =>
    fc.constantFrom(...fieldsOf(body), 'extra').chain((field) =>
      fc
        .oneof(
          { weight: 1, arbitrary: hostileJsonValue },
          { weight: 2, arbitrary: nearJsonValue(valueAt(body, field)) },
        )
        .map((value) => ({
          body: withRawField(body, field, value),
          mutation: { kind: 'set', field } as Mutation,
        })),
    ),
  );
  const remove = template.chain((body) =>
    fc.constantFrom(...fieldsOf(body), '').map((field) => ({
      body: field === '' ? JSON.stringify(body) : withRawField(body, field, undefined),
      mutation: (field === '' ? { kind: 'valid' } : { kind: 'remove', field }) as Mutation,
    })),
  );
  const extra = fc
    .record({ body: template, key: fc.constantFrom(...EXTRA_KEYS), value: hostileJsonValue })
    .map(({ body, key, value }) => ({
      body: `${JSON.stringify(body).slice(0, -1)}${Object.keys(body).length > 0 ? ',' : ''}${JSON.stringify(key)}:${value}}`,
      mutation: { kind: 'extra', field: key } as Mutation,
    }));
  const valid = template.map((body) => ({
    body: JSON.stringify(body),
    mutation: { kind: 'valid' } as Mutation,
  }));
  const raw = fc
    .constantFrom(...Object.values(NASTY_BODIES))
    .map((body) => ({ body, mutation: { kind: 'raw' } as Mutation }));
  const bytes = fc
    .record({ body: template, insert: fc.constantFrom(...INVALID_UTF8_INSERTS) })
    .map(({ body, insert }) => ({
      // Inside the first string value when there is one, else in the middle of the text.
      body: withRawBytes(JSON.stringify(body).replace(/":"/, '":"@'), insert),
      mutation: { kind: 'bytes' } as Mutation,
    }));
  return fc.oneof(
    { weight: 4, arbitrary: set },
    { weight: 1, arbitrary: remove },
    { weight: 2, arbitrary: extra },
    { weight: 1, arbitrary: valid },
    { weight: 2, arbitrary: raw },
    { weight: 1, arbitrary: bytes },
  );
}

const contentType = fc.oneof(
  { weight: 8, arbitrary: fc.constant<string | undefined>(CONTENT_TYPES.json) },
  { weight: 3, arbitrary: fc.constantFrom<string | undefined>(...Object.values(CONTENT_TYPES)) },
);

/** A query string for the documented parameters: real-looking, hostile, repeated or unknown. */
function queryArbitrary(operation: Operation): fc.Arbitrary<string> {
  const value = fc.oneof(
    fc.constantFrom('research', 'policy', '5', '0', '-1', '1e309', 'NaN', 'path,topic', 'profile-0001'),
    hostileString.map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '?'))),
    fc.constantFrom('%ZZ', '%00', '%ED%A0%80', 'x'.repeat(600)),
  );
  const names = fc.constantFrom(...operation.queryParams, 'unknown', 'q[]');
  const pairs = fc.array(fc.tuple(operation.queryParams.length > 0 ? names : fc.constant('unknown'), value), {
    maxLength: 4,
  });
  return pairs.map((list) => (list.length === 0 ? '' : `?${list.map(([k, v]) => `${k}=${v}`).join('&')}`));
}

/** Safe decoding of a path segment, as the router would see the id. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Hostile requests for `operation`, with `ids` as the real ids its path may name. */
export function requestArbitrary(
  operation: Operation,
  ids: readonly string[],
): fc.Arbitrary<GeneratedRequest> {
  const hasId = operation.path.includes('{');
  const segment = hasId
    ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: hostileSegment })
    : fc.constant('');
  const takesBody = operation.body !== 'none' || !['GET', 'HEAD'].includes(operation.method);
  const body = takesBody
    ? fc.oneof(
        { weight: 6, arbitrary: bodyArbitrary(operation) },
        { weight: 1, arbitrary: fc.constant({ body: undefined, mutation: { kind: 'none' } as Mutation }) },
      )
    : fc.constant({ body: undefined, mutation: { kind: 'none' } as Mutation });
  return fc
    .record({ segment, body, contentType, query: queryArbitrary(operation) })
    .map(({ segment: id, body: made, contentType: type, query }) => {
      const request: FuzzRequest = {
        method: operation.method,
        url: `/api/v1${operation.path.replace(/\{[^}]+\}/, id)}${query}`,
        contentType: made.body === undefined ? undefined : type,
        body: made.body,
      };
      const pathId = hasId ? decodeSegment(id) : undefined;
      return {
        request,
        mutation: made.mutation,
        pathId,
        realId: !hasId || ids.includes(id),
        // Counterexamples are printed short: a 64 KB body does not help anyone read a failure.
        [fc.toStringMethod]: () => `${describeRequest(request)} (${JSON.stringify(made.mutation)})`,
      };
    });
}
