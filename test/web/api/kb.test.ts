/** GET /api/v1/kb and /api/v1/kb/{id}: the knowledge base and its items, as the CLI prints them. */
import { describe, expect, it } from 'vitest';
import { lever } from '../../cli/run-lever.js';
import { errorOf, useTestApp } from './harness.js';

describe('GET /api/v1/kb', () => {
  const current = useTestApp();

  it('returns the whole knowledge base, the same bytes as "lever kb --json"', async () => {
    const response = await current().app.request('/api/v1/kb');
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toBe(lever(['kb', '--json']).stdout);
    const kb = JSON.parse(text) as { directions: unknown[]; topics: unknown[] };
    expect(kb.directions).toHaveLength(9);
    expect(kb.topics).toHaveLength(24);
  });
});

describe('GET /api/v1/kb/{id}', () => {
  const current = useTestApp();

  it('returns the item with its kind, section link and backlinks, as "lever show ID --json" does', async () => {
    const response = await current().app.request('/api/v1/kb/arena');
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toBe(lever(['show', 'arena', '--json']).stdout);
    const view = JSON.parse(text) as {
      kind: string;
      item: { id: string };
      section: { url: string } | null;
      backlinks: { id: string }[];
    };
    expect(view.kind).toBe('resource');
    expect(view.item.id).toBe('arena');
    expect(view.section?.url).toMatch(/^https:\/\//);
    expect(view.backlinks.length).toBeGreaterThan(0);
  });

  it('accepts an id in any case', async () => {
    const response = await current().app.request('/api/v1/kb/Mechanistic-Interpretability');
    expect(response.status).toBe(200);
    expect(((await response.json()) as { kind: string }).kind).toBe('direction');
  });

  it('answers an unknown id with 404 and the closest ids', async () => {
    const response = await current().app.request('/api/v1/kb/arna');
    expect(response.status).toBe(404);
    const error = await errorOf(response);
    expect(error.code).toBe('not_found');
    expect(error.message).toContain('"arna"');
    expect(error.suggestions).toContain('arena');
  });

  it('rejects other methods with 405', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const response = await current().app.request('/api/v1/kb/arena', { method });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
    }
  });
});
