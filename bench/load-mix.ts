/**
 * The load benchmark's request mix. Each connection loops over twelve requests: six reads (pages,
 * knowledge-base items, searches), four plans (three with a profile never sent before, so the
 * plan cache cannot answer them, and one repeated persona) and two writes (a profile saved under a
 * new name, a check-in on one of the experiments made before the load). Bodies are built as each
 * request is sent, from one counter shared by all connections.
 */
import type { Request } from 'autocannon';
import { loadKnowledgeBase } from '../src/content/load-kb.js';
import { PERSONAS } from '../test/personas/personas.js';
import { planPath } from './web-setup.js';

const EXPERIMENTS = 100;
const JSON_HEADERS = { 'content-type': 'application/json' };

/** The pages read, by name. */
const PAGES: readonly [string, string][] = [
  ['page: home', '/'],
  ['page: questionnaire', '/start'],
  ['page: library', '/library'],
  ['page: field map', '/map'],
  ['page: plan (share link)', planPath()],
  ['page: library item', '/library/mechanistic-interpretability'],
];

/** What the benchmark reports on, in order: each page, then each kind of API request. */
export const KINDS = [
  ...PAGES.map(([name]) => name),
  'kb item',
  'search',
  'plan, new profile',
  'plan, repeated',
  'save profile',
  'check-in',
] as const;
export type Kind = string;

const QUERIES = ['interpretability', 'governance', 'superpositon', 'mentor', 'compute', 'evals', 'phd'];
const ITEM_IDS = [...loadKnowledgeBase().byId.keys()];
const profiles = PERSONAS.map((persona) => persona.profile);

/** A profile not sent before: a persona with skills taken from the counter (78,125 combinations each). */
function newProfile(n: number): unknown {
  const digit = (place: number) => Math.floor(n / 5 ** place) % 5;
  const skills = {
    coding: digit(0),
    math: digit(1),
    ml: digit(2),
    writing: digit(3),
    research: digit(4),
    people: digit(5),
    organizing: digit(6),
  };
  return { ...profiles[n % profiles.length], skills };
}

/** Experiments to log check-ins against; none when the server has no journal API. */
export async function createExperiments(origin: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < EXPERIMENTS; i++) {
    const body = JSON.stringify({ title: `Load experiment ${i}`, path: 'alignment-research', weeks: 4 });
    const response = await fetch(`${origin}/api/v1/experiments`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body,
    });
    if (response.status === 404) return [];
    if (response.status !== 201) throw new Error(`creating an experiment answered ${response.status}`);
    ids.push(((await response.json()) as { id: string }).id);
  }
  return ids;
}

let counter = 0;
/** The kind of the response autocannon is about to report (set by the request's onResponse). */
let answered: Kind = '';

/** The kind of request the response autocannon reports now answers. */
export function answeredKind(): Kind {
  return answered;
}

type Made = Omit<Request, 'setupRequest' | 'onResponse'> & { kind: Kind };

/** A request rebuilt from the shared counter each time it is sent, reporting its kind when answered. */
function request(make: (n: number) => Made): Request {
  const { kind: firstKind, ...first } = make(0);
  let kind = firstKind;
  return {
    ...first,
    setupRequest: (req) => {
      const { kind: next, ...made } = make(counter++);
      kind = next;
      return { ...req, ...made };
    },
    onResponse: () => {
      answered = kind;
    },
  };
}

// Headers of its own for each request: autocannon writes the body's length into them.
const post = (kind: Kind, path: string, body: unknown): Made => ({
  kind,
  method: 'POST',
  path,
  headers: { ...JSON_HEADERS },
  body: JSON.stringify(body),
});
const get = (kind: Kind, path: string): Made => ({ kind, method: 'GET', path });

/** One connection's loop of twelve requests (six reads, four plans, two writes), from `start` on. */
export function sequence(experiments: readonly string[], start = 0): Request[] {
  const page = () =>
    request((n) => {
      const [name, path] = PAGES[n % PAGES.length] ?? ['page: home', '/'];
      return get(name, path);
    });
  const item = () => request((n) => get('kb item', `/api/v1/kb/${ITEM_IDS[n % ITEM_IDS.length]}`));
  const search = () => request((n) => get('search', `/api/v1/search?q=${QUERIES[n % QUERIES.length]}`));
  const plan = () => request((n) => post('plan, new profile', '/api/v1/advice', newProfile(n)));
  const repeat = request((n) => post('plan, repeated', '/api/v1/advice', profiles[n % profiles.length]));
  const save = request((n) =>
    post('save profile', '/api/v1/profiles', { name: `Load ${n}`, profile: profiles[n % profiles.length] }),
  );
  const checkIn = request((n) => {
    const experiment = experiments[n % Math.max(1, experiments.length)];
    return experiment === undefined
      ? post('save profile', '/api/v1/profiles', { name: `Load extra ${n}`, profile: profiles[0] })
      : post('check-in', `/api/v1/experiments/${experiment}/check-ins`, {
          hours: n % 10,
          progress: n % 5,
          enjoyment: (n + 2) % 5,
          note: `check-in ${n}`,
        });
  });
  const loop = [
    page(),
    item(),
    plan(),
    search(),
    repeat,
    save,
    page(),
    plan(),
    item(),
    checkIn,
    search(),
    plan(),
  ];
  const k = start % loop.length;
  return [...loop.slice(k), ...loop.slice(0, k)];
}
