/** GET /api/v1/search: ranked results, the CLI's, with its parameters validated. */
import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULT_LIMIT } from '../../../src/web/api/schemas.js';
import { lever } from '../../cli/run-lever.js';
import { errorOf, useTestApp } from './harness.js';

interface Result {
  id: string;
  kind: string;
  title: string;
  score: number;
}

describe('GET /api/v1/search', () => {
  const current = useTestApp();
  const get = async (query: string) => current().app.request(`/api/v1/search?${query}`);

  it('returns the same results as "lever search --json", best first', async () => {
    const response = await get('q=interpretability');
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toBe(lever(['search', 'interpretability', '--json']).stdout);
    const results = JSON.parse(text) as Result[];
    expect(results[0]?.id).toBe('mechanistic-interpretability');
    expect(results.length).toBeLessThanOrEqual(SEARCH_DEFAULT_LIMIT);
  });

  it('tolerates typos', async () => {
    const results = (await (await get('q=interpretabilty')).json()) as Result[];
    expect(results.map((r) => r.id)).toContain('mechanistic-interpretability');
  });

  it('filters by kind, repeated or comma-separated, and honours the limit', async () => {
    for (const query of ['q=research&kind=resource&kind=topic', 'q=research&kind=resource,topic']) {
      const results = (await (await get(`${query}&limit=5`)).json()) as Result[];
      expect(results.length).toBeGreaterThan(0);
      expect(results.length).toBeLessThanOrEqual(5);
      for (const result of results) expect(['resource', 'topic']).toContain(result.kind);
    }
  });

  it('finds nothing for an empty query', async () => {
    expect(await (await get('q=')).json()).toEqual([]);
  });

  it.each([
    ['a missing q', 'kind=topic', 'q'],
    ['an unknown kind', 'q=x&kind=pizza', 'kind[0]'],
    ['a limit that is not a number', 'q=x&limit=lots', 'limit'],
    ['a limit out of range', 'q=x&limit=0', 'limit'],
    ['a repeated q', 'q=a&q=b', 'q'],
    ['an unknown parameter', 'q=x&sort=new', ''],
  ])('rejects %s with 400 naming the parameter', async (_, query, path) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('invalid_input');
    expect(error.issues.map((issue) => issue.path)).toContain(path);
  });

  it('rejects POST with 405', async () => {
    expect((await current().app.request('/api/v1/search?q=x', { method: 'POST' })).status).toBe(405);
  });
});
