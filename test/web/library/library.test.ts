/** The library page: browsing everything, searching as the CLI does, and filtering, all without JavaScript. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESULTS_FRAGMENT_PATH } from '../../../src/web/pages/library/routes.js';
import { resultIds, slice } from './html.js';
import { type LibraryApp, libraryApp } from './library-app.js';

let lib: LibraryApp;
beforeAll(async () => {
  lib = await libraryApp();
});
afterAll(() => lib.close());

const ikb = () => lib.deps.advice.ikb;
const TOY_MODELS = 'elhage2022-toy-models-superposition';

describe('the library', () => {
  it('lists every item when nothing is searched', async () => {
    const page = await lib.get('/library');
    expect(page.status).toBe(200);
    expect(page.html).toContain('<form class="library-form" method="get" action="/library"');
    const ids = resultIds(page.html);
    expect(ids.sort()).toEqual(
      ikb()
        .items.map((entry) => entry.item.id)
        .sort(),
    );
    expect(page.html).toContain(`${ikb().items.length} items.`);
  });

  it('finds the toy-models paper first for "superposition", even misspelt or unfinished', async () => {
    for (const q of ['superposition', 'superpositon', 'superpos']) {
      const { status, html } = await lib.get(`/library?q=${q}`);
      expect(status).toBe(200);
      expect(resultIds(html)[0], q).toBe(TOY_MODELS);
      expect(html).toContain(`value="${q}"`);
    }
  });

  it('says when nothing matches', async () => {
    const { html } = await lib.get('/library?q=zzzzqqqq');
    expect(resultIds(html)).toEqual([]);
    expect(html).toContain('No items match “zzzzqqqq”');
  });

  it('filters by kind, keeping the ranking', async () => {
    const { html } = await lib.get('/library?q=interpretability&kind=resource');
    const ids = resultIds(html);
    expect(ids.length).toBeGreaterThan(1);
    for (const id of ids) expect(ikb().byId.get(id)?.kind, id).toBe('resource');
    expect(html).toContain('<option value="resource" selected="">');
    const all = resultIds((await lib.get('/library?q=interpretability')).html);
    expect(all.filter((id) => ids.includes(id))).toEqual(ids);
  });

  it('filters by direction: the direction, its readings and what points to it', async () => {
    const ids = resultIds((await lib.get('/library?direction=mechanistic-interpretability')).html);
    expect(ids).toContain('mechanistic-interpretability');
    expect(ids).toContain(TOY_MODELS);
    expect(ids).not.toContain('gpu-tamper-evident-logging');
    // A neighbouring direction is in, but not that direction's own readings.
    expect(ids).toContain('scalable-oversight');
    expect(ids).not.toContain('irving2018-debate');
  });

  it('filters by cluster: the cluster, its eight topics and their readings', async () => {
    const ids = resultIds((await lib.get('/library?cluster=compute-governance&kind=topic')).html);
    const topics = ikb().kb.topics.filter((t) => t.cluster === 'compute-governance');
    expect(topics).toHaveLength(8);
    expect(ids.sort()).toEqual(topics.map((t) => t.id).sort());
    const everything = resultIds((await lib.get('/library?cluster=compute-governance')).html);
    expect(everything).toContain('compute-governance');
    expect(everything).toContain('shavit2023-chinchilla');
  });

  it('combines filters with a search', async () => {
    const ids = resultIds((await lib.get('/library?q=export&cluster=policy-and-society&kind=topic')).html);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const entry = ikb().byId.get(id);
      expect(entry?.kind === 'topic' && entry.item.cluster, id).toBe('policy-and-society');
    }
  });

  it('rejects an unknown filter value with a 400 that names it, and shows everything else', async () => {
    const page = await lib.get('/library?kind=paper&q=debate');
    expect(page.status).toBe(400);
    const problems = slice(page.html, 'data-testid="library-problems"', '</div>');
    expect(problems).toContain('<code>kind</code>');
    expect(problems).toContain('unknown kind &quot;paper&quot;');
    expect(resultIds(page.html)[0]).toBeDefined();
  });

  it('escapes HTML typed into the search', async () => {
    const q = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const page = await lib.get(`/library?q=${encodeURIComponent(q)}&kind=${encodeURIComponent('<b>')}`);
    expect(page.html).not.toContain('<script>alert');
    expect(page.html).not.toContain('<img src=x');
    expect(page.html).not.toContain('<b>');
    expect(page.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });
});

describe('the results fragment the search island fetches', () => {
  it('holds exactly the results region of the full page, with its status line', async () => {
    const query = '?q=debate&kind=resource';
    const fragment = await lib.get(`${RESULTS_FRAGMENT_PATH}${query}`);
    const page = await lib.get(`/library${query}`);
    expect(fragment.status).toBe(200);
    expect(fragment.html).toMatch(/^<div id="library-results"/);
    expect(page.html).toContain(fragment.html);
    expect(fragment.html).toMatch(/data-status="\d+ items match “debate” with these filters, best first\."/);
  });
});
