/**
 * Lever's own persona tests: for each person, what the post's author would tell them, asserted on
 * the plan's structure (rules, principles, paths, cautions) so that copy edits don't break them.
 */
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/core/advice/advise.js';
import type { Plan } from '../../src/core/plan/schema.js';
import { adviceContext, cautionsAbout, pathOf, stepIds, stepsText } from '../advice/builders.js';
import { PERSONAS } from './personas.js';

const ctx = adviceContext();
const plans = new Map(PERSONAS.map((p) => [p.id, advise(p.profile, ctx)]));
const planOf = (prefix: string): Plan => {
  const entry = [...plans].find(([id]) => id.startsWith(prefix));
  if (!entry) throw new Error(`no persona ${prefix}`);
  return entry[1];
};
const topTwo = (plan: Plan) => plan.paths.slice(0, 2).map((p) => p.id);
const thisWeek = (plan: Plan) => plan.steps.filter((s) => s.when === 'this-week').map((s) => s.id);
const readings = (plan: Plan) => plan.readingList.map((r) => r.id);
const recommended = (plan: Plan) =>
  plan.directions.filter((d) => d.recommendation === 'recommended').map((d) => d.id);
/** A sentence in a step that starts by telling the reader to do something. */
const tells = (pattern: string) => new RegExp(`(?:^|[.!?;:]\\s+)${pattern}`, 'im');

describe('syn-01: undergraduate, no research experience, no mentor', () => {
  const plan = planOf('syn-01');
  it('alignment research is a top fit, and finding a mentor comes first', () => {
    expect(topTwo(plan)).toContain('alignment-research');
    expect(plan.steps[0]?.id).toBe('find-a-mentor-first');
  });
  it('looks for mentors outside alignment too, and upskills in order before replicating and extending', () => {
    const ids = stepIds(plan);
    expect(ids).toContain('consider-mentors-outside-alignment');
    expect(ids.indexOf('upskill-in-order')).toBeLessThan(ids.indexOf('replicate-then-extend'));
  });
  it('interpretability is recommended, starting from the open-problems list', () => {
    expect(recommended(plan)).toContain('mechanistic-interpretability');
    expect(readings(plan)).toContain('nanda2022-200-copmi');
  });
});

describe('syn-02: senior ML professor', () => {
  const plan = planOf('syn-02');
  it('supervising students on alignment-relevant work comes first; no mentor hunt, no bootcamps', () => {
    expect(plan.steps[0]?.id).toBe('supervise-alignment-relevant-work');
    expect(stepIds(plan)).not.toContain('find-a-mentor-first');
    expect(stepIds(plan)).not.toContain('upskill-in-order');
  });
  it('may think at a high level, being senior', () => {
    expect(pathOf(plan, 'alignment-research').reasons.map((r) => r.principle)).toContain(
      'high-level-thinking-comes-later',
    );
    expect(cautionsAbout(plan)).not.toContain('high-level-research');
  });
  it('hears why adversarial training is hard and which oversight gap is alignment progress', () => {
    expect(cautionsAbout(plan)).toContain('unrestricted-adversarial-training');
    const oversight = plan.directions.find((d) => d.id === 'scalable-oversight');
    expect(oversight?.reasons.map((r) => r.principle)).toContain('close-the-critique-gap');
  });
});

describe('syn-03: physicist who wants to master theory first', () => {
  const plan = planOf('syn-03');
  it('is told to start now, this week, and nothing says to master theory first', () => {
    expect(thisWeek(plan)).toContain('start-without-mastering-theory');
    expect(stepsText(plan)).not.toMatch(
      tells('(master|study|learn)[^.]{0,40}(theory|theoretical|foundations)[^.]{0,30}(first|before)'),
    );
  });
  it('is told coding matters more than maths', () => {
    expect(stepIds(plan)).toContain('coding-is-the-prerequisite');
  });
  it('this week’s first step serves the research they lean to and fit best, not a runner-up path', () => {
    expect(plan.paths[0]?.id).toBe('alignment-research');
    expect(plan.steps[0]?.id).not.toMatch(/governance|policy|advocacy/);
  });
});

describe('syn-04: junior who wants conceptual research without code', () => {
  const plan = planOf('syn-04');
  it('hears that conceptual work must cash out in code or theorems, and that high-level work is for seniors', () => {
    expect(cautionsAbout(plan)).toEqual(
      expect.arrayContaining(['conceptual-research', 'high-level-research']),
    );
  });
  it('is told to find a mentor and to make a threat model concrete', () => {
    expect(stepIds(plan)).toEqual(
      expect.arrayContaining(['find-a-mentor-first', 'threat-models-must-be-concrete']),
    );
  });
  it('no step tells them to keep writing conceptual posts', () => {
    expect(stepsText(plan)).not.toMatch(
      tells('(keep|continue|stick with)[^.]{0,30}(conceptual|blog|forum) (posts|research|writing)'),
    );
  });
});

