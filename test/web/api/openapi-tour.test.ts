/**
 * A tour of the whole API against its OpenAPI document: every documented operation is called, its
 * successes and its failures, and every answer must be one the document lists for that operation,
 * with the documented media type and headers, and a JSON body valid against the documented schema.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../../src/web/http/body.js';
import { buildProfile } from '../../advice/builders.js';
import { jsonInit, type TestApp, useTestApp } from './harness.js';
import { API, askBody, checkInBody, ownExperimentBody, TODAY } from './journal-requests.js';

type Json = Record<string, unknown>;
interface Visit {
  /** "POST /experiments/{id}/check-ins": the documented operation. */
  operation: string;
  response: Response;
  body: string;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** Calls the app, remembering the documented operation the request is meant to reach. */
function recorder(t: TestApp, visits: Visit[]) {
  return async (operation: string, path: string, init?: RequestInit): Promise<Json> => {
    const response = await t.app.request(`${API}${path}`, init);
    const body = await response.text();
    visits.push({ operation, response, body });
    const type = response.headers.get('content-type') ?? '';
    return type.startsWith('application/json') ? (JSON.parse(body) as Json) : {};
  };
}

/** Every operation, its successes and its typical failures, in an order where each has what it needs. */
async function tour(t: TestApp): Promise<Visit[]> {
  const visits: Visit[] = [];
  const call = recorder(t, visits);
  const post = (body: unknown, type?: string) => jsonInit('POST', body, type);
  const put = (body: unknown) => jsonInit('PUT', body);
  const del = { method: 'DELETE' };

  await call('GET /openapi.json', '/openapi.json');
  await call('POST /advice', '/advice', post(buildProfile()));
  await call('POST /advice', '/advice', post({ stage: 'x' }));
  await call('POST /advice', '/advice', post({}, 'text/plain'));
  await call('GET /kb', '/kb');
  await call('GET /kb/{id}', '/kb/arena');
  await call('GET /kb/{id}', '/kb/arna');
  await call('GET /search', '/search?q=research');
  await call('GET /search', '/search?q=x&limit=0');

  const profile = await call('POST /profiles', '/profiles', post({ name: 'me', profile: buildProfile() }));
  await call('POST /profiles', '/profiles', post({ name: '' }));
  await call('GET /profiles', '/profiles');
  await call('GET /profiles/{id}', `/profiles/${profile.id}`);
  await call('GET /profiles/{id}', '/profiles/nobody');
  await call('PUT /profiles/{id}', `/profiles/${profile.id}`, put({ name: 'me, renamed' }));
  await call('GET /profiles/{id}/plan', `/profiles/${profile.id}/plan`);

  const experiment = await call('POST /experiments', '/experiments', post({ testId: 'arena-first-part' }));
  const own = await call('POST /experiments', '/experiments', post(ownExperimentBody()));
  await call('POST /experiments', '/experiments', post({ testId: 'arena' }));
  await call('POST /experiments', '/experiments', post(ownExperimentBody({ weeks: 'two' })));
  await call('POST /experiments', '/experiments', post({ testId: 'x'.repeat(MAX_BODY_BYTES) }));
  await call('POST /experiments', '/experiments', post({ testId: 'arena-first-part' }, 'text/plain'));
  await call('GET /experiments', '/experiments');
  await call('GET /experiments/{id}', `/experiments/${experiment.id}`);
  await call('GET /experiments/{id}', '/experiments/nothing');
  const checkIns = `/experiments/${experiment.id}/check-ins`;
  await call('POST /experiments/{id}/check-ins', checkIns, post(checkInBody({ note: '<b>hi</b> 👋' })));
  await call('POST /experiments/{id}/check-ins', checkIns, post(checkInBody({ progress: 7 })));
  await call('POST /experiments/{id}/check-ins', '/experiments/nothing/check-ins', post(checkInBody()));
  const logged = await call('POST /experiments/{id}/check-ins', checkIns, post(checkInBody({ progress: 0 })));
  const [kept, misLogged] = (logged.checkIns as Json[]).map((c) => String(c.id));
  const deleteCheckIn = 'DELETE /experiments/{id}/check-ins/{checkInId}';
  await call(deleteCheckIn, `${checkIns}/${misLogged}`, del);
  await call(deleteCheckIn, `${checkIns}/${misLogged}`, del);
  await call(deleteCheckIn, `/experiments/nothing/check-ins/${kept}`, del);
  await call(
    'POST /experiments/{id}/finish',
    `/experiments/${experiment.id}/finish`,
    post({ reflection: 'ok' }),
  );
  await call('POST /experiments/{id}/check-ins', checkIns, post(checkInBody()));
  await call(deleteCheckIn, `${checkIns}/${kept}`, del);
  await call('POST /experiments/{id}/finish', `/experiments/${experiment.id}/finish`, { method: 'POST' });
  await call(
    'POST /experiments/{id}/finish',
    `/experiments/${own.id}/finish`,
    post({ finishedOn: '2099-01-01' }),
  );

  const claimed = await call('POST /topics/{id}/claim', '/topics/global-gpu-tracking/claim', {
    method: 'POST',
  });
  await call('POST /topics/{id}/claim', '/topics/global-gpu-tracking/claim', post({ startedOn: 'soon' }));
  await call('POST /topics/{id}/claim', '/topics/global-gpu/claim', post({}));
  await call('GET /experiments/{id}/expertise', `/experiments/${claimed.id}/expertise`);
  await call('GET /experiments/{id}/expertise', `/experiments/${own.id}/expertise`);
  await call('GET /experiments/{id}/expertise', '/experiments/nothing/expertise');
  await call('GET /fit', '/fit');
  await call('GET /fit', `/fit?profile=${profile.id}`);
  await call('GET /fit', '/fit?profile=nobody');
  await call('GET /fit', '/fit?who=me');

  const ask = await call('POST /asks', '/asks', post(askBody({ title: '<i>Evals</i> 評価' })));
  await call('POST /asks', '/asks', post(askBody({ ask: 42 })));
  await call('GET /asks', '/asks');
  await call('GET /asks/{id}', `/asks/${ask.id}`);
  await call('GET /asks/{id}', '/asks/nobody');
  await call('PUT /asks/{id}', `/asks/${ask.id}`, put(askBody({ steps: [] })));
  await call('PUT /asks/{id}', `/asks/${ask.id}`, put({}));
  await call('GET /asks/{id}/markdown', `/asks/${ask.id}/markdown`);
  await call('GET /asks/{id}/markdown', '/asks/nobody/markdown');
  await call('GET /journal/markdown', '/journal/markdown');
  await call('GET /journal/calendar', '/journal/calendar');

  await call('DELETE /asks/{id}', `/asks/${ask.id}`, del);
  await call('DELETE /asks/{id}', `/asks/${ask.id}`, del);
  await call('DELETE /experiments/{id}', `/experiments/${own.id}`, del);
  await call('DELETE /experiments/{id}', `/experiments/${own.id}`, del);
  await call('DELETE /profiles/{id}', `/profiles/${profile.id}`, del);
  await call('DELETE /profiles/{id}', `/profiles/${profile.id}`, del);
  return visits;
}

