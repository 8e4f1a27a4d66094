import { describe, expect, it } from 'vitest';
import { adviceContext, buildProfile, ranked } from '../../../test/advice/builders.js';
import type { Profile } from '../profile/schema.js';
import { firingRules } from './apply-rules.js';
import { planTopics, topicsRelevant } from './topics.js';

const ctx = adviceContext();
/** Topics for someone leaning towards governance research; rule-named topics only when `rules`. */
const topicsFor = (overrides: Profile, rules = false) => {
  const profile = buildProfile({ leaning: 'governance-research', enjoys: ['organizing'], ...overrides });
  const order = ranked(profile);
  return planTopics(ctx, profile, order, rules ? firingRules(ctx.compiledRules, profile, order) : []);
};
const clusters = (topics: ReturnType<typeof topicsFor>) => topics.map((t) => t.cluster);

describe('governance topics', () => {
  it('a security background gets security-cluster topics first, and most of them', () => {
    const topics = topicsFor({ background: ['security'] });
    expect(topics[0]?.cluster).toBe('security');
    expect(clusters(topics).filter((c) => c === 'security').length).toBeGreaterThan(topics.length / 2);
    expect(topics[0]?.why).toMatch(/security background/);
    expect(topics[0]?.principle).toBe('topics-need-experts');
  });

  it('a hardware background gets compute-governance topics', () => {
    const topics = topicsFor({ background: ['hardware'] });
    const credited = topics.filter((t) => t.why.includes('hardware background'));
    expect(credited.length).toBeGreaterThanOrEqual(3);
    expect(credited.every((t) => t.cluster === 'compute-governance')).toBe(true);
    expect(topics[0]?.id).toBe('gpu-tamper-evident-logging');
  });

  it('a law background gets mostly the less technical policy-and-society topics', () => {
    const topics = clusters(topicsFor({ background: ['law'] }));
    expect(topics.filter((c) => c === 'policy-and-society').length).toBeGreaterThan(topics.length / 2);
  });

  it('an interest in a cluster counts even without the background', () => {
    const topics = topicsFor({ background: ['other'], interests: ['compute-governance'] });
    expect(topics[0]?.cluster).toBe('compute-governance');
  });

  it('with no signal at all, offers one topic from each cluster', () => {
    const topics = topicsFor({ background: [], enjoys: [], skills: { coding: 3 } });
    expect(clusters(topics)).toEqual(['compute-governance', 'security', 'policy-and-society']);
  });

  it('suggests at most four, each once', () => {
    const topics = topicsFor({ background: ['security', 'cs', 'hardware', 'policy'], enjoys: ['security'] });
    expect(topics).toHaveLength(4);
    expect(new Set(topics.map((t) => t.id)).size).toBe(4);
  });

  it('suggests none when governance is not in view', () => {
    const coder = buildProfile({
      leaning: 'ml-engineering',
      skills: { coding: 4, ml: 3 },
      enjoys: ['coding'],
    });
    expect(topicsRelevant(coder, ranked(coder))).toBe(false);
    expect(planTopics(ctx, coder, ranked(coder), [])).toEqual([]);
  });

  it('puts topics a rule names first, with the rule’s reason', () => {
    const topics = topicsFor({ interests: ['quantitative-modeling'], background: ['security'] }, true);
    expect(topics[0]?.id).toBe('measuring-effective-compute');
    expect(topics[0]?.principle).toBe('plans-insights-models');
  });
});
