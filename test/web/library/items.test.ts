/** Every item of the knowledge base has a page with its title, its details and its passage of the post. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sectionTrail, sectionUrl } from '../../../src/core/kb/links.js';
import { escapeHtml, itemLinks, slice } from './html.js';
import { type LibraryApp, libraryApp } from './library-app.js';

let lib: LibraryApp;
beforeAll(async () => {
  lib = await libraryApp();
});
afterAll(() => lib.close());

const ikb = () => lib.deps.advice.ikb;

describe('item pages', () => {
  it('render every item with its title, kind and a link to its passage of the post', async () => {
    const { items, sections, kb } = ikb();
    expect(items.length).toBeGreaterThan(150);
    for (const { kind, item } of items) {
      const page = await lib.get(`/library/${item.id}`);
      expect(page.status, item.id).toBe(200);
      expect(page.type).toMatch(/^text\/html/);
      expect(page.html.startsWith('<!doctype html>'), item.id).toBe(true);
      expect(page.html, item.id).toContain(`<h1>${escapeHtml(item.title)}</h1>`);
      expect(page.html, item.id).toContain(`data-kind="${kind}"`);
      const section = sections.get(item.section);
      if (!section) throw new Error(`${item.id}: no section ${item.section}`);
      const source = slice(page.html, 'data-testid="source-link"', '</p>');
      expect(source, item.id).toContain('From the post:');
      expect(source, item.id).toContain(`href="${escapeHtml(sectionUrl(kb.source, section))}"`);
      expect(source, item.id).toContain(escapeHtml(sectionTrail(sections, item.section)));
    }
  });

  it('link only to pages that exist, and link back from what they point to', async () => {
    const { items, byId } = ikb();
    for (const { item } of items) {
      const { html } = await lib.get(`/library/${item.id}`);
      for (const id of itemLinks(html)) expect(byId.has(id), `${item.id} links to ${id}`).toBe(true);
    }
    // Saunders et al.'s critiques paper is a key reading of scalable oversight.
    const direction = (await lib.get('/library/scalable-oversight')).html;
    expect(itemLinks(slice(direction, 'data-testid="links-to"', '</section>'))).toContain(
      'saunders2022-critiques',
    );
    const paper = (await lib.get('/library/saunders2022-critiques')).html;
    expect(itemLinks(slice(paper, 'data-testid="linked-from"', '</section>'))).toContain(
      'scalable-oversight',
    );
  });

  it('show a direction with its tier, strands, readings, prerequisites, feedback and critique', async () => {
    const { html } = await lib.get('/library/mechanistic-interpretability');
    expect(html).toContain('href="/map#tier-primary"');
    for (const heading of ['Strands', 'Key readings', 'Where the work is done', 'Prerequisites']) {
      expect(html).toContain(`>${heading}</h2>`);
    }
    expect(html).toContain('Feedback speed');
    expect(html).not.toContain('>Critique</h2>');
    const overrated = (await lib.get('/library/natural-abstractions')).html;
    expect(overrated).toContain('Overrated by newcomers');
    expect(overrated).toContain('>Critique</h2>');
  });

  it('say plainly when a resource link is unidentified or only a best guess', async () => {
    const { kb } = ikb();
    const unresolved = kb.resources.find((r) => r.linkStatus === 'unresolved');
    const unverified = kb.resources.find((r) => r.linkStatus === 'unverified');
    const verified = kb.resources.find((r) => r.linkStatus === 'verified' && r.url !== null);
    if (!unresolved || !unverified || !verified?.url)
      throw new Error('the knowledge base lacks a link status');
    const none = (await lib.get(`/library/${unresolved.id}`)).html;
    expect(slice(none, 'data-testid="resource-link"', '</div>')).toContain('Link not identified');
    const guess = (await lib.get(`/library/${unverified.id}`)).html;
    expect(slice(guess, 'data-testid="resource-link"', '</div>')).toContain('Best-guess link (not verified)');
    const sure = (await lib.get(`/library/${verified.id}`)).html;
    const link = slice(sure, 'data-testid="resource-link"', '</div>');
    expect(link).toContain(`href="${escapeHtml(verified.url)}"`);
    expect(link).not.toContain('Best-guess');
    for (const author of verified.authors) expect(sure).toContain(escapeHtml(author));
  });

  it('show a topic in its cluster, a path with its fit tests, a track with its steps, a principle with its scope', async () => {
    const topic = (await lib.get('/library/gpu-tamper-evident-logging')).html;
    expect(topic).toContain('Topic 1 of 8 in <a href="/library/compute-governance">Compute governance</a>');
    const path = (await lib.get('/library/alignment-research')).html;
    expect(path).toContain('>Test your fit</h2>');
    expect(path).toContain('Deliverable:');
    const track = (await lib.get('/library/empirical-upskilling-track')).html;
    expect(track).toContain('>Steps, in order</h2>');
    expect(track).toContain('id="step-mlab"');
    expect(track).toContain('href="/library/alignment-research"');
    const principle = ikb().kb.principles[0];
    if (!principle) throw new Error('no principles');
    const page = (await lib.get(`/library/${principle.id}`)).html;
    expect(page).toContain('>Applies to</h2>');
    expect(page).toContain('Career stages');
  });
});

describe('profile values on item pages', () => {
  it('are shown in words, never as slugs', async () => {
    const topic = (await lib.get('/library/global-gpu-tracking')).html;
    expect(topic).toContain(
      '<dd>Computer hardware, engineering, international relations, public policy</dd>',
    );
    expect(topic).toContain('<dd>Policy and politics, reading and studying, writing</dd>');
    expect(topic).not.toContain('international-relations');
    const path = (await lib.get('/library/alignment-research')).html;
    expect(path).toContain('<dd>Coding, machine learning, research, math</dd>');
    expect(path).toContain('<dd>Running experiments, writing code, theory and big ideas</dd>');
    const principle = (await lib.get('/library/advocacy-needs-technical-grounding')).html;
    expect(principle).toContain('<a href="/library/communications">Communications</a>');
    expect(principle).toContain('<a href="/library/field-building">Field-building</a>');
  });
});

describe('fit tests', () => {
  it('are listed on their path page, first catalogue test first, each linking to its own page', async () => {
    const tests = ikb().kb.fitTests.filter((t) => t.path === 'lab-governance');
    const part = slice((await lib.get('/library/lab-governance')).html, '>Test your fit</h2>', '</ol>');
    const links = itemLinks(part);
    expect(links).toEqual(tests.map((t) => t.id));
  });

  it('have a page with the time box, the deliverable, signs of going well, what to log and how to start', async () => {
    const test = ikb().kb.fitTests.find((t) => t.id === 'toy-debate-or-critique-experiment');
    if (!test) throw new Error('the catalogue lacks the toy debate test');
    const { html } = await lib.get(`/library/${test.id}`);
    expect(html).toContain('<p class="eyebrow">Fit test</p>');
    expect(html).toContain('href="/library/scalable-oversight"');
    expect(html).toContain(`${test.weeks} weeks`);
    for (const heading of ['Deliverable', 'It is going well if', 'At each check-in, note', 'Start from']) {
      expect(html).toContain(`>${heading}</h2>`);
    }
    for (const text of [...test.goingWell, ...test.log]) expect(html).toContain(escapeHtml(text));
    expect(html).toContain(`lever experiment start ${test.id}`);
  });

  it('can be browsed as their own kind in the library', async () => {
    const { html } = await lib.get('/library?kind=fit-test');
    expect(html).toContain('<option value="fit-test" selected="">Fit tests</option>');
    for (const test of ikb().kb.fitTests) expect(html).toContain(`href="/library/${test.id}"`);
  });
});

describe('an unknown id', () => {
  it('answers 404 with links to the closest items', async () => {
    const page = await lib.get('/library/toy-model-superpositon');
    expect(page.status).toBe(404);
    const suggestions = itemLinks(slice(page.html, 'data-testid="suggestions"', '</section>'));
    expect(suggestions[0]).toBe('elhage2022-toy-models-superposition');
    expect(page.html).toContain('href="/library?q=toy%20model%20superpositon"');
  });

  it('shows what was asked for escaped', async () => {
    const page = await lib.get(`/library/${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(page.status).toBe(404);
    expect(page.html).not.toContain('<script>alert(1)');
    expect(page.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
