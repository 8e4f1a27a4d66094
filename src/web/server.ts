/**
 * The web app as a running HTTP server: opens the store, prepares the core once, listens, and
 * stops cleanly. A port already in use is an error that says so (no silent move to another port,
 * so a bookmarked URL never reaches a different program).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createAdaptorServer } from '@hono/node-server';
import { loadKnowledgeBase } from '../content/load-kb.js';
import { loadRules } from '../content/load-rules.js';
import { createAdviceContext } from '../core/advice/context.js';
import { LeverError } from '../core/errors.js';
import { buildSearchIndex } from '../core/search/search-index.js';
import { createJournal } from '../journal/service.js';
import { resolveDataDir } from '../store/data-dir.js';
import { describeStoreLocation, openStore, SQLITE_FILE_NAME, type StoreConfig } from '../store/open-store.js';
import type { LeverStore } from '../store/types.js';
import { createPlanCache } from './api/plan-cache.js';
import { createApp } from './app.js';
import type { AppDeps, StorageLocation } from './deps.js';
import { isLoopback, loopbackHostsOnly } from './http/loopback.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4747;

/** How long `close()` lets requests in flight finish before cutting their connections. */
const CLOSE_GRACE_MS = 3000;

export interface ServerOptions extends StoreConfig {
  /** Default 127.0.0.1: only this machine can connect. */
  host?: string;
  /** Default 4747; 0 lets the operating system pick a free port. */
  port?: number;
  /** Bytes of computed plans kept for repeated `POST /advice` bodies; 0 computes every request. */
  planCacheBytes?: number;
}

export interface RunningServer {
  /** Where the app answers, e.g. "http://127.0.0.1:4747/". */
  url: string;
  port: number;
  /** Stops listening, lets requests in flight finish, then closes the store. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * The app's dependencies over a store: the knowledge base, rules and search index, prepared once,
 * and a plan cache of `planCacheBytes` (the default size when absent; 0 for none).
 */
export function loadAppDeps(store: LeverStore, planCacheBytes?: number): AppDeps {
  const ikb = loadKnowledgeBase();
  const advice = createAdviceContext(ikb, loadRules());
  return {
    store,
    advice,
    journal: createJournal({ store, advice }),
    search: buildSearchIndex(ikb),
    planCache: createPlanCache(planCacheBytes),
  };
}

/** Where `openStore(config)` keeps the data, for the settings page. */
export function storageLocation(config: StoreConfig): StorageLocation {
  if (config.databaseUrl !== undefined)
    return { kind: 'postgres', description: describeStoreLocation(config) };
  const dataDir = config.dataDir ?? resolveDataDir();
  return { kind: 'sqlite', file: join(dataDir, SQLITE_FILE_NAME), dataDir };
}

/** The URL for a host and port, with IPv6 addresses in brackets. */
export function serverUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
}

/** Room for the longest valid share link (see the profile's notes limit), with margin. */
const MAX_HEADER_BYTES = 64 * 1024;

function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  if (error.code === 'EADDRINUSE') {
    return new LeverError(
      'conflict',
      `port ${port} is already in use on ${host} (is Lever already running?); choose another with --port <n> or PORT, or --port 0 for any free port`,
    );
  }
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
    return new LeverError(
      'invalid_input',
      `cannot listen on host "${host}": it is not an address of this machine`,
    );
  }
  if (error.code === 'EACCES') {
    return new LeverError('invalid_input', `not allowed to listen on port ${port}; choose a port above 1023`);
  }
  return error;
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => reject(listenError(error, host, port));
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function stop(server: Server): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/** Opens the store, builds the app and listens; rejects with a LeverError when it cannot. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const requestedPort = options.port ?? DEFAULT_PORT;
  const store = await openStore(options);
  let server: Server;
  let port: number;
  try {
    const app = createApp({
      ...loadAppDeps(store, options.planCacheBytes),
      storage: storageLocation(options),
    });
    // Bound to this machine only, the server also refuses other websites' requests (see loopback.ts).
    const fetch = isLoopback(host) ? loopbackHostsOnly(app.fetch) : app.fetch;
    // Share links carry the whole profile in the URL; 5,000 characters of non-ASCII notes need
    // more than Node's default 16 KB of headers.
    server = createAdaptorServer({ fetch, serverOptions: { maxHeaderSize: MAX_HEADER_BYTES } }) as Server;
    port = await listen(server, host, requestedPort);
  } catch (error) {
    await store.close();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    url: serverUrl(host, port),
    port,
    close() {
      closing ??= stop(server).then(() => store.close());
      return closing;
    },
  };
}
