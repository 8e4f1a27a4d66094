/**
 * GET /api/v1/openapi.json: a valid OpenAPI 3.1 document that names exactly the app's routes, whose
 * schemas are the core's and match what the routes really return. openapi-tour.test.ts calls every
 * documented operation and checks each answer against the document.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { FitHistory, FitReport } from '../../../src/core/feedback/schema.js';
import {
  Ask,
  AskInput,
  CatalogueExperimentInput,
  CheckIn,
  CheckInInput,
  FinishInput,
  OwnExperimentInput,
} from '../../../src/core/journal/schema.js';
import { jsonSchemaFor } from '../../../src/core/schemas.js';
import { openSqliteStore } from '../../../src/store/sqlite.js';
import { createApp } from '../../../src/web/app.js';
import { loadAppDeps } from '../../../src/web/server.js';
import { buildProfile } from '../../advice/builders.js';
import { jsonInit, useTestApp } from './harness.js';

interface Document {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, Record<string, unknown>>; responses: Record<string, unknown> };
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];
const API = '/api/v1';

/**
 * The OpenAPI Initiative's schema for 3.1 documents. Ajv resolves its `$dynamicRef: "#meta"` in the
 * wrong scope and then rejects every Schema Object; the document has only one `meta` anchor
 * ($defs/schema), so the equivalent static `$ref` gives the same result.
 */
function openApiSchemaValidator() {
  const text = readFileSync(new URL('./fixtures/openapi-3.1.schema.json', import.meta.url), 'utf8');
  const schema = JSON.parse(text.replaceAll('"$dynamicRef": "#meta"', '"$ref": "#/$defs/schema"')) as object;
  return new Ajv2020({ strict: false, validateFormats: false }).compile(schema);
}

/** "METHOD /path/{param}" for each operation of the document. */
function documentedRoutes(doc: Document): string[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => m in item).map((m) => `${m.toUpperCase()} ${path}`),
  );
}

async function fetchDocument(): Promise<Document> {
  const store = await openSqliteStore({ file: ':memory:' });
  try {
    const response = await createApp(loadAppDeps(store)).request(`${API}/openapi.json`);
    expect(response.status).toBe(200);
    return (await response.json()) as Document;
  } finally {
    await store.close();
  }
}

describe('the OpenAPI document', () => {
  let doc: Document;
  beforeAll(async () => {
    doc = await fetchDocument();
  });

  it('is a valid OpenAPI 3.1 document', () => {
    const validate = openApiSchemaValidator();
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('is checked for real: a broken document fails validation', () => {
    const validate = openApiSchemaValidator();
    const broken = structuredClone(doc) as unknown as {
      paths: Record<string, { get?: { parameters?: unknown } }>;
    };
    const item = broken.paths['/kb/{id}'];
    if (item?.get) item.get.parameters = [{ name: 'id', in: 'body' }];
    expect(validate(broken)).toBe(false);
  });

  it('documents exactly the routes the app serves, method by method', async () => {
    const store = await openSqliteStore({ file: ':memory:' });
    const app = createApp(loadAppDeps(store));
    await store.close();
    const served = app.routes
      .filter((route) => route.method !== 'ALL' && route.path.startsWith(`${API}/`))
      .map((route) => `${route.method} ${route.path.slice(API.length).replace(/:(\w+)/g, '{$1}')}`);
    expect(new Set(served).size).toBe(served.length);
    expect([...served].sort()).toEqual(documentedRoutes(doc).sort());
  });

  it('declares every parameter of every path template', () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      const inTemplate = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const method of METHODS.filter((m) => m in item)) {
        const operation = item[method] as { parameters?: { name: string; in: string }[] };
        const declared = [
          ...((item.parameters as typeof operation.parameters) ?? []),
          ...(operation.parameters ?? []),
        ]
          .filter((p) => p.in === 'path')
          .map((p) => p.name);
        expect(declared.sort(), `${method} ${path}`).toEqual(inTemplate.sort());
      }
    }
  });

  it('resolves every $ref', () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) {
      const target = ref
        .split('/')
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], doc);
      expect(target, ref).toBeDefined();
    }
  });

  it('publishes the profile and plan schemas exactly as "lever schema" does', () => {
    for (const [component, name] of [
      ['Profile', 'profile'],
      ['Plan', 'plan'],
    ] as const) {
      const { $schema: _dialect, ...published } = jsonSchemaFor(name);
      expect(doc.components.schemas[component]).toEqual(published);
    }
  });
});

