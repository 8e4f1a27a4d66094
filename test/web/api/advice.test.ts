/** POST /api/v1/advice: the plan for a profile, the same bytes as the CLI, and every way to get it wrong. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Plan } from '../../../src/core/plan/schema.js';
import { MAX_BODY_BYTES } from '../../../src/web/http/body.js';
import { lever, workDir } from '../../cli/run-lever.js';
import { PERSONAS } from '../../personas/personas.js';
import { errorOf, jsonInit, useTestApp } from './harness.js';

const ADVICE = '/api/v1/advice';

describe('POST /api/v1/advice', () => {
  const current = useTestApp();

  it('returns a valid plan for a profile, as JSON', async () => {
    const response = await current().app.request(ADVICE, jsonInit('POST', { stage: 'student' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const plan = Plan.parse(await response.json());
    expect(plan.missing).toContain('skills.coding');
  });

  // The CLI reads the same compiled knowledge base and rules; the API must not drift from it.
  it.each(
    ['syn-01', 'syn-11', 'syn-16'].map((prefix) => {
      const persona = PERSONAS.find((p) => p.id.startsWith(prefix));
      if (!persona) throw new Error(`no persona ${prefix}`);
      return [persona.id, persona] as const;
    }),
  )('gives byte for byte what "lever advise --profile FILE --json" prints (%s)', async (id, persona) => {
    const file = `${id}.json`;
    writeFileSync(join(workDir, file), JSON.stringify(persona.profile, null, 2));
    const cli = lever(['advise', '--profile', file, '--json']);
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stdout.endsWith('}\n')).toBe(true);
    const response = await current().app.request(ADVICE, jsonInit('POST', persona.profile));
    expect(response.status).toBe(200);
    const api = Buffer.from(await response.arrayBuffer());
    expect(api.equals(Buffer.from(cli.stdout, 'utf8'))).toBe(true);
  });

  it('rejects malformed JSON with 400', async () => {
    const response = await current().app.request(ADVICE, jsonInit('POST', '{"stage": "student"'));
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/not valid JSON/);
  });

  it('rejects an empty body with 400', async () => {
    const response = await current().app.request(ADVICE, jsonInit('POST', ''));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toMatch(/empty/);
  });

  it('rejects a wrong type with 400, naming the field and what is allowed', async () => {
    const response = await current().app.request(ADVICE, jsonInit('POST', { skills: { coding: 'lots' } }));
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.issues).toEqual([
      { path: 'skills.coding', message: expect.stringMatching(/expected a number/) },
    ]);
  });

  it('rejects an unknown field or value with 400, one issue per problem', async () => {
    const response = await current().app.request(
      ADVICE,
      jsonInit('POST', { stage: 'retired', favouriteColour: 'blue' }),
    );
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.issues.map((issue) => issue.path).sort()).toEqual(['', 'stage']);
    expect(error.issues.find((issue) => issue.path === '')?.message).toMatch(
      /unknown field "favouriteColour"/,
    );
  });

  it('rejects a body that is not an object with 400', async () => {
    const response = await current().app.request(ADVICE, jsonInit('POST', '["student"]'));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).issues[0]?.path).toBe('');
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
  ])('rejects %s with 415', async (_, type) => {
    const response = await current().app.request(ADVICE, jsonInit('POST', { stage: 'student' }, type));
    expect(response.status).toBe(415);
    expect((await errorOf(response)).code).toBe('unsupported_media_type');
  });

  it('rejects a body without a content type with 415', async () => {
    const response = await current().app.request(ADVICE, { method: 'POST', body: new Blob(['{}']) });
    expect(response.status).toBe(415);
  });

  it('accepts a charset parameter on the content type', async () => {
    const init = jsonInit('POST', { stage: 'student' }, 'Application/JSON; charset=UTF-8');
    expect((await current().app.request(ADVICE, init)).status).toBe(200);
  });

  it('rejects a body over the limit with 413, whether or not its length is declared', async () => {
    const notes = 'x'.repeat(MAX_BODY_BYTES);
    const declared = await current().app.request(ADVICE, jsonInit('POST', { notes }));
    expect(declared.status).toBe(413);
    expect((await errorOf(declared)).code).toBe('payload_too_large');

    // A streamed body has no Content-Length: the limit is enforced while reading it.
    const chunk = new TextEncoder().encode(' '.repeat(16 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        if (sent > 100) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const init = { ...jsonInit('POST', ''), body, duplex: 'half' } as RequestInit;
    const streamed = await current().app.request(ADVICE, init);
    expect(streamed.status).toBe(413);
    expect(sent).toBeLessThan(10); // it stopped reading soon after the limit
  });

  it('rejects GET with 405 and says which method to use', async () => {
    const response = await current().app.request(ADVICE);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect((await errorOf(response)).code).toBe('method_not_allowed');
  });
});
