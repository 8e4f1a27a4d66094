/** The real web server for the browser tests: an OS-chosen port and a fresh data directory each time. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningServer, startServer } from '../../../src/web/server.js';

export interface TestServer {
  /** "http://127.0.0.1:PORT/" */
  url: string;
  /** An absolute URL on this server for a path such as "/plan?p=…". */
  at(path: string): string;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lever-e2e-'));
  let server: RunningServer;
  try {
    server = await startServer({ host: '127.0.0.1', port: 0, dataDir });
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: server.url,
    at: (path) => new URL(path, server.url).href,
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
