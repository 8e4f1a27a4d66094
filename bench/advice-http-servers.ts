/**
 * The servers for the advice HTTP benchmark, in a Node process of their own so that the load
 * generator does not share their event loop:
 * - lever: Lever's web app, as `lever start` serves it (its plan cache answers repeated bodies);
 * - lever-uncached: the same app with the plan cache off: every request validates, advises and
 *   serialises;
 * - bare: node:http answering every POST with the plan Lever gave for the same body, precomputed
 *   (the same bytes and content type): the cost of HTTP alone;
 * - engine: node:http that validates and advises like the API (`adviseFromInput`, the same JSON
 *   text) with no framework: what the plan itself costs, without the web stack.
 * Started by advice-http.js over IPC; it reports the origins, answers 'cpu' with its CPU time so
 * far, and on 'stop' closes every server and exits.
 */
import { createServer, type IncomingMessage, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadKnowledgeBase } from '../src/content/load-kb.js';
import { loadRules } from '../src/content/load-rules.js';
import { adviseFromInput } from '../src/core/advice/advise.js';
import { createAdviceContext } from '../src/core/advice/context.js';
import { JSON_CONTENT_TYPE, jsonText } from '../src/web/http/json.js';
import { ADVICE_PATH, startBenchServer } from './web-setup.js';

export type ServerName = 'lever' | 'lever-uncached' | 'bare' | 'engine';

export type ServersMessage =
  | { kind: 'ready'; origins: Record<ServerName, string> }
  | { kind: 'cpu'; micros: number }
  | { kind: 'error'; message: string };

function send(message: ServersMessage): void {
  process.send?.(message);
}

function readBody(req: IncomingMessage, then: (body: string) => void): void {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => then(Buffer.concat(chunks).toString('utf8')));
}

async function listen(listener: RequestListener): Promise<[Server, string]> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return [server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`];
}

async function main(bodies: readonly string[]): Promise<void> {
  const lever = await startBenchServer();
  const leverUncached = await startBenchServer({ planCacheBytes: 0 });
  const plans = new Map<string, Buffer>();
  for (const body of bodies) {
    const response = await fetch(lever.origin + ADVICE_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    if (response.status !== 200) throw new Error(`Lever answered ${response.status} for ${body}`);
    plans.set(body, Buffer.from(await response.arrayBuffer()));
  }
  const fallback = plans.get(bodies[0] ?? '') ?? Buffer.alloc(0);
  const send200 = (res: Parameters<RequestListener>[1], plan: Buffer) => {
    res.writeHead(200, { 'content-type': JSON_CONTENT_TYPE, 'content-length': plan.byteLength });
    res.end(plan);
  };

  const [bare, bareOrigin] = await listen((req, res) =>
    readBody(req, (body) => send200(res, plans.get(body) ?? fallback)),
  );
  const ctx = createAdviceContext(loadKnowledgeBase(), loadRules());
  const [engine, engineOrigin] = await listen((req, res) =>
    readBody(req, (body) => {
      const plan = adviseFromInput(JSON.parse(body) as unknown, ctx);
      if (!plan.ok) {
        res.writeHead(400).end();
        return;
      }
      send200(res, Buffer.from(jsonText(plan.value), 'utf8'));
    }),
  );

  process.on('message', (message: unknown) => {
    if (message === 'cpu') {
      const { user, system } = process.cpuUsage();
      send({ kind: 'cpu', micros: user + system });
    } else if (message === 'stop') {
      for (const server of [bare, engine]) {
        server.closeAllConnections();
        server.close();
      }
      void Promise.all([lever.close(), leverUncached.close()]).then(() => process.disconnect());
    }
  });
  send({
    kind: 'ready',
    origins: {
      lever: lever.origin,
      'lever-uncached': leverUncached.origin,
      bare: bareOrigin,
      engine: engineOrigin,
    },
  });
}

// Started by the benchmark with the request bodies as one JSON argument.
const bodies = JSON.parse(process.argv[2] ?? '[]') as string[];
main(bodies).catch((error: unknown) => {
  send({ kind: 'error', message: String(error) });
  process.exitCode = 1;
  process.disconnect?.();
});
