/**
 * A refused form brings the person to the problem: its first invalid field is autofocused (the
 * browser scrolls there and puts the cursor in it, no script needed), a long form lists its
 * problems above its fields with links to them, and fields that must not be blank refuse a value
 * of only spaces in the browser already.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/journal/dates.js';
import { NOT_BLANK } from '../../../src/web/pages/form-errors.js';
import { usePagesApp } from './harness.js';
import { createAsk, startTest } from './journal-builders.js';

const current = usePagesApp();

/** The id of every element with the autofocus attribute, in page order. */
function autofocused(html: string): string[] {
  return [...html.matchAll(/<[a-z]+ [^>]*\bautofocus=""[^>]*>/g)].map(
    ([tag]) => /\bid="([^"]*)"/.exec(tag)?.[1] ?? /\bvalue="([^"]*)"/.exec(tag)?.[1] ?? tag,
  );
}

/** The link targets of the error summary with this id, in order. */
function summaryLinks(html: string, id: string): string[] {
  const start = html.indexOf(`<div class="error-summary" id="${id}">`);
  if (start < 0) return [];
  const summary = html.slice(start, html.indexOf('</div>', start));
  return [...summary.matchAll(/href="#([^"]*)"/g)].map((m) => m[1] ?? '');
}

describe('a refused form', () => {
  it('focuses the first invalid field of the own-design form and lists every problem above it', async () => {
    const { status, html } = await current().post('/experiments', {
      title: '   ',
      path: '',
      weeks: '20',
      deliverable: 'kept',
    });
    expect(status).toBe(400);
    expect(autofocused(html)).toEqual(['own-title']);
    expect(summaryLinks(html, 'own-error-summary')).toEqual(['own-title', 'own-path', 'own-weeks']);
    expect(html).toContain('Nothing was saved. 3 fields need a change:');
    expect(html).toContain('<a href="#own-weeks">Weeks: at most 12 allowed; you gave 20.</a>');
    // The summary comes first in the form, so it is in view with the field it leads to.
    expect(html.indexOf('id="own-error-summary"')).toBeLessThan(html.indexOf('id="own-title"'));
  });

  it('focuses the catalogue picker for a test the catalogue does not have', async () => {
    const { html } = await current().post('/experiments', { testId: 'no-such-test' });
    expect(autofocused(html)).toEqual(['start-test']);
  });

  it('focuses the check-in field that was wrong, with its folded fields open', async () => {
    const app = current();
    const { id } = await startTest(app);
    const future = addDays(app.deps.journal.today(), 2);
    const { html } = await app.post(`/experiments/${id}/check-ins`, {
      from: 'dashboard',
      progress: '2',
      enjoyment: '3',
      date: future,
    });
    expect(autofocused(html)).toEqual([`check-in-${id}-date`]);
    expect(html).toContain('<details class="check-in-extras" open="">');
    // Without progress, the first progress choice takes the focus: arrow keys then pick a level.
    const missing = await app.post(`/experiments/${id}/check-ins`, { from: 'experiment', enjoyment: '3' });
    expect(missing.html).toMatch(/<input type="radio" name="progress" value="0" required="" autofocus=""\/>/);
    expect(autofocused(missing.html)).toHaveLength(1);
  });

  it('focuses the finishing date when it is wrong', async () => {
    const app = current();
    const { id } = await startTest(app);
    const future = addDays(app.deps.journal.today(), 1);
    const { html } = await app.post(`/experiments/${id}/finish`, { reflection: 'kept', finishedOn: future });
    expect(autofocused(html)).toEqual(['finish-date']);
  });

  it('focuses the steps of an ask with too many, listing the problem with a link', async () => {
    const app = current();
    const ask = await createAsk(app);
    const steps = Array.from({ length: 23 }, (_, i) => `step ${i + 1}`).join('\n');
    const { html } = await app.post(`/asks/${ask.id}`, { title: ask.title, ask: ask.ask, steps });
    expect(autofocused(html)).toEqual(['ask-steps']);
    expect(summaryLinks(html, 'ask-error-summary')).toEqual(['ask-steps']);
    expect(html).toContain('Steps: at most 20 allowed; you gave 23.');
  });

  it('focuses the first of several ask fields left blank', async () => {
    const { html } = await current().post('/asks', { title: ' ', ask: '', steps: '' });
    expect(autofocused(html)).toEqual(['ask-title']);
    expect(summaryLinks(html, 'ask-error-summary')).toEqual(['ask-title', 'ask-ask']);
  });
});

describe('a form shown fresh', () => {
  it('takes no focus and lists no problems', async () => {
    const app = current();
    await startTest(app);
    for (const path of ['/experiments', '/asks/new']) {
      const { html } = await app.get(path);
      expect(autofocused(html), path).toEqual([]);
      expect(html, path).not.toContain('class="error-summary"');
    }
  });

  it('refuses a title of only spaces in the browser, saying why', async () => {
    const app = current();
    const pattern =
      'pattern=".*\\S.*" title="Type at least one letter, digit or sign: spaces alone do not count."';
    expect((await app.get('/experiments')).html).toMatch(
      new RegExp(`id="own-title"[^>]*${escapeRegExp(pattern)}`),
    );
    expect((await app.get('/asks/new')).html).toMatch(
      new RegExp(`id="ask-title"[^>]*${escapeRegExp(pattern)}`),
    );
    // A browser anchors the pattern to the whole value and compiles it with the "v" flag.
    const browserFlags = 'v';
    const whole = new RegExp(`^(?:${NOT_BLANK.pattern})$`, browserFlags);
    expect(whole.test('   ')).toBe(false);
    expect(whole.test('  a paper a day ')).toBe(true);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
