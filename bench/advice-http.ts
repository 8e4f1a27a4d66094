/**
 * Advice over HTTP: `POST /api/v1/advice` under a bounded load on the loopback interface, against
 * a bare node:http server sending the same plan bytes (HTTP alone), and a node:http server that
 * computes the plan with no framework (HTTP + engine). Lever runs twice: as served (its plan cache
 * answers the repeated persona bodies after their first request) and with the cache off (every
 * request computed), so both figures are on record. The servers run in one child process
 * (advice-http-servers.js); autocannon runs here, with 50 connections, each looping over the 16
 * persona profiles from its own starting point. After a warm-up of each, the servers take turns,
 * one run each per round. The load generator shares the machine's cores with the servers, so the
 * CPU each side used is reported too.
 * Target: Lever, as served, answers at least half the requests per second of the bare server.
 */
import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon, { type Request } from 'autocannon';
import { PERSONAS } from '../test/personas/personas.js';
import type { ServerName, ServersMessage } from './advice-http-servers.js';
import { percentile, printTable } from './stats.js';
import { ADVICE_PATH } from './web-setup.js';

const CONNECTIONS = 50;
const DURATION_SECONDS = 10;
const WARMUP_SECONDS = 3;
const ROUNDS = 3;
const TARGET_RATIO = 0.5;

const HEADERS = { 'content-type': 'application/json' };
const bodies = PERSONAS.map((persona) => JSON.stringify(persona.profile));
const requests: Request[] = bodies.map((body) => ({
  method: 'POST',
  path: ADVICE_PATH,
  headers: HEADERS,
  body,
}));

const here = dirname(fileURLToPath(import.meta.url));
const servers = fork(join(here, 'advice-http-servers.js'), [JSON.stringify(bodies)]);

/** The next message of one kind from the servers' process; fails if it reports an error or exits. */
function receive<K extends ServersMessage['kind']>(kind: K): Promise<Extract<ServersMessage, { kind: K }>> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the servers' process exited (${code})`));
    const onMessage = (message: ServersMessage) => {
      if (message.kind !== kind && message.kind !== 'error') return;
      servers.off('message', onMessage).off('exit', onExit);
      if (message.kind === 'error') reject(new Error(message.message));
      else resolve(message as Extract<ServersMessage, { kind: K }>);
    };
    servers.on('message', onMessage).once('exit', onExit);
  });
}

async function serverCpuMicros(): Promise<number> {
  const reply = receive('cpu');
  servers.send('cpu');
  return (await reply).micros;
}

interface Run {
  rps: number;
  p50: number;
  p99: number;
  failures: number;
  /** CPU time over wall time, in cores (1 = one core busy throughout). */
  serverCores: number;
  loadCores: number;
  /** The servers' process CPU time per completed request, in microseconds. */
  serverMicrosPerRequest: number;
}

/** One bounded load of `seconds` against `origin`, with latencies timed per response to 0.001 ms. */
async function load(origin: string, seconds: number): Promise<Run> {
  const latencies: number[] = [];
  let connection = 0;
  const serverBefore = await serverCpuMicros();
  const loadBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  const instance = autocannon({
    url: origin + ADVICE_PATH,
    connections: CONNECTIONS,
    duration: seconds,
    requests,
    // Each connection starts at a different persona, so the server sees them mixed at any moment.
    setupClient: (client) => {
      const k = connection++ % requests.length;
      client.setRequests([...requests.slice(k), ...requests.slice(0, k)]);
    },
  });
  let responses = 0;
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    responses++;
    if (status === 200) latencies.push(ms);
  });
  const result = await instance;
  const wallMicros = Number(process.hrtime.bigint() - started) / 1000;
  const serverMicros = (await serverCpuMicros()) - serverBefore;
  const loadUsage = process.cpuUsage(loadBefore);
  latencies.sort((a, b) => a - b);
  return {
    rps: result.requests.average,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    failures: result.errors + result.timeouts + result.non2xx,
    serverCores: serverMicros / wallMicros,
    loadCores: (loadUsage.user + loadUsage.system) / wallMicros,
    serverMicrosPerRequest: serverMicros / responses,
  };
}

