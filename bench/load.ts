/**
 * Load: Lever's web app under a bounded mixed load on the loopback interface, LEVER_LOAD_SECONDS
 * (default 60) at LEVER_LOAD_CONNECTIONS (default 100) concurrent connections. Each connection
 * loops over twelve requests: reads (pages, `GET /api/v1/kb/{id}`, `GET /api/v1/search?q=`), plans
 * (`POST /api/v1/advice`, three with a profile never sent before, so the plan cache cannot answer
 * them, and one repeated persona), and writes (`POST /api/v1/profiles` under a new name each time,
 * and a check-in on one of 100 experiments); see load-mix.ts. An untimed warm-up of
 * LEVER_LOAD_WARMUP_SECONDS (default 5) comes first. Latency is reported per page and per kind of
 * API request. The server runs in a child process (load-server.js, with --expose-gc), which reports
 * its CPU and event-loop time, and its memory after a full garbage collection when started, after
 * the warm-up and after the load. Target: no errors, timeouts or non-2xx answers. A quick smoke run:
 * `LEVER_LOAD_SECONDS=5 LEVER_LOAD_CONNECTIONS=10 node dist/bench/load.js`.
 */
import { fork } from 'node:child_process';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { answeredKind, createExperiments, KINDS, type Kind, sequence } from './load-mix.js';
import type { LoadServerMessage, ServerMemory, ServerUsage } from './load-server.js';
import { percentile, printTable } from './stats.js';

function envNumber(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

const SECONDS = envNumber('LEVER_LOAD_SECONDS', 60);
const CONNECTIONS = envNumber('LEVER_LOAD_CONNECTIONS', 100);
/** Untimed load first, so that start-up (cold code, first renders) is not counted as latency. */
const WARMUP_SECONDS = envNumber('LEVER_LOAD_WARMUP_SECONDS', 5);
const here = dirname(fileURLToPath(import.meta.url));
const server = fork(join(here, 'load-server.js'), [], { execArgv: ['--expose-gc'] });

/** The next message of one kind from the server; fails if it reports an error or exits. */
function receive<K extends LoadServerMessage['kind']>(
  kind: K,
): Promise<Extract<LoadServerMessage, { kind: K }>> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the server's process exited (${code})`));
    const onMessage = (message: LoadServerMessage) => {
      if (message.kind !== kind && message.kind !== 'error') return;
      server.off('message', onMessage).off('exit', onExit);
      if (message.kind === 'error') reject(new Error(message.message));
      else resolve(message as Extract<LoadServerMessage, { kind: K }>);
    };
    server.on('message', onMessage).once('exit', onExit);
  });
}

async function ask<K extends 'memory' | 'usage'>(kind: K): Promise<Extract<LoadServerMessage, { kind: K }>> {
  const reply = receive(kind);
  server.send(kind);
  return reply;
}

interface KindStats {
  latencies: number[];
  non2xx: number;
}

/** autocannon's default: a request unanswered after this long counts as a timeout (and an error). */
const TIMEOUT_SECONDS = 10;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (x: number | undefined) => `${(x ?? Number.NaN).toFixed(2)} ms`;
const count = (n: number) => n.toLocaleString('en-US');

function latencyCells(sorted: readonly number[]): string[] {
  return [ms(percentile(sorted, 50)), ms(percentile(sorted, 99)), ms(sorted.at(-1))];
}

function memoryRow(when: string, memory: ServerMemory): string[] {
  return [when, mb(memory.rss), mb(memory.heapUsed), mb(memory.maxRss)];
}

/** The server's CPU (cores, and per answer) and event-loop utilisation between two usage reports. */
function serverLoad(before: ServerUsage, after: ServerUsage, wallMicros: number, answered: number): string {
  const active = after.loopActiveMs - before.loopActiveMs;
  const idle = after.loopIdleMs - before.loopIdleMs;
  const cpu = after.cpuMicros - before.cpuMicros;
  return (
    `${(cpu / wallMicros).toFixed(2)} cores (${Math.round(cpu / Math.max(1, answered))} µs of CPU per answer), ` +
    `event loop busy ${((100 * active) / (active + idle)).toFixed(0)}%`
  );
}

/** How much the store holds: the reads that list everything grow with it. */
async function storeSize(origin: string): Promise<string> {
  const list = async (path: string) =>
    (await (await fetch(origin + path)).json()) as { checkIns?: unknown[] }[];
  const profiles = (await list('/api/v1/profiles')).length;
  const experiments = await list('/api/v1/experiments');
  const checkIns = experiments.reduce((sum, e) => sum + (e.checkIns?.length ?? 0), 0);
  return `${count(profiles)} saved profiles, ${count(experiments.length)} experiments, ${count(checkIns)} check-ins`;
}

