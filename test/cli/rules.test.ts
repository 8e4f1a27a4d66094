/** `lever rules`: the rule table in words, for people who review the advice against the post. */
import { describe, expect, it } from 'vitest';
import { PARAMETRIC_FACTS, PROFILE_FACTS, RANKED_FACTS } from '../../src/core/advice/facts.js';
import { adviceContext } from '../advice/builders.js';
import { ANSI, lever, leverJson } from './run-lever.js';

const rules = adviceContext().rules;
const URL_LINE = /^\s*https?:\/\/\S+$/;
const tooWide = (text: string) => text.split('\n').filter((l) => [...l].length > 80 && !URL_LINE.test(l));

interface RuleJson {
  id: string;
  principle: { id: string; title?: string; section?: string };
  when: Record<string, { fact: string; means: string }[]>;
  adds: Record<string, unknown>;
}

describe('lever rules', () => {
  const run = lever(['rules']);

  it('lists every rule with its principle, the section it comes from, and its condition in words', () => {
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain(ANSI);
    expect(tooWide(run.stdout)).toEqual([]);
    const flat = run.stdout.replace(/\n\s*/g, ' ');
    for (const rule of rules) expect(run.stdout).toMatch(new RegExp(`^ {2}${rule.id}$`, 'm'));
    expect(flat).toContain(
      "Applies: Pivot if even repeated success doesn't excite you (pivot-without-excitement; § General mindset › When you are good at something you don't enjoy)",
    );
    expect(flat).toContain(
      `When: • ${PROFILE_FACTS['successes-without-excitement']?.means} [successes-without-excitement]`,
    );
    expect(flat).toContain(`policy: ${PARAMETRIC_FACTS.focus?.means}`);
  });

  it('says what each rule adds: steps, cautions, readings, reasons, fit nudges, topics', () => {
    const flat = run.stdout.replace(/\n\s*/g, ' ');
    expect(flat).toContain(
      'Step (this-week, priority 95): Take your lack of excitement seriously, and plan a pivot',
    );
    expect(flat).toContain('Caution about staying-for-impact');
    expect(flat).toMatch(/Readings: [^.]+\. Why: /);
    expect(flat).toMatch(/Fit nudge on [a-z-]+: (good|enjoy) [+-]\d/);
    expect(flat).toMatch(/Governance topics: [^.]+\. Why: /);
    expect(flat).toMatch(/Reason on the path [a-z-]+: /);
  });

  it('prints the same rules as JSON, each condition with the meaning of its facts', () => {
    const json = leverJson<RuleJson[]>(['rules', '--json']);
    expect(json.map((r) => r.id)).toEqual(rules.map((r) => r.id));
    const pivot = json.find((r) => r.id === 'pivot-when-successes-leave-you-cold');
    expect(pivot?.principle).toMatchObject({ id: 'pivot-without-excitement', section: expect.any(String) });
    expect(pivot?.when.all).toEqual([
      { fact: 'successes-without-excitement', means: PROFILE_FACTS['successes-without-excitement']?.means },
    ]);
    expect(Object.keys(pivot?.adds ?? {}).sort()).toEqual(['caution', 'step']);
  });
});

describe('lever rules --facts', () => {
  it('lists every fact with its meaning, and the values of those that take one', () => {
    const run = lever(['rules', '--facts']);
    expect(run.code).toBe(0);
    expect(tooWide(run.stdout)).toEqual([]);
    const flat = run.stdout.replace(/\s+/g, ' ');
    for (const [name, fact] of Object.entries({ ...PROFILE_FACTS, ...RANKED_FACTS })) {
      expect(flat).toContain(`${name} ${fact.means}`.replace(/\s+/g, ' '));
    }
    for (const name of Object.keys(PARAMETRIC_FACTS)) expect(run.stdout).toContain(`${name}:<value>`);
    expect(flat).toContain('values: student, early-career, mid-career, senior');
  });

  it('prints them as JSON too', () => {
    const facts = leverJson<{ fact: string; means: string; needsRanking: boolean; values?: string[] }[]>([
      'rules',
      '--facts',
      '--json',
    ]);
    const names = facts.map((f) => f.fact);
    expect(names).toEqual(expect.arrayContaining(['no-mentor', 'uncertain-fit', 'focus:<value>']));
    expect(facts.find((f) => f.fact === 'uncertain-fit')?.needsRanking).toBe(true);
    expect(facts.find((f) => f.fact === 'stage:<value>')?.values).toEqual([
      'student',
      'early-career',
      'mid-career',
      'senior',
    ]);
  });
});
