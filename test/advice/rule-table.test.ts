import { describe, expect, it } from 'vitest';
import { checkRules } from '../../src/core/advice/conditions.js';
import { copiedRuns, ruleTextFields } from '../kb/checks/own-words.js';
import { POST_FILE, readSharedFile } from '../kb/shared-dir.js';
import { adviceContext, buildProfile, planFor } from './builders.js';
import { missingContributions } from './contributions.js';
import { RULE_PROFILES } from './rule-profiles.js';

const ctx = adviceContext();

describe('the rule table', () => {
  it('passes its own checks against the knowledge base', () => {
    expect(checkRules(ctx.rules, ctx.ikb)).toEqual([]);
  });

  it('cites only principles of the knowledge base', () => {
    const unknown = ctx.rules.filter((r) => !ctx.principles.has(r.principle)).map((r) => r.id);
    expect(unknown).toEqual([]);
  });

  it('has a test profile for every rule, and none for rules that no longer exist', () => {
    expect(Object.keys(RULE_PROFILES).sort()).toEqual(ctx.rules.map((r) => r.id).sort());
  });

  it('is in Lever’s own words: no rule shares ten consecutive words with the post', () => {
    const fields = ruleTextFields({ rules: ctx.rules });
    expect(fields.length).toBeGreaterThan(100);
    expect(copiedRuns(fields, readSharedFile(POST_FILE))).toEqual([]);
  });
});

describe('every rule fires for someone, and the plan shows what it adds', () => {
  it.each(ctx.rules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    const overrides = RULE_PROFILES[id];
    if (!overrides) throw new Error(`no test profile for rule ${id}`);
    const plan = planFor(overrides);
    expect(missingContributions(rule, buildProfile(overrides), plan, ctx)).toEqual([]);
  });

  it('the check notices a rule that did not fire', () => {
    const rule = ctx.rules.find((r) => r.id === 'find-a-mentor-first');
    if (!rule) throw new Error('rule find-a-mentor-first is gone');
    const mentored = buildProfile({ leaning: 'alignment-research', hasMentor: true });
    expect(missingContributions(rule, mentored, planFor(mentored), ctx)).toEqual(['step']);
  });
});