const loadAverage = () => loadavg()[0]?.toFixed(1) ?? '?';

/** One bounded load; each connection starts at a different point of the loop, so kinds are mixed at any moment. */
function run(origin: string, experiments: readonly string[], seconds: number) {
  let connection = 0;
  return autocannon({
    url: origin,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: TIMEOUT_SECONDS,
    requests: sequence(experiments),
    setupClient: (client) => client.setRequests(sequence(experiments, connection++)),
  });
}

try {
  const { origin } = await receive('ready');
  const experiments = await createExperiments(origin);
  const fresh = (await ask('memory')).memory;
  const loadAverageBefore = loadAverage();
  const warmup = await run(origin, experiments, WARMUP_SECONDS);
  const before = (await ask('memory')).memory;
  const stats = new Map<Kind, KindStats>(KINDS.map((kind) => [kind, { latencies: [], non2xx: 0 }]));
  const all: number[] = [];
  const usageBefore = (await ask('usage')).usage;
  const loadBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  const instance = run(origin, experiments, SECONDS);
  instance.on('response', (_client: unknown, status: number, _bytes: number, latency: number) => {
    const kind = stats.get(answeredKind());
    all.push(latency);
    kind?.latencies.push(latency);
    if (kind && (status < 200 || status > 299)) kind.non2xx++;
  });
  const result = await instance;
  const wallMicros = Number(process.hrtime.bigint() - started) / 1000;
  const usageAfter = (await ask('usage')).usage;
  const loadUsage = process.cpuUsage(loadBefore);
  const after = (await ask('memory')).memory;
  const loadAverageAfter = loadAverage();
  const stored = await storeSize(origin);

  console.log(
    `Load: loopback, Node ${process.version}, ${CONNECTIONS} connections for ${SECONDS} s after a ${WARMUP_SECONDS} s warm-up ` +
      `(timeout ${TIMEOUT_SECONDS} s), ` +
      'each looping over 6 reads, 4 plans (3 with a profile never sent before) and 2 writes; ' +
      `${experiments.length > 0 ? `check-ins on ${experiments.length} experiments` : 'no journal API: a second profile save instead of a check-in'}\n`,
  );
  all.sort((a, b) => a - b);
  // autocannon counts a timeout as an error too.
  const failures = result.errors + result.non2xx;
  const warmupFailures = warmup.errors + warmup.non2xx;
  printTable(
    ['answered', 'requests/s', 'p50 latency', 'p99 latency', 'slowest', 'errors (timeouts)', 'non-2xx'],
    [
      [
        count(all.length),
        count(Math.round(result.requests.average)),
        ...latencyCells(all),
        `${result.errors} (${result.timeouts})`,
        String(result.non2xx),
      ],
    ],
  );
  console.log(
    `\nServer: ${serverLoad(usageBefore, usageAfter, wallMicros, all.length)}; load generator: ` +
      `${((loadUsage.user + loadUsage.system) / wallMicros).toFixed(2)} cores; machine load average ` +
      `${loadAverageBefore} before, ${loadAverageAfter} after. At the end the store held ${stored}.\n`,
  );
  printTable(
    ['request', 'answered', 'share', 'p50 latency', 'p99 latency', 'slowest', 'non-2xx'],
    KINDS.map((kind) => [kind, stats.get(kind) ?? { latencies: [], non2xx: 0 }] as const)
      .filter(([, { latencies }]) => latencies.length > 0)
      .map(([kind, { latencies, non2xx }]) => {
        latencies.sort((a, b) => a - b);
        const share = `${((100 * latencies.length) / Math.max(1, all.length)).toFixed(1)}%`;
        return [kind, count(latencies.length), share, ...latencyCells(latencies), String(non2xx)];
      }),
  );
  const collected = before.collected
    ? ', each after a full garbage collection'
    : ' (no --expose-gc: no collection first)';
  console.log(`\nServer memory${collected}:`);
  printTable(
    ['when', 'RSS', 'heap used', 'peak RSS so far'],
    [
      memoryRow('started', fresh),
      memoryRow(`after the ${WARMUP_SECONDS} s warm-up`, before),
      memoryRow('after the load', after),
    ],
  );
  console.log(
    `\nErrors, timeouts and non-2xx responses: ${failures}${failures === 0 ? ' (target 0: met)' : ' (target 0: MISSED)'}; ` +
      `during the warm-up: ${warmupFailures}`,
  );
  if (failures + warmupFailures > 0) process.exitCode = 1;
} finally {
  if (server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    if (server.connected) server.send('stop');
    else server.kill();
    await exited;
  }
}
