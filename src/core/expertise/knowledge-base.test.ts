/** Every governance topic of the real knowledge base gets a sound expertise plan, in Lever's own words. */
import { describe, expect, it } from 'vitest';
import { copiedRuns } from '../../../test/kb/checks/own-words.js';
import { POST_FILE, readSharedFile } from '../../../test/kb/shared-dir.js';
import { loadKnowledgeBaseFromContent } from '../../content/content-kb.js';
import { EXPERTISE_CHECKS } from './checks.js';
import { EXEMPLARS, MILESTONES } from './milestones.js';
import { expertisePlan } from './plan.js';

const kb = loadKnowledgeBaseFromContent();
const plans = kb.topics.map((topic) => expertisePlan(topic, kb, '2024-01-01'));
const principles = new Map(kb.principles.map((p) => [p.id, p]));

describe('expertise plans for the real knowledge base', () => {
  it('exist for all 24 governance topics, each ending six months after the start', () => {
    expect(plans).toHaveLength(24);
    for (const plan of plans) {
      expect(plan.milestones).toHaveLength(MILESTONES.length);
      expect(plan.dueOn).toBe('2024-07-01');
    }
  });

  it('cite only principles that exist and come from the post’s governance research advice', () => {
    const cited = new Set([
      ...MILESTONES.flatMap((m) => m.principles),
      ...EXPERTISE_CHECKS.map((c) => c.principle),
    ]);
    for (const id of cited) {
      expect(principles.has(id), id).toBe(true);
      expect(['governance-research', 'governance-topics'], id).toContain(principles.get(id)?.section);
    }
  });

  it('point to the exemplars the post names, and start every plan from Baker’s paper', () => {
    for (const id of Object.values(EXEMPLARS)) expect(kb.resources.map((r) => r.id)).toContain(id);
    for (const plan of plans) {
      const start = plan.milestones[0]?.resources.map((r) => r.id) ?? [];
      expect(start, plan.topicId).toContain(EXEMPLARS.armsControl);
      const topic = kb.topics.find((t) => t.id === plan.topicId);
      if (topic?.cluster === 'compute-governance') expect(start).toContain(EXEMPLARS.computeGovernance);
    }
  });

  it('name real neighbouring topics when it is time to branch out', () => {
    const withNeighbours = plans.filter((p) => p.milestones.at(-1)?.detail.includes('such as'));
    expect(withNeighbours.length).toBeGreaterThan(12);
  });

  it('share no ten consecutive words with the post', () => {
    const fields = plans.flatMap((plan) => [
      ...plan.milestones.map((m) => ({ where: `${plan.topicId}.${m.id}`, text: `${m.title}. ${m.detail}` })),
      ...plan.checks.map((c) => ({ where: `${plan.topicId}.check.${c.principle}`, text: c.question })),
    ]);
    expect(copiedRuns(fields, readSharedFile(POST_FILE))).toEqual([]);
  });
});
