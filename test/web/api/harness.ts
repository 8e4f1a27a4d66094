/**
 * The app in process for API tests: the real knowledge base (compiled), the real SQLite store in
 * memory, fresh for each test, and `app.request(...)` instead of a port. Tests of the journal can
 * fix the journal's day (`useTestApp({ today })`) and move it (`setToday`).
 */
import type { Hono } from 'hono';
import { afterEach, beforeEach, expect } from 'vitest';
import { createJournal } from '../../../src/journal/service.js';
import { openSqliteStore } from '../../../src/store/sqlite.js';
import { type TestEnvironment, testEnvironment } from '../../../src/store/store-test-kit.js';
import type { LeverStore } from '../../../src/store/types.js';
import { createApp } from '../../../src/web/app.js';
import { loadAppDeps } from '../../../src/web/server.js';

export interface TestApp {
  app: Hono;
  store: LeverStore;
  /** The store's clock and ids: the clock stands still until a test moves it. */
  env: TestEnvironment;
  /** Moves the journal's day (YYYY-MM-DD); only with `useTestApp({ today })`. */
  setToday(date: string): void;
}

export interface TestAppOptions {
  /** The journal's day (YYYY-MM-DD) until a test moves it; by default the real clock's. */
  today?: string;
}

/** Noon of a local calendar day, so the person's "today" is that day in any time zone. */
export function localNoon(date: string): Date {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(year, month - 1, day, 12);
}

/** Registers hooks that give each test its own app and empty store; read `current()` inside a test. */
export function useTestApp(options: TestAppOptions = {}): () => TestApp {
  let current: TestApp | undefined;
  beforeEach(async () => {
    const env = testEnvironment();
    const store = await openSqliteStore({ file: ':memory:', env });
    const deps = loadAppDeps(store);
    const fixed = options.today;
    if (fixed === undefined) {
      const setToday = () => {
        throw new Error('setToday needs useTestApp({ today })');
      };
      current = { app: createApp(deps), store, env, setToday };
      return;
    }
    let now = localNoon(fixed);
    const journal = createJournal({ store, advice: deps.advice, now: () => now });
    const setToday = (date: string) => {
      now = localNoon(date);
    };
    current = { app: createApp({ ...deps, journal }), store, env, setToday };
  });
  afterEach(async () => {
    await current?.store.close();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('useTestApp() is only available inside a test');
    return current;
  };
}

/** A request with a JSON body (already serialized when a string), as a browser's fetch would send it. */
export function jsonInit(method: string, body: unknown, contentType = 'application/json'): RequestInit {
  return {
    method,
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

export interface ApiErrorJson {
  error: {
    code: string;
    message: string;
    issues: { path: string; message: string }[];
    suggestions?: string[];
  };
}

/** The parsed error body, checking it is JSON in the API's error shape. */
export async function errorOf(response: Response): Promise<ApiErrorJson['error']> {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as ApiErrorJson;
  expect(Object.keys(body)).toEqual(['error']);
  expect(typeof body.error.code).toBe('string');
  expect(typeof body.error.message).toBe('string');
  expect(Array.isArray(body.error.issues)).toBe(true);
  return body.error;
}