describe('syn-05: CIRL enthusiast', () => {
  const plan = planOf('syn-05');
  it('gets a caution about CIRL and primary directions recommended instead, with their readings', () => {
    expect(cautionsAbout(plan)).toContain('cooperative-irl');
    expect(plan.directions.find((d) => d.id === 'cooperative-irl')?.recommendation).toBe('caution');
    expect(recommended(plan).every((id) => ctx.directions.get(id)?.tier === 'primary')).toBe(true);
    expect(readings(plan)).toContain('irving2018-debate');
  });
  it('is asked for the core intuition, and told most research fails', () => {
    expect(stepIds(plan)).toContain('look-for-the-core-intuition');
    expect(cautionsAbout(plan)).toContain('research-outcomes');
  });
  it('is told to pick a PhD supervisor keen on alignment-relevant work, and to build empirical skills', () => {
    expect(stepIds(plan)).toEqual(
      expect.arrayContaining(['consider-mentors-outside-alignment', 'upskill-in-order']),
    );
  });
});

describe('syn-06: natural abstractions and simulators fan', () => {
  const plan = planOf('syn-06');
  it('gets cautions about both directions, with the critiques to read', () => {
    expect(cautionsAbout(plan)).toEqual(expect.arrayContaining(['natural-abstractions', 'myopia']));
    expect(readings(plan)).toEqual(
      expect.arrayContaining([
        'chan-lang-jenner2023-natural-abstractions',
        'ngo2020-against-myopic-training',
      ]),
    );
  });
  it('working alone needs fast feedback; empirical upskilling comes first', () => {
    expect(cautionsAbout(plan)).toContain('research-without-a-mentor');
    expect(stepIds(plan)).toContain('upskill-in-order');
  });
});

describe('syn-07: exceptional mathematician who wants alignment theory', () => {
  const plan = planOf('syn-07');
  it('theory is recommended, with the heavy-tail caution', () => {
    expect(recommended(plan)).toContain('alignment-theory');
    expect(plan.cautions.find((c) => c.about === 'alignment-theory')?.principle).toBe(
      'theory-is-extra-heavy-tailed',
    );
  });
  it('aims at the right questions, and still works with models', () => {
    expect(stepIds(plan)).toEqual(
      expect.arrayContaining(['theory-asks-the-right-questions', 'stay-hands-on-even-if-theoretical']),
    );
  });
  it('is not told to find a mentor (has one) or to join MIRI', () => {
    expect(stepIds(plan)).not.toContain('find-a-mentor-first');
    expect(stepsText(plan)).not.toMatch(tells('(join|apply to)[^.]{0,30}MIRI'));
  });
});

describe('syn-08: operations manager who wants to become a theorist', () => {
  const plan = planOf('syn-08');
  it('fits operations or field-building best, and is asked to test the leaning against that', () => {
    expect(['operations', 'field-building']).toContain(plan.paths[0]?.id);
    expect(stepIds(plan)).toContain('fit-over-leaning');
  });
  it('gets the theory caution and a small fit test, not a plan to quit', () => {
    expect(plan.directions.find((d) => d.id === 'alignment-theory')?.recommendation).toBe('caution');
    expect(stepIds(plan)).toContain('theory-is-extra-heavy-tailed-not-ready');
    expect(stepsText(plan)).not.toMatch(
      tells('(quit|leave)[^.]{0,40}(job|role)[^.]{0,60}(theor|full[- ]time research)'),
    );
  });
});

describe('syn-09: corporate program manager for lab governance', () => {
  const plan = planOf('syn-09');
  it('lab governance is the best fit, thanks to getting things done in organizations', () => {
    expect(plan.paths[0]?.id).toBe('lab-governance');
    expect(pathOf(plan, 'lab-governance').reasons.map((r) => r.principle)).toContain(
      'getting-things-done-in-organizations',
    );
  });
  it('brings concrete asks after gaining expertise on one topic; no PhD, no vague appeals', () => {
    expect(stepIds(plan)).toEqual(
      expect.arrayContaining(['concrete-asks', 'lab-governance-topic-expertise']),
    );
    expect(stepsText(plan)).not.toMatch(
      tells('(get|pursue|apply for|start)[^.]{0,20}(an? )?(ml |cs )?ph\\.?d'),
    );
    expect(stepsText(plan)).not.toMatch(
      tells('(tell|urge|persuade|ask)[^.]{0,20}labs? to (care|prioriti[sz]e)'),
    );
  });
});

