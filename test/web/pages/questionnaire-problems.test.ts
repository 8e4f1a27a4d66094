/**
 * A questionnaire sent with answers that need a change comes back as the questionnaire (400): the
 * answers kept, a summary at the top linking each problem to its field, and each field marked with
 * its message beside it, in words that name the question. A broken `?p=` link keeps its own page.
 */
import { describe, expect, it } from 'vitest';
import { hrefs, usePagesApp } from './harness.js';

const current = usePagesApp();

/** The form a person sends: −2 years of research, and a row of "what you have tried" left half done. */
const HALF_DONE = new URLSearchParams([
  ['stage', 'student'],
  ['researchExperienceYears', '-2'],
  ['history.0.activity', 'policy'],
  ['history.0.months', '3'],
  ['history.0.progress', ''],
  ['history.0.enjoyment', ''],
  ['history.1.activity', ''],
  ['history.1.months', ''],
  ['notes', 'Ask Sam about <the fellowship> & deadlines'],
]);

/** The opening tag of the element with this id. */
function tagWithId(html: string, id: string): string {
  const tag = new RegExp(`<[a-z]+ [^>]*\\bid="${id.replace(/\./g, '\\.')}"[^>]*>`).exec(html)?.[0];
  if (!tag) throw new Error(`no element with id ${id}`);
  return tag;
}

/** The text of the element with this id (markup removed). */
function textOf(html: string, id: string): string {
  const start = html.indexOf(tagWithId(html, id));
  const end = html.indexOf('</', start);
  return html.slice(start, end).replace(/<[^>]+>/g, '');
}

/** The error summary's section. */
function summaryOf(html: string): string {
  const start = html.indexOf('<section class="notice error measure" id="error-summary"');
  if (start < 0) throw new Error('no error summary');
  return html.slice(start, html.indexOf('</section>', start));
}

/** Checks that a field is marked invalid and described by a message beside it; returns the message. */
function expectMarked(html: string, fieldId: string): string {
  const tag = tagWithId(html, fieldId);
  expect(tag).toContain('aria-invalid="true"');
  const describedBy = /aria-describedby="([^"]+)"/.exec(tag)?.[1]?.split(' ') ?? [];
  const messageId = describedBy.find((id) => id.endsWith('-error'));
  if (!messageId) throw new Error(`${fieldId} is not described by an error message`);
  expect(tagWithId(html, messageId)).toContain('class="field-error"');
  return textOf(html, messageId);
}

