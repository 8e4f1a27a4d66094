/** Plans speak in Lever's own words, including the sentences the engine writes itself. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/core/advice/advise.js';
import type { Plan } from '../../src/core/plan/schema.js';
import { copiedRuns, type TextField } from '../kb/checks/own-words.js';
import { POST_FILE, readSharedFile } from '../kb/shared-dir.js';
import { PERSONAS } from '../personas/personas.js';
import { validProfile } from './arbitraries.js';
import { adviceContext } from './builders.js';

const ctx = adviceContext();
const post = readSharedFile(POST_FILE);

/** Every sentence of the plan a reader sees, except names (of resources, topics and principles). */
function planProse(plan: Plan): TextField[] {
  const out: TextField[] = [{ where: 'summary', text: plan.summary }];
  const add = (where: string, text: string): void => {
    out.push({ where, text });
  };
  for (const p of plan.paths) {
    for (const [i, r] of p.reasons.entries()) add(`paths.${p.id}.reasons[${i}]`, r.text);
    if (p.signal) add(`paths.${p.id}.signal`, p.signal.text);
  }
  for (const d of plan.directions)
    for (const [i, r] of d.reasons.entries()) add(`directions.${d.id}.reasons[${i}]`, r.text);
  for (const s of plan.steps) add(`steps.${s.id}`, `${s.title}. ${s.detail}`);
  for (const t of plan.fitTests)
    add(`fitTests.${t.path}`, `${t.title}. ${t.detail} ${t.deliverable} ${t.why}`);
  for (const r of plan.readingList) add(`readingList.${r.id}.why`, r.why);
  for (const c of plan.cautions) add(`cautions.${c.about}`, c.text);
  for (const t of plan.governanceTopics) add(`governanceTopics.${t.id}.why`, t.why);
  return out;
}

describe('plans are in Lever’s own words', () => {
  it('no persona’s plan shares ten consecutive words with the post', () => {
    const fields = PERSONAS.flatMap((p) => planProse(advise(p.profile, ctx)));
    expect(copiedRuns(fields, post)).toEqual([]);
  });

  it('nor does the plan of any valid profile', () => {
    fc.assert(
      fc.property(validProfile, (profile) => {
        expect(copiedRuns(planProse(advise(profile, ctx)), post)).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});
