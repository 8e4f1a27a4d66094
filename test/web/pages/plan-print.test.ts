/**
 * What a printed plan leaves out (the print stylesheet hides `.no-print`): the answers, which sit
 * in a disclosure that would print closed, and everything about this Lever rather than the plan.
 */
import { describe, expect, it } from 'vitest';
import { FULL_PROFILE, planPath, usePagesApp } from './harness.js';

const current = usePagesApp();

describe('the plan page on paper', () => {
  it('leaves out the answers disclosure and the save and share section', async () => {
    const { html } = await current().get(planPath(FULL_PROFILE));
    expect(html).toContain('<section id="answers" class="no-print" aria-labelledby="answers-heading">');
    expect(html).toContain('<section id="keep" class="no-print" aria-labelledby="keep-heading">');
  });
});
