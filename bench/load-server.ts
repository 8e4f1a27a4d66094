/**
 * The server for the load benchmark: Lever's web app as `lever start` serves it (plan cache on), on
 * a throwaway data directory, in a Node process of its own so that the load generator does not
 * share its event loop. Started by load.js with --expose-gc over IPC: it reports its origin,
 * answers 'memory' with its memory after a full garbage collection (and the peak so far), 'usage'
 * with its CPU time and event-loop time so far, and on 'stop' closes the server and exits.
 */
import { startBenchServer } from './web-setup.js';

export interface ServerMemory {
  /** Resident set size, bytes. */
  rss: number;
  /** JavaScript heap in use, bytes. */
  heapUsed: number;
  /** The largest resident set size so far, bytes. */
  maxRss: number;
  /** Whether a full garbage collection ran first (needs --expose-gc). */
  collected: boolean;
}

/** Totals since the process started: CPU time, and the event loop's busy and idle time. */
export interface ServerUsage {
  cpuMicros: number;
  /** Milliseconds the event loop spent running code (including synchronous disk writes). */
  loopActiveMs: number;
  loopIdleMs: number;
}

export type LoadServerMessage =
  | { kind: 'ready'; origin: string }
  | { kind: 'memory'; memory: ServerMemory }
  | { kind: 'usage'; usage: ServerUsage }
  | { kind: 'error'; message: string };

function send(message: LoadServerMessage): void {
  process.send?.(message);
}

function memory(): ServerMemory {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed, maxRss: process.resourceUsage().maxRSS * 1024, collected: gc !== undefined };
}

async function main(): Promise<void> {
  const server = await startBenchServer();
  process.on('message', (message: unknown) => {
    if (message === 'memory') send({ kind: 'memory', memory: memory() });
    else if (message === 'usage') {
      const { user, system } = process.cpuUsage();
      const loop = performance.eventLoopUtilization();
      send({
        kind: 'usage',
        usage: { cpuMicros: user + system, loopActiveMs: loop.active, loopIdleMs: loop.idle },
      });
    } else if (message === 'stop') void server.close().then(() => process.disconnect());
  });
  send({ kind: 'ready', origin: server.origin });
}

main().catch((error: unknown) => {
  send({ kind: 'error', message: String(error) });
  process.exitCode = 1;
  process.disconnect?.();
});