describe('the questionnaire sent with answers that need a change', () => {
  it('comes back as the questionnaire with the answers kept, not as a broken-link page', async () => {
    const { status, html } = await current().get(`/plan?${HALF_DONE}`);
    expect(status).toBe(400);
    expect(html).toContain('<form id="questionnaire" class="questionnaire" method="get" action="/plan"');
    expect(html).toContain('<title>Some answers need a change · Get my plan · Lever</title>');
    expect(html).not.toContain('cut short');
    expect(html).not.toContain('edited by hand');
    // Everything typed is still there, the invalid answers too, for the person to change.
    expect(html).toContain('<input type="radio" name="stage" value="student" checked=""/>');
    expect(tagWithId(html, 'q-researchExperienceYears-input')).toContain('value="-2"');
    expect(html).toContain('<option value="policy" selected="">');
    expect(tagWithId(html, 'history.0.months')).toContain('value="3"');
    expect(html).toContain('Ask Sam about &lt;the fellowship&gt; &amp; deadlines</textarea>');
    // Not marked as a plan's answers: changes made since, kept in the browser, survive a reload.
    expect(html).not.toContain('data-prefilled');
  });

  it('summarises the problems at the top, each a link to its field, and takes focus there', async () => {
    const { html } = await current().get(`/plan?${HALF_DONE}`);
    const summary = summaryOf(html);
    expect(html.indexOf(summary)).toBeLessThan(html.indexOf('<form id="questionnaire"'));
    expect(tagWithId(html, 'error-summary')).toMatch(/tabindex="-1" autofocus=""/);
    expect(summary).toContain('<h2 id="error-summary-heading">3 answers need a change</h2>');
    expect(hrefs(summary)).toEqual([
      '#q-researchExperienceYears-input',
      '#history.0.progress',
      '#history.0.enjoyment',
    ]);
    for (const target of hrefs(summary)) expect(() => tagWithId(html, target.slice(1))).not.toThrow();
  });

  it('marks each invalid field, its message beside it naming the question and what is allowed', async () => {
    const { html } = await current().get(`/plan?${HALF_DONE}`);
    expect(expectMarked(html, 'q-researchExperienceYears-input')).toBe(
      'Years of research experience must be a number from 0 to 70 (you entered -2). Leave it empty to skip the question.',
    );
    expect(expectMarked(html, 'history.0.progress')).toBe(
      'Something you tried (1): “How well did it go?” is not answered. Answer it, or empty the whole row to skip it.',
    );
    expect(expectMarked(html, 'history.0.enjoyment')).toContain(
      '“How much did you enjoy it?” is not answered',
    );
    // The answered parts of the row, and the questions answered well, are not marked.
    for (const id of ['history.0.activity', 'history.0.months', 'notes'])
      expect(tagWithId(html, id)).not.toContain('aria-invalid');
    expect(html.match(/aria-invalid="true"/g)).toHaveLength(3);
    // Plain words only: no schema paths in what the person reads.
    const text = html.replace(/<[^>]+>/g, ' ');
    expect(text).not.toMatch(/history\[\d\]|is required|expected a number/);
  });

  it('names the row the person sees when empty rows come before it', async () => {
    const { html } = await current().get(
      '/plan?history.0.activity=&history.1.activity=evaluations&history.1.months=&history.1.progress=2&history.1.enjoyment=4',
    );
    expect(hrefs(summaryOf(html))).toEqual(['#history.1.months']);
    expect(expectMarked(html, 'history.1.months')).toBe(
      'Something you tried (2): “For how many months?” is not answered. Answer it, or empty the whole row to skip it.',
    );
  });

  it('says what a hand-edited field allows, and lists a field the form does not have without a link', async () => {
    const { status, html } = await current().get(
      '/plan?stage=astronaut&skills.coding=9&history.0.activity=policy&history.0.months=six&history.0.progress=2&history.0.enjoyment=2&colour=blue',
    );
    expect(status).toBe(400);
    const summary = summaryOf(html);
    expect(hrefs(summary)).toEqual(['#q-stage', '#q-skills-coding', '#history.0.months']);
    expect(textOf(html, 'q-stage-error')).toBe(
      'Career stage: pick one of the answers offered, or Skip; “astronaut” is not one of them.',
    );
    expect(tagWithId(html, 'q-stage')).toContain('aria-describedby="q-stage-error"');
    expect(html).toContain('<input type="radio" name="stage" value="student" aria-invalid="true"/>');
    expect(textOf(html, 'q-skills-coding-error')).toBe(
      'Coding skill: pick one of the answers offered, or Skip; 9 is not one of them.',
    );
    expect(expectMarked(html, 'history.0.months')).toBe(
      'Something you tried (1): “For how many months?” must be a number from 0 to 600 (you entered “six”).',
    );
    expect(summary).toContain(
      '<li>Lever does not ask a question called “colour”, so that answer cannot be kept.</li>',
    );
  });

  it('names notes that are too long along with the other problems, keeping every character', async () => {
    const notes = 'n'.repeat(5001);
    const { html } = await current().get(`/plan?researchExperienceYears=99&notes=${notes}`);
    expect(hrefs(summaryOf(html))).toEqual(['#q-researchExperienceYears-input', '#notes']);
    expect(expectMarked(html, 'notes')).toBe(
      'Notes for yourself can be at most 5,000 characters; yours have 5,001. Shorten them to see your plan.',
    );
    expect(html).toContain(`>${notes}</textarea>`);
  });

  it('still answers a broken ?p= link with the page about links cut short', async () => {
    const { status, html } = await current().get('/plan?p=bm90IGpzb24');
    expect(status).toBe(400);
    expect(html).toContain('This usually means a link was cut short or edited by hand');
    expect(html).not.toContain('id="error-summary"');
  });
});

describe("the questionnaire's own rules", () => {
  it('asks for numbers of at least 0, and says what is allowed before anything is sent', async () => {
    const { html } = await current().get('/start');
    expect(tagWithId(html, 'q-researchExperienceYears-input')).toContain('min="0" max="70"');
    expect(textOf(html, 'q-researchExperienceYears-input-hint')).toBe(
      'A number from 0 to 70. Leave it empty to skip.',
    );
    expect(tagWithId(html, 'history.0.months')).toContain('min="0" max="600"');
    expect(html).not.toContain('aria-invalid');
    expect(html).not.toContain('id="error-summary"');
  });

  it('says that a row of what was tried needs all four answers, or none', async () => {
    const { html } = await current().get('/start');
    expect(html).toContain(
      'Fill in one row per thing you tried, with all four answers. Leave a row empty to skip it.',
    );
  });
});
