/** The plan page, its link (?p=), the form conversion, problems, and the Markdown and JSON downloads. */
import { describe, expect, it } from 'vitest';
import { formatPlan } from '../../../src/cli/plan-output.js';
import { advise } from '../../../src/core/advice/advise.js';
import { WHEN_LABELS } from '../../../src/core/plan/labels.js';
import { renderPlanMarkdown } from '../../../src/core/plan/markdown.js';
import type { Profile } from '../../../src/core/profile/schema.js';
import { decodeProfileParam, encodeProfileParam } from '../../../src/web/pages/profile-param.js';
import { escaped, FULL_PROFILE, hrefs, type PagesApp, planPath, usePagesApp } from './harness.js';

const current = usePagesApp();

const planOf = (app: PagesApp, profile: Profile) => advise(profile, app.deps.advice);

/** The profile a /plan?p=… location carries. */
function profileAt(location: string | null): Profile {
  const p = new URL(location ?? '', 'http://localhost').searchParams.get('p') ?? '';
  const decoded = decodeProfileParam(p);
  if (!decoded.ok) throw new Error(`not a plan link: ${location}`);
  return decoded.value;
}

describe('GET /plan?p=…', () => {
  it('renders the summary, then this week first, then the other steps by when, then where the person fits', async () => {
    const app = current();
    const plan = planOf(app, FULL_PROFILE);
    const { status, html } = await app.get(planPath(FULL_PROFILE));
    expect(status).toBe(200);
    expect(html).toContain(`<p class="summary" id="summary">${escaped(plan.summary)}</p>`);
    const groups = [...html.matchAll(/<h3 id="when-([a-z-]+)-heading">/g)].map((m) => m[1]);
    expect(groups[0]).toBe('this-week');
    const order = Object.keys(WHEN_LABELS);
    expect(groups).toEqual(order.filter((when) => groups.includes(when)));
    for (const step of plan.steps) expect(html).toContain(`<h4>${escaped(step.title)}</h4>`);
    expect(html.indexOf('id="steps-heading"')).toBeLessThan(html.indexOf('id="paths-heading"'));
  });

  it('shows every path with its fit and plausible range, the best ones with reasons and signals', async () => {
    const app = current();
    const plan = planOf(app, FULL_PROFILE);
    const { html } = await app.get(planPath(FULL_PROFILE));
    for (const path of plan.paths)
      expect(html).toContain(`<a href="/library/${path.id}">${escaped(path.title)}</a>`);
    const best = plan.paths[0];
    if (!best?.signal) throw new Error('the example profile should give its best path a signal');
    expect(html).toContain(`id="path-${best.id}"`);
    expect(html).toContain(escaped(best.signal.text));
    expect(html).toContain('<svg class="fit-bar"');
    expect(html).toMatch(/<rect class="fit-range" x="[\d.]+" y="0" width="[\d.]+" height="10"/);
    expect(html).toContain(
      `${Math.round(best.fit * 100)}%<span class="visually-hidden"> personal fit, plausible range`,
    );
  });

  it('links every why to the principle page and to the passage of the post', async () => {
    const app = current();
    const plan = planOf(app, FULL_PROFILE);
    const links = hrefs((await app.get(planPath(FULL_PROFILE))).html);
    expect(plan.principles.length).toBeGreaterThan(0);
    for (const principle of plan.principles) {
      expect(links).toContain(`/library/${principle.id}`);
      expect(links).toContain(principle.url);
    }
  });

  it('shows directions, fit tests, readings and cautions, the cautions clearly marked', async () => {
    const app = current();
    const plan = planOf(app, FULL_PROFILE);
    const { html } = await app.get(planPath(FULL_PROFILE));
    for (const id of ['directions', 'fit-tests', 'reading', 'cautions'])
      expect(html).toContain(`<section id="${id}"`);
    for (const test of plan.fitTests) expect(html).toContain(`<h3>${escaped(test.title)}</h3>`);
    for (const item of plan.readingList) expect(hrefs(html)).toContain(item.url);
    expect(plan.cautions.length).toBeGreaterThan(0);
    const marked =
      html.match(/<div class="callout caution" role="note"><p><span class="callout-label">/g) ?? [];
    expect(marked.length).toBe(plan.cautions.length);
  });

  it('shows governance topics when the plan has some, and leaves the section out when it has none', async () => {
    const app = current();
    const governance: Profile = {
      background: ['policy'],
      leaning: 'governance-research',
      interests: ['compute-governance'],
    };
    const plan = planOf(app, governance);
    expect(plan.governanceTopics.length).toBeGreaterThan(0);
    const { html } = await app.get(planPath(governance));
    for (const topic of plan.governanceTopics)
      expect(html).toContain(`<a class="item-title" href="/library/${topic.id}">`);
    expect(planOf(app, FULL_PROFILE).governanceTopics).toEqual([]);
    expect((await app.get(planPath(FULL_PROFILE))).html).not.toContain('<section id="topics"');
  });

  it('lists the skipped questions, each linking back to its question with the answers filled in', async () => {
    const app = current();
    const partial: Profile = { stage: 'student' };
    const p = encodeProfileParam(partial);
    const { html } = await app.get(planPath(partial));
    const plan = planOf(app, partial);
    expect(plan.missing).toContain('skills.coding');
    for (const field of plan.missing)
      expect(hrefs(html)).toContain(`/start?p=${p}#q-${field.replace('.', '-')}`);
  });

  it('shows the share link (the page itself), the save form, and the downloads', async () => {
    const app = current();
    const p = encodeProfileParam(FULL_PROFILE);
    const { html } = await app.get(planPath(FULL_PROFILE));
    expect(html).toContain(
      `<input type="text" id="share-url" readonly="" value="http://localhost/plan?p=${p}"/>`,
    );
    expect(html).toContain('<form class="save-form" id="save-form" method="post" action="/profiles"');
    expect(html).toContain(`<input type="hidden" name="p" value="${p}"/>`);
    expect(hrefs(html)).toContain(`/plan.md?p=${p}`);
    expect(hrefs(html)).toContain(`/plan.json?p=${p}`);
    expect(html).toContain('<button type="button" class="button" id="print-plan" hidden="">Print</button>');
  });

  it('round-trips the profile: the link carries exactly the answers given', async () => {
    const app = current();
    const { html } = await app.get(planPath(FULL_PROFILE));
    const share = /id="share-url" readonly="" value="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(profileAt(share.replace(/&amp;/g, '&'))).toEqual(FULL_PROFILE);
  });
});

