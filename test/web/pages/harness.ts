/**
 * The whole app in process for page tests: the real knowledge base (compiled), the real engine,
 * the real SQLite store in memory (fresh per test), and `app.request(...)` instead of a port.
 */
import type { Hono } from 'hono';
import { afterEach, beforeEach } from 'vitest';
import type { Profile } from '../../../src/core/profile/schema.js';
import { openSqliteStore } from '../../../src/store/sqlite.js';
import { testEnvironment } from '../../../src/store/store-test-kit.js';
import type { ProfileStore } from '../../../src/store/types.js';
import { createApp } from '../../../src/web/app.js';
import type { AppDeps } from '../../../src/web/deps.js';
import { encodeProfileParam } from '../../../src/web/pages/profile-param.js';
import { loadAppDeps } from '../../../src/web/server.js';

/** The origin `app.request` gives relative URLs; forms posted from Lever's pages carry it. */
export const ORIGIN = 'http://localhost';

export interface Page {
  status: number;
  html: string;
  headers: Headers;
}

export interface PagesApp {
  app: Hono;
  deps: AppDeps;
  store: ProfileStore;
  get(path: string, headers?: Record<string, string>): Promise<Page>;
  /** Posts form fields the way a browser submits a form on one of Lever's pages. */
  post(path: string, fields: Record<string, string>, headers?: Record<string, string>): Promise<Page>;
}

async function page(response: Response): Promise<Page> {
  return { status: response.status, html: await response.text(), headers: response.headers };
}

/** Registers hooks giving each test its own app and empty store; call the result inside a test. */
export function usePagesApp(): () => PagesApp {
  let current: PagesApp | undefined;
  beforeEach(async () => {
    const store = await openSqliteStore({ file: ':memory:', env: testEnvironment() });
    const deps = loadAppDeps(store);
    const app = createApp(deps);
    current = {
      app,
      deps,
      store,
      get: async (path, headers = {}) => page(await app.request(path, { headers })),
      post: async (path, fields, headers = { origin: ORIGIN }) =>
        page(
          await app.request(path, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
            body: new URLSearchParams(fields).toString(),
          }),
        ),
    };
  });
  afterEach(async () => {
    await current?.store.close();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('usePagesApp() is only available inside a test');
    return current;
  };
}

/** The plan page's address for a profile. */
export function planPath(profile: Profile): string {
  return `/plan?p=${encodeProfileParam(profile)}`;
}

/** A profile that answers everything (PRODUCT.md's example), with markup in its notes. */
export const FULL_PROFILE: Profile = {
  stage: 'student',
  background: ['physics'],
  skills: { coding: 1, math: 4, ml: 0, writing: 2, research: 2, people: 2, organizing: 1 },
  enjoys: ['proofs', 'theory', 'reading'],
  researchExperienceYears: 2,
  corporateExperience: false,
  hasMentor: false,
  leaning: 'alignment-research',
  interests: ['alignment-theory', 'conceptual-research'],
  history: [{ activity: 'alignment-research', months: 6, progress: 3, enjoyment: 1 }],
  notes: 'Ask about <b>labs</b> & PhDs',
};

/** Text as the page's HTML shows it: escaped by the JSX renderer. */
export function escaped(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );
}

/** The href values in a page, unescaped. */
export function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));
}