/** Compiles a schema of the document, its `#/components/schemas/...` references resolved. */
function schemaValidators(doc: Json): (schema: Json) => ValidateFunction {
  const toDefs = (node: unknown) =>
    JSON.parse(JSON.stringify(node).replaceAll('"#/components/schemas/', '"lever-api#/$defs/')) as Json;
  const ajv = new Ajv2020({ strict: true, validateFormats: false });
  ajv.addSchema({ $id: 'lever-api', $defs: toDefs((doc.components as Json).schemas) });
  return (schema) => ajv.compile(toDefs(schema));
}

/** Follows a local `$ref` in the document. */
function resolve(doc: Json, node: Json): Json {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  return ref
    .slice(2)
    .split('/')
    .reduce<Json>((at, key) => at[key] as Json, doc);
}

/** The documented response for a visit: its status must be listed for its operation. */
function documentedResponse(doc: Json, { operation, response, body }: Visit): Json {
  const [method = '', path = ''] = operation.split(' ');
  const op = (doc.paths as Record<string, Json>)[path]?.[method.toLowerCase()] as Json | undefined;
  expect(op, `${operation} is documented`).toBeDefined();
  const responses = (op?.responses ?? {}) as Json;
  const listed = responses[String(response.status)] as Json | undefined;
  expect(listed, `${operation} answered ${response.status}: ${body.slice(0, 200)}`).toBeDefined();
  return resolve(doc, listed ?? {});
}

/** Checks a visit's headers, media type and (for JSON) body against what the document says. */
function checkVisit(doc: Json, visit: Visit, validatorFor: (schema: Json) => ValidateFunction): void {
  const { operation, response, body } = visit;
  const spec = documentedResponse(doc, visit);
  for (const header of Object.keys((spec.headers as Json | undefined) ?? {})) {
    expect(response.headers.get(header), `${operation}: ${header}`).toBeTruthy();
  }
  const content = spec.content as Record<string, { schema: Json }> | undefined;
  if (!content) {
    expect(body, `${operation} ${response.status} has no body`).toBe('');
    return;
  }
  const mediaType = (response.headers.get('content-type') ?? '').split(';')[0] ?? '';
  const media = content[mediaType];
  expect(media, `${operation} ${response.status} sends ${mediaType}`).toBeDefined();
  if (mediaType !== 'application/json' || !media) return;
  const validate = validatorFor(media.schema);
  const errors = () => JSON.stringify(validate.errors?.slice(0, 3));
  expect(validate(JSON.parse(body)), `${operation} ${response.status}: ${errors()}`).toBe(true);
}

describe('a tour of every route against the OpenAPI document', () => {
  const current = useTestApp({ today: TODAY });

  it('answers only as documented, and calls every documented operation with success', async () => {
    const t = current();
    const doc = (await (await t.app.request(`${API}/openapi.json`)).json()) as Json;
    const validatorFor = schemaValidators(doc);
    const visits = await tour(t);
    for (const visit of visits) checkVisit(doc, visit, validatorFor);

    const documented = Object.entries(doc.paths as Record<string, Json>)
      .flatMap(([path, item]) => METHODS.filter((m) => m in item).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    const succeeded = visits.filter((v) => v.response.status < 300).map((v) => v.operation);
    expect([...new Set(visits.map((v) => v.operation))].sort()).toEqual(documented);
    expect([...new Set(succeeded)].sort()).toEqual(documented);
  });
});
