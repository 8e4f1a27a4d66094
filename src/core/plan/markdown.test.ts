import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adviceContext, buildProfile } from '../../../test/advice/builders.js';
import { PERSONAS } from '../../../test/personas/personas.js';
import { advise } from '../advice/advise.js';
import { buildExperiment } from '../journal/testing/builders.js';
import type { Profile } from '../profile/schema.js';
import { percent, rangeText } from './labels.js';
import { renderPlanMarkdown } from './markdown.js';
import type { Plan } from './schema.js';

const ctx = adviceContext();
const planFor = (profile: Profile): Plan => advise(profile, ctx);
const persona = (id: string): Profile => {
  const found = PERSONAS.find((p) => p.id.startsWith(id));
  if (!found) throw new Error(`no persona ${id}`);
  return found.profile;
};
const headings = (md: string) => md.split('\n').filter((line) => /^## /.test(line));

describe('renderPlanMarkdown', () => {
  const plan = planFor(persona('syn-05'));
  const md = renderPlanMarkdown(plan);

  it('starts with the title and the summary, then this week, then the later steps', () => {
    expect(md.startsWith('# Your Lever plan\n\n')).toBe(true);
    expect(md.split('\n')[2]).toBe(plan.summary);
    const h = headings(md);
    expect(h[0]).toBe('## This week');
    const times = ['## This week', '## This month', '## In the next three months', '## Later'];
    expect(h.filter((x) => times.includes(x))).toEqual(times.filter((x) => h.includes(x)));
    for (const step of plan.steps) expect(md).toContain(`### ${step.title}`);
    expect(md.indexOf(`### ${plan.steps[0]?.title}`)).toBeLessThan(md.indexOf('## Where you fit'));
  });

  it('has a table row for every path with its fit and plausible range', () => {
    for (const path of plan.paths) {
      expect(md).toContain(`| ${path.title} | ${percent(path.fit)} | ${rangeText(path.range)} |`);
    }
    expect(md).toContain('| Path | Fit | Plausible range | Signal |');
  });

  it('says why for every step, linking the principle to its passage and naming the section', () => {
    const whyLines = md.split('\n').filter((line) => line.startsWith('*Why:*'));
    expect(whyLines.length).toBe(plan.steps.length + plan.fitTests.length);
    for (const step of plan.steps) {
      for (const id of step.principles) {
        const ref = plan.principles.find((p) => p.id === id);
        if (!ref) throw new Error(`plan does not index ${id}`);
        expect(md).toContain(`](${ref.url}) (${ref.section})`);
      }
    }
  });

  it('lists the directions, fit tests, readings with links, and cautions', () => {
    for (const h of ['## Research directions', '## Fit tests', '## Reading list', '## Cautions']) {
      expect(headings(md)).toContain(h);
    }
    for (const item of plan.readingList) expect(md).toContain(`](${item.url}): `);
    expect(plan.cautions.length).toBeGreaterThan(0);
    expect(md.match(/^> \*\*Caution:\*\* /gm)).toHaveLength(plan.cautions.length);
    expect(md.match(/^\*\*Deliverable:\*\* /gm)).toHaveLength(plan.fitTests.length);
  });

  it('ends with the principles the plan applies, each linked to the post', () => {
    const sources = md.slice(md.indexOf('## Why: the advice this plan applies'));
    for (const p of plan.principles) expect(sources).toContain(`](${p.url}): ${p.section}`);
  });

  it('lists the governance topics for a governance profile, and marks signals', () => {
    const governance = renderPlanMarkdown(planFor(persona('syn-09')));
    expect(headings(governance)).toContain('## Governance topics to consider');
    // Years of success without enjoyment: the pivot shows in the table of every path...
    const pivot = planFor(persona('syn-11'));
    expect(renderPlanMarkdown(pivot)).toMatch(/^\| Alignment research \|.*\| pivot \|$/m);
    // ...and with its text where a path is shown in detail (the top ones).
    const signal = pivot.paths.find((p) => p.signal?.kind === 'pivot')?.signal;
    const [top] = pivot.paths;
    if (!signal || !top) throw new Error('expected a pivot signal');
    top.signal = signal;
    expect(renderPlanMarkdown(pivot)).toContain(`### ${top.title}: `);
    expect(renderPlanMarkdown(pivot)).toContain('**Signal: pivot.**');
  });

  it('lists skipped questions only when there are some', () => {
    expect(headings(renderPlanMarkdown(planFor(buildProfile())))).not.toContain('## Questions you skipped');
    const sparse = renderPlanMarkdown(planFor({ stage: 'student' }));
    expect(sparse).toContain('## Questions you skipped');
    expect(sparse).toContain('coding skill (`skills.coding`)');
  });

  it('shows text as written, never as markup', () => {
    const tricky = structuredClone(plan);
    const [first] = tricky.paths;
    const [step] = tricky.steps;
    if (!first || !step) throw new Error('empty plan');
    first.title = 'A | B *bold* [link](x) <b>';
    step.detail = 'Use `code` and _this_';
    const out = renderPlanMarkdown(tricky);
    expect(out).toContain('| A \\| B \\*bold\\* \\[link\\](x) \\<b\\> |');
    expect(out).toContain('Use \\`code\\` and \\_this\\_');
  });

  it('uses no Node API, so the web app can reuse it', () => {
    for (const file of ['markdown.ts', 'markdown-syntax.ts', 'labels.ts']) {
      const source = readFileSync(new URL(file, import.meta.url), 'utf8');
      const imports = [...source.matchAll(/^import (type )?.* from '([^']+)';$/gm)];
      for (const [, typeOnly, from] of imports) {
        expect(typeOnly === 'type ' || from?.startsWith('./'), `${file} imports ${from}`).toBe(true);
        expect(from).not.toMatch(/^node:/);
      }
    }
  });
});

describe('signals from the journal', () => {
  it('show in the paths table, test next included', () => {
    const experiment = buildExperiment({ title: 'Replicate a paper' });
    const plan = advise(buildProfile(), ctx, { experiments: [experiment] });
    const next = plan.paths.find((p) => p.signal?.kind === 'test-next');
    if (!next) throw new Error('no path to test next');
    const md = renderPlanMarkdown(plan);
    expect(md).toContain(`| ${next.title} | ${percent(next.fit)} | ${rangeText(next.range)} | test next |`);
  });
});
