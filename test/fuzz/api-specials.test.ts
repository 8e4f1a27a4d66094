/**
 * The hostile inputs that must be tried every time, not left to chance, for every documented
 * operation: every nasty whole body (not an object, malformed, 10,000 levels deep, at and over the
 * 64 KB limit), every field of a valid body set to every nasty value (1e309, -0, 1e-400, NaN-like
 * strings, NUL, lone surrogates, deep nesting, huge strings and lists), bytes that are not UTF-8,
 * every odd content type, every odd id in the path and every undocumented method. Each request
 * meets the property of api-property.ts, and the expected status where there is one, within 3 s.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Operation, ORACLES } from './api-operations.js';
import { checkOnWorld, documentedOperations } from './api-property.js';
import { fieldsOf, type GeneratedRequest, type Mutation, withRawField } from './api-requests.js';
import {
  describeRequest,
  type Fixtures,
  type FuzzRequest,
  idsForPath,
  openWorld,
  type World,
} from './api-world.js';
import { NASTY_JSON_VALUES } from './hostile.js';
import {
  CONTENT_TYPES,
  INVALID_UTF8_INSERTS,
  isJsonType,
  NASTY_BODIES,
  NASTY_SEGMENTS,
  withRawBytes,
} from './hostile-http.js';

/** No single request may keep the app busy longer than this. */
const SLOW_MS = 3000;

let operations: Operation[] = [];
let fixtures: Fixtures;
/** One world, opened again only after a request changed its data. */
let world: World;
beforeAll(async () => {
  world = await openWorld();
  operations = await documentedOperations(world);
  fixtures = world.fixtures;
});
afterAll(() => world.close());

/** A request for `operation` on its first real id. */
function request(
  operation: Operation,
  pieces: Partial<FuzzRequest> & { segment?: string; query?: string },
  mutation: Mutation,
): GeneratedRequest {
  const ids = idsForPath(fixtures, operation.path);
  const segment = pieces.segment ?? ids[0] ?? '';
  const hasId = operation.path.includes('{');
  return {
    request: {
      method: pieces.method ?? operation.method,
      url: `/api/v1${operation.path.replace(/\{[^}]+\}/, segment)}${pieces.query ?? ''}`,
      contentType: 'contentType' in pieces ? pieces.contentType : CONTENT_TYPES.json,
      body: pieces.body,
    },
    mutation,
    pathId: hasId ? segment : undefined,
    realId: !hasId || ids.includes(segment),
  };
}

/** Runs each request against the operation's world, reopening the world after a success. */
async function runAll(operation: Operation, requests: GeneratedRequest[]) {
  const results = [];
  for (const generated of requests) {
    const checked = await checkOnWorld(world, operation, generated);
    // Generous for a busy machine; a request that keeps the server busy this long stalls every other.
    expect(checked.response.ms, describeRequest(generated.request)).toBeLessThan(SLOW_MS);
    results.push({ generated, ...checked });
    if (checked.changed) {
      await world.close();
      world = await openWorld();
    }
  }
  return results;
}

const bodyOperations = () => operations.filter((o) => o.body !== 'none');
const templateOf = (operation: Operation) => ORACLES[operation.key]?.template(1) ?? {};
/** Every distinct valid body the oracle starts from (an experiment: from the catalogue and one's own). */
const templatesOf = (operation: Operation) => {
  const bodies = [0, 1].map((variant) => ORACLES[operation.key]?.template(variant) ?? {});
  return [...new Map(bodies.map((body) => [JSON.stringify(body), body])).values()];
};

describe('nasty whole bodies', () => {
  it('are refused by every operation that takes a body, with 413 over the limit', async () => {
    for (const operation of bodyOperations()) {
      const names = Object.keys(NASTY_BODIES) as (keyof typeof NASTY_BODIES)[];
      const requests = names.map((name) => request(operation, { body: NASTY_BODIES[name] }, { kind: 'raw' }));
      const results = await runAll(operation, requests);
      results.forEach(({ generated, response }, i) => {
        const name = names[i] as keyof typeof NASTY_BODIES;
        const context = `${describeRequest(generated.request)} (${name}) → ${response.status}`;
        const noBody = operation.body === 'optional' && (name === 'empty' || name === 'blank');
        if (!noBody) expect(response.status, context).toBeGreaterThanOrEqual(400);
        if (/overLimit/i.test(name)) expect(response.status, context).toBe(413);
      });
    }
  });
});

