/** Home and questionnaire: each page renders with the key content, complete without JavaScript. */
import { describe, expect, it } from 'vitest';
import { PROFILE_QUESTIONS } from '../../../src/core/profile/schema.js';
import { SKILLS } from '../../../src/core/vocabulary.js';
import { FULL_PROFILE, hrefs, planPath, usePagesApp } from './harness.js';

const current = usePagesApp();

describe('home page', () => {
  it('says what Lever is and offers both ways in: the questions and exploring', async () => {
    const { status, html, headers } = await current().get('/');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/i);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<h1 id="home-heading">');
    expect(html).toMatch(/explain/i);
    expect(html).toMatch(/fit test/i);
    expect(html).toContain('stays with you');
    for (const href of ['/start', '/map', '/library']) expect(hrefs(html)).toContain(href);
  });

  it('has the shared frame: skip link, main navigation with the current page, main, footer linking the post', async () => {
    const { html } = await current().get('/');
    expect(html).toContain('<a class="skip-link" href="#main">');
    expect(html).toContain('<nav class="site-nav" aria-label="Main">');
    expect(html).toContain('<a href="/" aria-current="page">Home</a>');
    for (const label of ['Get my plan', 'Saved profiles', 'Field map', 'Library'])
      expect(html).toContain(`>${label}</a>`);
    expect(html).toContain('<main id="main"');
    expect(html).toContain(
      'href="https://www.lesswrong.com/posts/ho63vCb2MNFijinzY/agi-safety-career-advice"',
    );
  });

  it('describes the field map by what it shows: directions, tracks and governance topics', async () => {
    const { html } = await current().get('/');
    expect(html).toMatch(/The field map<\/a>: the research directions [^<]*tracks[^<]*governance topics/);
    expect(html).not.toContain('paths into AGI safety');
  });

  it('offers the saved profiles once there are some', async () => {
    const app = current();
    expect((await app.get('/')).html).not.toContain('Open your saved profile');
    await app.store.createProfile({ name: 'me now', profile: {} });
    expect((await app.get('/')).html).toContain('Open your saved profile');
  });
});

describe('questionnaire', () => {
  it('asks every question of the profile contract as a form that GETs /plan', async () => {
    const { status, html } = await current().get('/start');
    expect(status).toBe(200);
    expect(html).toContain('<form id="questionnaire" class="questionnaire" method="get" action="/plan"');
    for (const field of PROFILE_QUESTIONS.filter((f) => f !== 'history')) {
      expect(html).toContain(`name="${field}"`);
      expect(html).toContain(`id="q-${field.replace('.', '-')}"`);
    }
    for (const part of ['activity', 'months', 'progress', 'enjoyment'])
      expect(html).toContain(`name="history.0.${part}"`);
    expect(html).toContain('name="notes"');
    expect(html).toContain('<button type="submit" class="primary large">See my plan</button>');
  });

  it('groups the questions in six steps, each a section with a focusable heading', async () => {
    const { html } = await current().get('/start');
    const headings = [...html.matchAll(/<h2 id="step-([a-z]+)-heading" tabindex="-1">/g)].map((m) => m[1]);
    expect(headings).toEqual(['about', 'skills', 'enjoy', 'experience', 'direction', 'tried']);
    expect(html).toContain('<p id="step-status" aria-live="polite"></p>');
  });

  it('rates skills 0–4 with named levels, each question a fieldset with a legend and a skip', async () => {
    const { html } = await current().get('/start');
    for (const skill of SKILLS)
      expect(html).toContain(`<fieldset class="question" id="q-skills-${skill}"><legend>`);
    for (const level of ['0 none', '1 basic', '2 working', '3 strong', '4 expert'])
      expect(html).toContain(level);
    expect(html).toContain('<input type="radio" name="skills.coding" value=""/><span>Skip</span>');
  });

  it('keeps the stepping controls hidden, so the form is one long page without JavaScript', async () => {
    const { html } = await current().get('/start');
    expect(html).toContain('<div class="step-progress" hidden="">');
    expect(html).toContain('<div class="step-nav" hidden="">');
    expect(html).toContain('<button type="button" id="add-history-row" hidden="">');
    expect(html).toContain('<script type="module" src="/assets/questionnaire.js?v=');
  });

  it('fills the answers in again from a plan link, marked so they win over answers kept in the browser', async () => {
    const { status, html } = await current().get(planPath(FULL_PROFILE).replace('/plan', '/start'));
    expect(status).toBe(200);
    expect(html).toContain('data-prefilled="true"');
    expect(html).toContain('<input type="radio" name="stage" value="student" checked=""/>');
    expect(html).toContain('<input type="checkbox" name="background" value="physics" checked=""/>');
    expect(html).toContain('<input type="radio" name="skills.math" value="4" checked=""/>');
    expect(html).toContain('<option value="alignment-research" selected="">');
    expect(html).toContain('name="history.1.activity"');
  });

  it('answers a broken link to the questionnaire with the problems page', async () => {
    const { status, html } = await current().get('/start?p=***');
    expect(status).toBe(400);
    expect(html).toContain('<code>p</code>');
  });
});