describe('syn-10: policy aide without AI background', () => {
  const plan = planOf('syn-10');
  it('policy is the best fit; shortlist a short master’s or fellowship this week', () => {
    expect(plan.paths[0]?.id).toBe('policy');
    expect(thisWeek(plan)).toContain('fast-track-policy');
  });
  it('general policy advice, some legible AI expertise, and ambitious drafts first', () => {
    expect(stepIds(plan)).toEqual(
      expect.arrayContaining(['general-policy-career-advice', 'legible-ai-expertise', 'feasibility-later']),
    );
  });
});

describe('syn-11: successful but not excited', () => {
  const plan = planOf('syn-11');
  it('sees a pivot signal where they succeeded without enjoyment, and the pivot step first', () => {
    expect(pathOf(plan, 'alignment-research').signal?.kind).toBe('pivot');
    expect(plan.steps[0]?.id).toBe('pivot-when-successes-leave-you-cold');
    expect(plan.paths[0]?.id).not.toBe('alignment-research');
  });
  it('is told impact on paper is no reason to stay', () => {
    expect(cautionsAbout(plan)).toContain('staying-for-impact');
    expect(stepsText(plan)).not.toMatch(
      tells('(stay|remain|stick with it)[^.]{0,80}(because|since|given)[^.]{0,40}impact'),
    );
  });
});

describe('syn-12: enjoys interpretability but struggles; thrives at organizing', () => {
  const plan = planOf('syn-12');
  it('research says keep testing; field-building says double down and ranks first', () => {
    expect(pathOf(plan, 'alignment-research').signal?.kind).toBe('keep-testing');
    expect(pathOf(plan, 'field-building').signal?.kind).toBe('double-down');
    expect(plan.paths[0]?.id).toBe('field-building');
  });
  it('keeps testing this week, builds coding, and takes the organizing strength seriously', () => {
    expect(thisWeek(plan)).toContain('keep-testing-when-enjoyment-outruns-progress');
    expect(stepIds(plan)).toEqual(
      expect.arrayContaining(['coding-is-the-prerequisite', 'excellence-rarely-feels-excellent']),
    );
  });
});

describe('syn-13: advocate without technical familiarity', () => {
  const plan = planOf('syn-13');
  it('communications is a top fit, but learning the technical basics comes first', () => {
    expect(topTwo(plan)).toContain('communications');
    expect(plan.steps[0]?.id).toBe('ground-advocacy-in-technical-understanding');
    expect(plan.cautions.find((c) => c.about === 'advocacy')?.principle).toBe(
      'advocacy-needs-technical-grounding',
    );
  });
  it('gets the polarization topic, and no step to launch a campaign now', () => {
    expect(plan.governanceTopics.map((t) => t.id)).toContain('ai-polarization');
    expect(stepsText(plan)).not.toMatch(tells('(launch|start|run)[^.]{0,40}campaign'));
  });
});

describe('syn-14: timelines modeler', () => {
  const plan = planOf('syn-14');
  it('governance research fits best; models come last, after plans and insights', () => {
    expect(plan.paths[0]?.id).toBe('governance-research');
    expect(cautionsAbout(plan)).toContain('quantitative-modeling');
    expect(thisWeek(plan)).toContain('plans-insights-models');
  });
  it('is pointed to a concrete compute topic, and never told to build more models', () => {
    expect(plan.governanceTopics[0]?.id).toBe('measuring-effective-compute');
    expect(stepsText(plan)).not.toMatch(
      tells('(build|extend|refine|improve)[^.]{0,40}(timelines?|takeoff)[^.]{0,20}models?'),
    );
  });
});

describe('syn-15: operations lead who sees gaps nobody fixes', () => {
  const plan = planOf('syn-15');
  it('operations and field-building fit best', () => {
    expect(topTwo(plan)).toEqual(['operations', 'field-building']);
  });
  it('is told to pilot a fix, propose a role, and trust the missing-the-point feeling; never to wait', () => {
    expect(stepIds(plan)).toEqual(
      expect.arrayContaining([
        'notice-gaps-and-act',
        'propose-the-role-you-want',
        'watch-for-missing-the-point',
      ]),
    );
    expect(stepsText(plan)).not.toMatch(tells('wait (for|until)'));
  });
});

describe('syn-16: governance fellow without a topic', () => {
  const plan = planOf('syn-16');
  it('picks one topic first, from the security cluster that suits their background', () => {
    expect(plan.steps[0]?.id).toBe('pick-one-governance-topic');
    expect(plan.governanceTopics.filter((t) => t.cluster === 'security').length).toBeGreaterThanOrEqual(3);
  });
  it('writes towards a first paper, and leaves strategy research for later', () => {
    expect(stepIds(plan)).toContain('write-toward-a-first-paper');
    expect(plan.steps.find((s) => s.id === 'branch-out-later')?.when).toBe('later');
  });
});
