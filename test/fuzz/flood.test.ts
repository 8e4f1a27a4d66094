/**
 * A flood of bad requests against the real server (startServer on 127.0.0.1, an OS-chosen port, a
 * temporary data directory): 2,000 malformed, oversized, mistyped and undecodable requests over 50
 * connections, while good requests (the knowledge base, a plan for a valid profile) keep being
 * sent. The good ones must all succeed, every bad one must be refused with a 4xx, nothing may be
 * saved, the heap after a full garbage collection must stay within a generous bound, and the
 * server must still answer afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/web/server.js';
import { deepJson } from './hostile.js';
import { BODY_LIMIT, withRawBytes } from './hostile-http.js';

const BAD_REQUESTS = 2000;
const CONNECTIONS = 50;

const dataDir = mkdtempSync(join(tmpdir(), 'lever-flood-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** A full garbage collection, for a heap size that means something. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

interface Bad {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Uint8Array | string;
}

const big = `{"name":"x","profile":{"notes":"${'n'.repeat(BODY_LIMIT + 4096)}"}}`;
/** The kinds of bad request the flood cycles through. */
const BAD_KINDS: Bad[] = [
  {
    method: 'POST',
    path: '/api/v1/advice',
    headers: { 'content-type': 'application/json' },
    body: '{"stage":',
  },
  { method: 'POST', path: '/api/v1/profiles', headers: { 'content-type': 'application/json' }, body: big },
  // No declared length: the body is counted as it arrives and refused once past the limit.
  {
    method: 'POST',
    path: '/api/v1/asks',
    headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
    body: big,
  },
  {
    method: 'POST',
    path: '/api/v1/experiments',
    headers: { 'content-type': 'application/json' },
    body: withRawBytes('{"title":"@","path":"policy","weeks":2}', [0xff, 0xfe]),
  },
  {
    method: 'POST',
    path: '/api/v1/asks',
    headers: { 'content-type': 'text/plain' },
    body: '{"title":"t","ask":"a"}',
  },
  {
    method: 'POST',
    path: '/api/v1/advice',
    headers: { 'content-type': 'application/json' },
    body: deepJson(10_000),
  },
  { method: 'GET', path: `/api/v1/kb/${'%00'.repeat(500)}`, headers: {} },
  { method: 'POST', path: '/api/v1/profiles', headers: { 'content-type': 'application/json' }, body: 'null' },
  {
    method: 'PUT',
    path: '/api/v1/profiles/none',
    headers: { 'content-type': 'application/json' },
    body: '{"name":"\\u0000"}',
  },
  {
    method: 'POST',
    path: '/api/v1/topics/x/claim',
    headers: { 'content-type': 'application/json' },
    body: '{"startedOn":"0000-01-01"}',
  },
];

interface Answer {
  status: number;
  body: string;
}

/** One request over `agent`; fails after 15 s without an answer. */
function send(server: RunningServer, agent: Agent, bad: Bad): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = { ...bad.headers };
    // A declared length unless the body is sent in chunks, so both ways of refusing a big body run.
    if (bad.body !== undefined && headers['transfer-encoding'] === undefined) {
      headers['content-length'] = String(Buffer.byteLength(bad.body));
    }
    const req = request(
      new URL(bad.path, server.url),
      { method: bad.method, headers, agent, timeout: 15_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within 15 s: ${bad.method} ${bad.path}`)));
    // The server may answer (413) and close before the whole body is sent; that is its right.
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET'
        ? resolve({ status: -1, body: '' })
        : reject(error),
    );
    if (bad.body !== undefined) req.write(bad.body);
    req.end();
  });
}

const goodProfile = JSON.stringify({
  stage: 'early-career',
  skills: { coding: 3, writing: 2 },
  enjoys: ['writing'],
});
const GOOD: Bad[] = [
  { method: 'GET', path: '/api/v1/kb', headers: {} },
  {
    method: 'POST',
    path: '/api/v1/advice',
    headers: { 'content-type': 'application/json' },
    body: goodProfile,
  },
];

it('refuses a flood of bad requests while good ones keep succeeding, and stays small', async () => {
  const server = await startServer({ host: '127.0.0.1', port: 0, dataDir, planCacheBytes: 0 });
  const badAgent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const goodAgent = new Agent({ keepAlive: true, maxSockets: 2 });
  try {
    // Warm up (first plan, first page of each kind), then measure the heap.
    for (const good of GOOD) expect((await send(server, goodAgent, good)).status).toBe(200);
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;

    let flooding = true;
    const goodAnswers: number[] = [];
    let slowestGood = 0;
    const goodLoop = (async () => {
      for (let i = 0; flooding; i++) {
        const sent = performance.now();
        goodAnswers.push((await send(server, goodAgent, GOOD[i % GOOD.length] as Bad)).status);
        slowestGood = Math.max(slowestGood, performance.now() - sent);
      }
    })();
    const badStatuses = new Map<number, number>();
    let next = 0;
    const worker = async () => {
      while (next < BAD_REQUESTS) {
        const bad = BAD_KINDS[next++ % BAD_KINDS.length] as Bad;
        const answer = await send(server, badAgent, bad);
        badStatuses.set(answer.status, (badStatuses.get(answer.status) ?? 0) + 1);
        expect(answer.body).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: CONNECTIONS }, worker));
    const seconds = (performance.now() - started) / 1000;
    flooding = false;
    await goodLoop;

    badAgent.destroy();
    collectGarbage();
    const heapAfter = process.memoryUsage().heapUsed;
    const mb = (bytes: number) => Math.round(bytes / 1024 / 102.4) / 10;
    console.info(
      `flood: ${BAD_REQUESTS} bad requests in ${seconds.toFixed(1)} s, statuses ${JSON.stringify(Object.fromEntries(badStatuses))}; ` +
        `${goodAnswers.length} good requests meanwhile (slowest ${Math.round(slowestGood)} ms); heap after GC ${mb(heapBefore)} MB → ${mb(heapAfter)} MB`,
    );

    const statuses = [...badStatuses.keys()];
    expect(
      statuses.every((s) => s === -1 || (s >= 400 && s < 500)),
      JSON.stringify(statuses),
    ).toBe(true);
    expect(goodAnswers.length).toBeGreaterThan(0);
    expect(goodAnswers.every((s) => s === 200)).toBe(true);
    expect(heapAfter - heapBefore).toBeLessThan(64 * 1024 * 1024);

    // Still answering, and nothing was saved.
    for (const path of ['/api/v1/profiles', '/api/v1/experiments', '/api/v1/asks']) {
      const answer = await send(server, goodAgent, { method: 'GET', path, headers: {} });
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toEqual([]);
    }
  } finally {
    badAgent.destroy();
    goodAgent.destroy();
    await server.close();
  }
}, 60_000);
