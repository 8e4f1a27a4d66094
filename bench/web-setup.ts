/**
 * What the web benchmarks share: a Lever server on a free loopback port over a throwaway data
 * directory, headless Chromium, and the plan link for a persona's profile.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { encodeProfileParam } from '../src/web/pages/profile-param.js';
import { planUrl } from '../src/web/pages/urls.js';
import { startServer } from '../src/web/server.js';
import { findChromium, launchChromium as launchTestChromium } from '../test/e2e/support/chromium.js';
import { PERSONAS } from '../test/personas/personas.js';

/** The API route the HTTP benchmark loads. */
export const ADVICE_PATH = '/api/v1/advice';

export interface BenchServer {
  /** e.g. "http://127.0.0.1:40123" (no trailing slash). */
  origin: string;
  close(): Promise<void>;
}

/**
 * Lever's web app on 127.0.0.1 with a free port and an empty data directory of its own;
 * `planCacheBytes: 0` turns the plan cache off.
 */
export async function startBenchServer(options: { planCacheBytes?: number } = {}): Promise<BenchServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lever-bench-web-'));
  const server = await startServer({ host: '127.0.0.1', port: 0, dataDir, ...options });
  return {
    origin: server.url.replace(/\/$/, ''),
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Headless Chromium, found and launched exactly as the browser tests do (LEVER_CHROMIUM overrides). */
export function launchChromium(): Promise<Browser> {
  const lookup = findChromium({ ...process.env, LEVER_SKIP_BROWSER: undefined });
  if (lookup.status !== 'found')
    throw new Error(lookup.status === 'missing' ? lookup.message : lookup.reason);
  return launchTestChromium(lookup.executablePath);
}

/** The first persona: a student who answered every question, as in the CLI start-up benchmark. */
export const PLAN_PERSONA = PERSONAS[0] ?? { id: 'empty', situation: '', profile: {} };

/** The plan page's path for a persona's profile (or the first persona's). */
export function planPath(profile = PLAN_PERSONA.profile): string {
  return planUrl(encodeProfileParam(profile));
}