describe('the journal schemas in the document', () => {
  it('are generated from the core’s zod schemas', async () => {
    const doc = await fetchDocument();
    const core: [string, z.ZodType][] = [
      ['NewCheckIn', CheckInInput],
      ['CheckIn', CheckIn],
      ['Finish', FinishInput],
      ['CatalogueExperiment', CatalogueExperimentInput],
      ['OwnExperiment', OwnExperimentInput],
      ['AskInput', AskInput],
      ['Ask', Ask],
      ['FitReport', FitReport],
      ['FitHistory', FitHistory],
    ];
    for (const [component, schema] of core) {
      const { $schema: _dialect, ...generated } = z.toJSONSchema(schema, {
        io: 'input',
        target: 'draft-2020-12',
      });
      const { description: _description, ...published } = doc.components.schemas[component] ?? {};
      const { description: _own, ...expected } = generated as Record<string, unknown>;
      expect(published, component).toEqual(expected);
    }
    expect(doc.components.schemas.NewExperiment).toMatchObject({
      anyOf: [
        { $ref: '#/components/schemas/CatalogueExperiment' },
        { $ref: '#/components/schemas/OwnExperiment' },
      ],
    });
  });

  it('describe the text exports by their media types', async () => {
    const doc = await fetchDocument();
    const contentOf = (path: string) => {
      const operation = doc.paths[path]?.get as
        | { responses: Record<string, { content?: object }> }
        | undefined;
      return Object.keys(operation?.responses['200']?.content ?? {});
    };
    expect(contentOf('/journal/markdown')).toEqual(['text/markdown']);
    expect(contentOf('/asks/{id}/markdown')).toEqual(['text/markdown']);
    expect(contentOf('/journal/calendar')).toEqual(['text/calendar']);
  });
});

describe('what the routes return matches the document', () => {
  const current = useTestApp();
  let check: (component: string, value: unknown) => void;
  beforeAll(async () => {
    const doc = await fetchDocument();
    // The component schemas as one JSON Schema, refs re-pointed from the document to its $defs.
    const defs = JSON.parse(
      JSON.stringify(doc.components.schemas).replaceAll('"#/components/schemas/', '"#/$defs/'),
    ) as Record<string, unknown>;
    const ajv = new Ajv2020({ strict: true, validateFormats: false });
    ajv.addSchema({ $id: 'lever-api', $defs: defs });
    check = (component, value) => {
      const validate = ajv.getSchema(`lever-api#/$defs/${component}`);
      if (!validate) throw new Error(`no component ${component}`);
      expect(validate(value), `${component}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    };
  });

  it('for plans, the knowledge base, items and search results', async () => {
    const { app } = current();
    check('Plan', await (await app.request(`${API}/advice`, jsonInit('POST', buildProfile()))).json());
    check('KnowledgeBase', await (await app.request(`${API}/kb`)).json());
    for (const id of ['arena', 'mechanistic-interpretability', 'big-lever']) {
      const response = await app.request(`${API}/kb/${id}`);
      expect(response.status).toBe(200);
      check('ItemView', await response.json());
    }
    for (const result of (await (await app.request(`${API}/search?q=research`)).json()) as unknown[]) {
      check('SearchResult', result);
    }
  });

  it('for saved profiles', async () => {
    const { app } = current();
    const created = await app.request(
      `${API}/profiles`,
      jsonInit('POST', { name: 'me', profile: buildProfile() }),
    );
    check('NewProfile', { name: 'me', profile: buildProfile() });
    check('SavedProfile', await created.json());
    expect(() => check('SavedProfile', { id: 'x', name: 'me' })).toThrow(); // the check can fail
    for (const saved of (await (await app.request(`${API}/profiles`)).json()) as unknown[]) {
      check('SavedProfile', saved);
    }
  });

  it('for errors of every kind', async () => {
    const { app } = current();
    const responses = [
      await app.request(`${API}/advice`, jsonInit('POST', { stage: 'x', extra: 1 })),
      await app.request(`${API}/advice`, jsonInit('POST', '{')),
      await app.request(`${API}/advice`, jsonInit('POST', {}, 'text/plain')),
      await app.request(`${API}/kb/arna`),
      await app.request(`${API}/kb`, { method: 'DELETE' }),
      await app.request(`${API}/nothing`),
    ];
    expect(responses.map((r) => r.status)).toEqual([400, 400, 415, 404, 405, 404]);
    for (const response of responses) check('Error', await response.json());
  });
});
