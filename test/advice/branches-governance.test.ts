/** The governance branches of the advice (research, lab governance, policy), as a person would read them. */
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/core/plan/schema.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { cautionsAbout, pathOf, planFor, stepIds } from './builders.js';

/** An economist who writes well and leans towards governance research. */
const governance = (overrides: Profile = {}) =>
  planFor({
    leaning: 'governance-research',
    background: ['economics'],
    enjoys: ['policy', 'reading'],
    skills: { writing: 3, research: 2 },
    ...overrides,
  });
const step = (plan: Plan, id: string) => plan.steps.find((s) => s.id === id);
const clusters = (plan: Plan) => plan.governanceTopics.map((t) => t.cluster);

describe('governance research', () => {
  const plan = governance();

  it('picking one topic to become its expert is a step for this week, with topics to choose from', () => {
    expect(step(plan, 'pick-one-governance-topic')?.when).toBe('this-week');
    expect(plan.governanceTopics.length).toBeGreaterThan(0);
    expect(plan.readingList.map((r) => r.id)).toContain('baker2023-nuclear-arms-control');
  });

  it('someone who never mentioned communications is not steered into advocacy; the topic comes first', () => {
    expect(stepIds(plan)).not.toContain('ground-advocacy-in-technical-understanding');
    expect(cautionsAbout(plan)).not.toContain('advocacy');
    expect(plan.steps[0]?.id).toBe('pick-one-governance-topic');
  });

  it('topics match the background: security for a security engineer, compute for hardware', () => {
    const security = governance({ background: ['security'], enjoys: ['security', 'writing'] });
    expect(clusters(security).filter((c) => c === 'security').length).toBeGreaterThanOrEqual(3);
    const hardware = governance({ background: ['hardware'] });
    expect(clusters(hardware)[0]).toBe('compute-governance');
    expect(hardware.readingList.map((r) => r.id)).toContain('shavit2023-chinchilla');
  });

  it('write as you learn, aiming at a first paper within about six months', () => {
    expect(step(plan, 'write-toward-a-first-paper')?.principles).toEqual(['frontier-within-six-months']);
  });

  it('branch out later, after the first piece of work', () => {
    const ids = stepIds(plan);
    expect(step(plan, 'branch-out-later')?.when).toBe('later');
    expect(ids.indexOf('branch-out-later')).toBeGreaterThan(ids.indexOf('write-toward-a-first-paper'));
  });

  it('turn analysis into proposals, and draft the ambitious version first', () => {
    expect(step(plan, 'proposals-over-analysis')?.principles).toEqual(['proposals-over-analysis']);
    expect(step(plan, 'feasibility-later')?.principles).toEqual(['feasibility-later']);
  });

  it('a quantitative modeler hears plans > insights > models, and is asked for insights this week', () => {
    const modeler = governance({ interests: ['quantitative-modeling'] });
    expect(modeler.cautions.find((c) => c.about === 'quantitative-modeling')?.principle).toBe(
      'plans-insights-models',
    );
    expect(step(modeler, 'plans-insights-models')?.when).toBe('this-week');
    expect(modeler.governanceTopics.map((t) => t.id)).toContain('measuring-effective-compute');
  });

  it('someone keen on strategy research is told to save it for later', () => {
    const strategist = governance({ interests: ['strategy-research'] });
    expect(strategist.cautions.find((c) => c.about === 'strategy-research')?.principle).toBe(
      'strategy-research-later',
    );
  });

  it('no such cautions for someone who did not ask about modeling or strategy', () => {
    expect(cautionsAbout(plan)).not.toContain('quantitative-modeling');
    expect(cautionsAbout(plan)).not.toContain('strategy-research');
  });
});

describe('lab governance', () => {
  const manager: Profile = {
    leaning: 'lab-governance',
    corporateExperience: true,
    skills: { people: 4, organizing: 4 },
    enjoys: ['people', 'organizing'],
  };

  it('draft a concrete ask with steps and a named lead, after gaining topic expertise', () => {
    const plan = planFor(manager);
    expect(step(plan, 'concrete-asks')?.detail).toMatch(/person who has agreed to lead/);
    expect(step(plan, 'lab-governance-topic-expertise')?.when).toBe('this-week');
  });

  it('corporate experience with people skills counts as the skill of getting things done in organizations', () => {
    const plan = planFor(manager);
    const reasons = pathOf(plan, 'lab-governance').reasons.map((r) => r.principle);
    expect(reasons).toContain('getting-things-done-in-organizations');
    const outsider = planFor({ ...manager, corporateExperience: false });
    expect(pathOf(plan, 'lab-governance').fit).toBeGreaterThan(pathOf(outsider, 'lab-governance').fit);
    expect(pathOf(outsider, 'lab-governance').reasons.map((r) => r.principle)).not.toContain(
      'getting-things-done-in-organizations',
    );
  });
});

describe('policy jobs', () => {
  const aide: Profile = {
    leaning: 'policy',
    background: ['policy'],
    skills: { ml: 0, writing: 3, people: 3 },
  };
  const plan = planFor(aide);

  it('general policy-career advice, then going faster', () => {
    expect(step(plan, 'general-policy-career-advice')?.principles).toEqual(['general-policy-career-advice']);
    expect(step(plan, 'general-policy-career-advice')?.detail).toMatch(/faster/);
  });

  it('a short master’s or a fellowship, shortlisted this week', () => {
    expect(step(plan, 'fast-track-policy')?.when).toBe('this-week');
    expect(step(plan, 'fast-track-policy')?.principles).toEqual(['go-faster-in-policy']);
  });

  it('someone without AI expertise is told to get a little that others can see', () => {
    expect(stepIds(plan)).toContain('legible-ai-expertise');
  });

  it('someone with a CS background already has it, and hears that it helps', () => {
    const cs = planFor({ ...aide, background: ['policy', 'cs'] });
    expect(stepIds(cs)).not.toContain('legible-ai-expertise');
    expect(pathOf(cs, 'policy').reasons.map((r) => r.principle)).toContain('legible-ai-expertise');
  });
});