describe('nasty values in each field of a valid body', () => {
  it('never pass for invalid values, and refusals name the field', async () => {
    for (const operation of bodyOperations()) {
      for (const template of templatesOf(operation)) {
        const requests = [...fieldsOf(template), 'unexpected'].flatMap((field) =>
          Object.values(NASTY_JSON_VALUES).map((value) =>
            request(operation, { body: withRawField(template, field, value) }, { kind: 'set', field }),
          ),
        );
        // checkOnWorld fails a success for an invalid body and a refusal that does not name the field.
        await runAll(operation, requests);
      }
    }
  });
});

describe('bytes and content types', () => {
  it('refuse bytes that are not UTF-8 with a 400 that says so', async () => {
    for (const operation of bodyOperations()) {
      const text = JSON.stringify(templateOf(operation)).replace(/":"/, '":"@');
      const requests = INVALID_UTF8_INSERTS.map((insert) =>
        request(
          operation,
          { body: withRawBytes(text === '{}' ? '{"x":"@"}' : text, insert) },
          { kind: 'bytes' },
        ),
      );
      for (const { generated, response } of await runAll(operation, requests)) {
        expect(response.status, describeRequest(generated.request)).toBe(400);
        expect(response.text).toMatch(/UTF-8/);
      }
    }
  });

  it('take JSON in any spelling of its media type, and refuse every other type with a 415', async () => {
    for (const operation of bodyOperations()) {
      const body = JSON.stringify(templateOf(operation));
      const requests = Object.values(CONTENT_TYPES).map((contentType) =>
        request(operation, { body, contentType }, { kind: 'valid' }),
      );
      for (const { generated, response } of await runAll(operation, requests)) {
        const context = `${describeRequest(generated.request)} → ${response.status}`;
        if (isJsonType(generated.request.contentType)) expect(response.status, context).not.toBe(415);
        else expect(response.status, context).toBe(415);
      }
    }
  });
});

describe('odd ids and methods', () => {
  it('answer an odd id in the path with a 4xx, never touching a record', async () => {
    for (const operation of operations.filter((o) => o.path.includes('{'))) {
      const body = operation.body === 'none' ? undefined : JSON.stringify(templateOf(operation));
      const requests = NASTY_SEGMENTS.map((segment) =>
        request(operation, { segment, body }, { kind: 'valid' }),
      );
      for (const { generated, response } of await runAll(operation, requests)) {
        expect(response.status, describeRequest(generated.request)).toBeGreaterThanOrEqual(400);
      }
    }
  });

  it('answer odd query strings safely, refusing repeated, unknown and out-of-range parameters', async () => {
    const values = [
      '',
      '%00',
      '%ZZ',
      '%ED%A0%80',
      '1e309',
      'NaN',
      '-0',
      '0x10',
      'x'.repeat(600),
      '%3Cscript%3E',
    ];
    for (const operation of operations.filter((o) => o.queryParams.length > 0)) {
      const queries = [
        ...operation.queryParams.flatMap((name) => values.map((value) => `?q=policy&${name}=${value}`)),
        ...operation.queryParams.map((name) => `?${name}=a&${name}=b`),
        '?unknown=1',
      ];
      const requests = queries.map((query) => request(operation, { query }, { kind: 'none' }));
      const results = await runAll(operation, requests);
      for (const { generated, response } of results.slice(-operation.queryParams.length - 1)) {
        expect(response.status, describeRequest(generated.request)).toBe(400);
      }
    }
  });

  it('answer an undocumented method with a 405 that lists the allowed ones', async () => {
    const byPath = new Map<string, Operation[]>();
    for (const operation of operations)
      byPath.set(operation.path, [...(byPath.get(operation.path) ?? []), operation]);
    for (const [path, documented] of byPath) {
      const allowed = documented.map((o) => o.method);
      const operation = documented[0] as Operation;
      for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'].filter((m) => !allowed.includes(m))) {
        const generated = request(
          operation,
          { method, body: method === 'GET' ? undefined : '{}' },
          { kind: 'none' },
        );
        const [result] = await runAll({ ...operation, method, key: `${method} ${path}`, body: 'none' }, [
          generated,
        ]);
        expect(result?.response.status, `${method} ${path}`).toBe(405);
        for (const name of allowed) expect(result?.error?.message, `${method} ${path}`).toContain(name);
      }
    }
  });
});