/** Every server must give the same bytes for every profile before their speeds are compared. */
async function checkSameBytes(origins: readonly string[]): Promise<void> {
  for (const body of bodies) {
    const answers = await Promise.all(
      origins.map(async (origin) => {
        const response = await fetch(origin + ADVICE_PATH, { method: 'POST', headers: HEADERS, body });
        return Buffer.from(await response.arrayBuffer());
      }),
    );
    const [first] = answers;
    if (!first || answers.some((answer) => !answer.equals(first))) {
      throw new Error(`the servers answer differently for ${body}`);
    }
  }
}

const median = (runs: readonly Run[], key: keyof Run) =>
  percentile(
    runs.map((run) => run[key]).sort((a, b) => a - b),
    50,
  );
/** Each figure's median over the rounds (so the figures of one row may come from different rounds). */
function medianRun(list: readonly Run[]): Run {
  const keys = Object.keys(list[0] ?? {}) as (keyof Run)[];
  return Object.fromEntries(keys.map((key) => [key, median(list, key)])) as unknown as Run;
}

const row = (name: string, round: string, run: Run) => [
  name,
  round,
  Math.round(run.rps).toLocaleString('en-US'),
  `${run.p50.toFixed(2)} ms`,
  `${run.p99.toFixed(2)} ms`,
  String(run.failures),
  `${run.serverCores.toFixed(2)} / ${run.loadCores.toFixed(2)}`,
  `${Math.round(run.serverMicrosPerRequest)} µs`,
];

try {
  const { origins } = await receive('ready');
  await checkSameBytes(Object.values(origins));
  const runs: Record<ServerName, Run[]> = { bare: [], engine: [], lever: [], 'lever-uncached': [] };
  const names = Object.keys(runs) as ServerName[];
  for (const name of names) await load(origins[name], WARMUP_SECONDS);
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of names) runs[name].push(await load(origins[name], DURATION_SECONDS));
  }

  console.log(
    `Advice over HTTP: POST ${ADVICE_PATH}, loopback, Node ${process.version}, ${CONNECTIONS} connections, ` +
      `${requests.length} persona profiles in turn, ${WARMUP_SECONDS} s warm-up each, ` +
      `${ROUNDS} rounds of ${DURATION_SECONDS} s, the servers taking turns (${names.join(', ')})\n`,
  );
  const rows: string[][] = [];
  for (const name of names) {
    for (const [i, run] of runs[name].entries()) rows.push(row(name, String(i + 1), run));
  }
  for (const name of names) rows.push(row(name, 'median', medianRun(runs[name])));
  printTable(
    [
      'server',
      'round',
      'requests/s',
      'p50 latency',
      'p99 latency',
      'errors + non-2xx',
      'CPU cores: server / load generator',
      'server CPU per request',
    ],
    rows,
  );
  const rps = (name: ServerName) => median(runs[name], 'rps');
  const ratio = rps('lever') / rps('bare');
  const failures = Object.values(runs)
    .flat()
    .reduce((sum, run) => sum + run.failures, 0);
  console.log(
    `\nLever / bare requests/s = ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO}): ${ratio >= TARGET_RATIO ? 'meets target' : 'MISSES target'}`,
  );
  console.log(
    `Lever without its plan cache / bare requests/s = ${(rps('lever-uncached') / rps('bare')).toFixed(2)} (every request validated, advised and serialised)`,
  );
  console.log(
    `Lever without its plan cache / node:http + engine requests/s = ${(rps('lever-uncached') / rps('engine')).toFixed(2)} (what the web stack keeps of the plain server's speed)`,
  );
  console.log(`Errors and non-2xx responses: ${failures}${failures === 0 ? '' : ' (must be 0)'}`);
  if (failures > 0) process.exitCode = 1;
} finally {
  if (servers.exitCode === null) {
    const exited = new Promise((resolve) => servers.once('exit', resolve));
    if (servers.connected) servers.send('stop');
    else servers.kill();
    await exited;
  }
}