describe('GET /plan from the questionnaire form (no JavaScript)', () => {
  it('converts the plain fields and redirects to the canonical ?p= link', async () => {
    const app = current();
    const response = await app.app.request(
      '/plan?stage=student&background=physics&skills.math=4&skills.coding=&corporateExperience=false&history.0.activity=&notes=',
    );
    expect(response.status).toBe(303);
    const location = response.headers.get('location');
    expect(location).toMatch(/^\/plan\?p=[A-Za-z0-9_-]+$/);
    expect(profileAt(location)).toEqual({
      stage: 'student',
      background: ['physics'],
      skills: { math: 4 },
      corporateExperience: false,
    });
    expect((await app.get(location ?? '')).status).toBe(200);
  });

  it('sends a bare /plan to the questionnaire', async () => {
    const response = await current().app.request('/plan');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/start');
  });
});

describe('invalid input', () => {
  it('answers a hand-edited form link with the questionnaire again, naming each field, value and what is allowed', async () => {
    const { status, html } = await current().get('/plan?stage=astronaut&skills.coding=9&colour=blue');
    expect(status).toBe(400);
    expect(html).toContain('<h2 id="error-summary-heading">3 answers need a change</h2>');
    expect(html).toContain(
      '<a href="#q-stage">Career stage: pick one of the answers offered, or Skip; “astronaut” is not one of them.</a>',
    );
    expect(html).toContain(
      '<a href="#q-skills-coding">Coding skill: pick one of the answers offered, or Skip; 9 is not one of them.</a>',
    );
    expect(html).toContain(
      '<li>Lever does not ask a question called “colour”, so that answer cannot be kept.</li>',
    );
    expect(html).toContain('<form id="questionnaire"');
  });

  it('names the field of an invalid profile inside a well-formed link', async () => {
    const p = Buffer.from(JSON.stringify({ skills: { coding: 7 } })).toString('base64url');
    const { status, html } = await current().get(`/plan?p=${p}`);
    expect(status).toBe(400);
    expect(html).toContain('(<code>skills.coding</code>): 7 is too large; at most 4 allowed');
  });

  it('explains a link that is cut short or is not a profile at all', async () => {
    for (const p of ['not*base64', 'bm90IGpzb24', '']) {
      const { status, html } = await current().get(`/plan?p=${p}`);
      expect(status).toBe(400);
      expect(html).toContain('<strong>the profile link</strong> (<code>p</code>)');
    }
  });
});

describe('downloads', () => {
  it('gives the plan as Markdown, as the shared renderer writes it, to save as a file', async () => {
    const app = current();
    const response = await app.app.request(`/plan.md?p=${encodeProfileParam(FULL_PROFILE)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="lever-plan.md"');
    expect(await response.text()).toBe(renderPlanMarkdown(planOf(app, FULL_PROFILE)));
  });

  it('gives the plan as JSON, byte for byte what the API and `lever advise --json` give', async () => {
    const app = current();
    const response = await app.app.request(`/plan.json?p=${encodeProfileParam(FULL_PROFILE)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="lever-plan.json"');
    const bytes = await response.text();
    const api = await app.app.request('/api/v1/advice', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(FULL_PROFILE),
    });
    expect(bytes).toBe(await api.text());
    // What the CLI prints: its JSON formatter, plus the newline `print` ends every output with.
    expect(bytes).toBe(`${await formatPlan(planOf(app, FULL_PROFILE), 'json')}\n`);
  });

  it('answers a broken link with the problems page, not an empty download', async () => {
    for (const path of ['/plan.md', '/plan.json?p=%%%']) {
      const { status, html } = await current().get(path);
      expect(status).toBe(400);
      expect(html).toContain('<code>p</code>');
    }
  });
});
