/**
 * Requests the journal API tests make again and again, each checking its status, and the day the
 * tests' journal starts on. Bodies are plain objects with overrides, so a test names only what it
 * is about.
 */
import { expect } from 'vitest';
import type { Ask, Experiment } from '../../../src/core/journal/schema.js';
import { jsonInit, type TestApp } from './harness.js';

/** The journal's day in these tests (a Tuesday), unless a test moves it. */
export const TODAY = '2030-01-15';
export const API = '/api/v1';

/** A catalogue test of the alignment research path (three weeks). */
export const CATALOGUE_TEST = 'replicate-interpretability-result';

/** A valid check-in body; overrides replace fields. */
export function checkInBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { hours: 6, progress: 3, enjoyment: 2, note: 'got the first plots', ...overrides };
}

/** A valid body for an experiment of one's own design. */
export function ownExperimentBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { title: 'Write a policy memo on chip exports', path: 'policy', weeks: 2, ...overrides };
}

/** A valid, complete ask body. */
export function askBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Pre-release evaluations',
    lab: 'Example Lab',
    ask: 'Run a dangerous-capability evaluation before each major release and publish a summary.',
    steps: ['Pick an evaluation suite', 'Name the team that runs it'],
    owner: 'The head of the safety team',
    cost: 'About two weeks of one team per release.',
    ...overrides,
  };
}

async function expectJson<T>(response: Response, status: number): Promise<T> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return JSON.parse(text) as T;
}

/** Starts an experiment (a catalogue test unless `body` says otherwise); expects 201. */
export async function startExperiment(
  t: TestApp,
  body: Record<string, unknown> = { testId: CATALOGUE_TEST },
): Promise<Experiment> {
  return expectJson(await t.app.request(`${API}/experiments`, jsonInit('POST', body)), 201);
}

/** Logs a check-in; expects 200 and gives the updated experiment. */
export async function logCheckIn(
  t: TestApp,
  id: string,
  body: Record<string, unknown> = checkInBody(),
): Promise<Experiment> {
  return expectJson(await t.app.request(`${API}/experiments/${id}/check-ins`, jsonInit('POST', body)), 200);
}

/** Finishes an experiment; expects 200. */
export async function finishExperiment(t: TestApp, id: string, body: unknown = {}): Promise<Experiment> {
  return expectJson(await t.app.request(`${API}/experiments/${id}/finish`, jsonInit('POST', body)), 200);
}

/** Claims a governance topic; expects 201. */
export async function claimTopic(t: TestApp, topicId: string, body?: unknown): Promise<Experiment> {
  const init = body === undefined ? { method: 'POST' } : jsonInit('POST', body);
  return expectJson(await t.app.request(`${API}/topics/${topicId}/claim`, init), 201);
}

/** Saves an ask; expects 201. */
export async function createAsk(t: TestApp, body: Record<string, unknown> = askBody()): Promise<Ask> {
  return expectJson(await t.app.request(`${API}/asks`, jsonInit('POST', body)), 201);
}

/** GETs a JSON resource; expects `status` (200 by default). */
export async function getJson<T>(t: TestApp, path: string, status = 200): Promise<T> {
  return expectJson(await t.app.request(`${API}${path}`), status);
}
