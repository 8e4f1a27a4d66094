/**
 * A small, fresh world for each fuzzed API request: the real app over an in-memory SQLite store
 * holding one of everything (a saved profile, an active, a finished and an expertise experiment,
 * an ask), so ids in paths can hit real records. The core (knowledge base, rules, search index) is
 * prepared once and shared, as the server does. Also: sending a request with a deadline, and what
 * a request changed in the store.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Hono } from 'hono';
import { createJournal } from '../../src/journal/service.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { testEnvironment } from '../../src/store/store-test-kit.js';
import type { LeverData, LeverStore } from '../../src/store/types.js';
import { createPlanCache } from '../../src/web/api/plan-cache.js';
import { createApp } from '../../src/web/app.js';
import type { AppDeps } from '../../src/web/deps.js';
import { loadAppDeps } from '../../src/web/server.js';
import { localNoon } from '../web/api/harness.js';
import { askBody, CATALOGUE_TEST, ownExperimentBody, TODAY } from '../web/api/journal-requests.js';

export { TODAY };

/** The ids of the records every world starts with, and ids of the knowledge base to aim at. */
export interface Fixtures {
  profile: string;
  activeExperiment: string;
  finishedExperiment: string;
  expertise: string;
  ask: string;
  /** A governance topic nobody has claimed yet, and one the world's expertise plan claimed. */
  freeTopic: string;
  claimedTopic: string;
  kbItem: string;
}

/** Which fixtures each resource's paths name, by the path's first segment. */
const FIXTURES_BY_RESOURCE: Record<string, (keyof Fixtures)[]> = {
  profiles: ['profile'],
  experiments: ['activeExperiment', 'finishedExperiment', 'expertise'],
  asks: ['ask'],
  topics: ['freeTopic', 'claimedTopic'],
  kb: ['kbItem'],
};

/** The real ids a path template may name: those of its resource, or every fixture for a resource not known here. */
export function idsForPath(fixtures: Fixtures, path: string): string[] {
  const resource = path.split('/')[1] ?? '';
  const keys = FIXTURES_BY_RESOURCE[resource] ?? (Object.keys(fixtures) as (keyof Fixtures)[]);
  return keys.map((key) => fixtures[key]);
}

export interface World {
  app: Hono;
  store: LeverStore;
  fixtures: Fixtures;
  close(): Promise<void>;
}

let shared: Omit<AppDeps, 'store' | 'journal' | 'planCache'> | undefined;

/** Opens a fresh world; close it when done. */
export async function openWorld(): Promise<World> {
  const store = await openSqliteStore({ file: ':memory:', env: testEnvironment() });
  if (!shared) {
    const { advice, search } = loadAppDeps(store);
    shared = { advice, search };
  }
  const journal = createJournal({ store, advice: shared.advice, now: () => localNoon(TODAY) });
  const app = createApp({ ...shared, store, journal, planCache: createPlanCache() });
  const [claimedTopic, freeTopic] = shared.advice.ikb.kb.topics.map((topic) => topic.id);
  if (!claimedTopic || !freeTopic) throw new Error('the knowledge base has fewer than two topics');

  const profile = await store.createProfile({ name: 'me now', profile: { stage: 'student' } });
  const active = await journal.startExperiment({ testId: CATALOGUE_TEST, startedOn: '2030-01-02' });
  await journal.logCheckIn(active.id, { date: '2030-01-09', hours: 5, progress: 2, enjoyment: 3 });
  const finished = await journal.startExperiment(ownExperimentBody({ startedOn: '2030-01-01' }));
  await journal.finishExperiment(finished.id, { reflection: 'learned a lot' });
  const expertise = await journal.claimTopic({ topicId: claimedTopic, startedOn: '2030-01-03' });
  const ask = await journal.createAsk(askBody());
  const fixtures: Fixtures = {
    profile: profile.id,
    activeExperiment: active.id,
    finishedExperiment: finished.id,
    expertise: expertise.id,
    ask: ask.id,
    freeTopic,
    claimedTopic,
    kbItem: 'arena',
  };
  return { app, store, fixtures, close: () => store.close() };
}

/** A request as the fuzzer builds it; `body` text is sent as UTF-8, bytes as they are. */
export interface FuzzRequest {
  method: string;
  /** The path under the app's root, with its query string, e.g. "/api/v1/search?q=x". */
  url: string;
  /** undefined sends no Content-Type header at all. */
  contentType?: string | undefined;
  body?: string | Uint8Array | undefined;
}

export interface FuzzResponse {
  status: number;
  contentType: string;
  text: string;
  /** How long the app took, in milliseconds. */
  ms: number;
}

/** A short description of a request for assertion messages (bodies cut to a readable length). */
export function describeRequest(request: FuzzRequest): string {
  const body =
    request.body === undefined
      ? ''
      : typeof request.body === 'string'
        ? ` ${JSON.stringify(request.body.slice(0, 120))}${request.body.length > 120 ? `… (${request.body.length} chars)` : ''}`
        : ` <${request.body.length} bytes>`;
  return `${request.method} ${request.url.slice(0, 160)} [${request.contentType ?? 'no content type'}]${body}`;
}

/** Sends a request to the app in process; a request that takes longer than `timeoutMs` fails. */
export async function send(app: Hono, request: FuzzRequest, timeoutMs = 10_000): Promise<FuzzResponse> {
  const headers: Record<string, string> = {};
  if (request.contentType !== undefined) headers['content-type'] = request.contentType;
  // Bytes, so that fetch never adds a Content-Type of its own.
  const body = typeof request.body === 'string' ? new TextEncoder().encode(request.body) : request.body;
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${timeoutMs} ms: ${describeRequest(request)}`)),
      timeoutMs,
    );
  });
  try {
    const init: RequestInit = { method: request.method, headers };
    if (body !== undefined) init.body = body;
    const response = await Promise.race([app.request(`http://localhost${request.url}`, init), deadline]);
    const text = await Promise.race([response.text(), deadline]);
    const ms = performance.now() - started;
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', text, ms };
  } finally {
    clearTimeout(timer);
  }
}

/** What a request did to one collection of the store's data (profiles, experiments, asks, …). */
export interface CollectionChange {
  added: string[];
  removed: string[];
  changed: string[];
}

/** Record ids added, removed and changed per collection, leaving out collections nothing happened to. */
export function dataChanges(before: LeverData, after: LeverData): Record<string, CollectionChange> {
  const changes: Record<string, CollectionChange> = {};
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const name of names) {
    const byId = (data: LeverData) =>
      new Map(
        ((data as unknown as Record<string, { id: string }[]>)[name] ?? []).map((record) => [
          record.id,
          record,
        ]),
      );
    const [old, now] = [byId(before), byId(after)];
    const change: CollectionChange = {
      added: [...now.keys()].filter((id) => !old.has(id)),
      removed: [...old.keys()].filter((id) => !now.has(id)),
      changed: [...now.keys()].filter((id) => old.has(id) && !isDeepStrictEqual(old.get(id), now.get(id))),
    };
    if (change.added.length + change.removed.length + change.changed.length > 0) changes[name] = change;
  }
  return changes;
}
