/**
 * For every rule of content/rules.yaml, a person it applies to (as overrides of `buildProfile`).
 * A new rule needs an entry here, or the rule-table test fails.
 */
import type { HistoryEntry, Profile } from '../../src/core/profile/schema.js';

const researcher = (overrides: Profile = {}): Profile => ({
  leaning: 'alignment-research',
  enjoys: ['experiments'],
  ...overrides,
});
const tried = (activity: HistoryEntry['activity'], progress: number, enjoyment: number): Profile => ({
  history: [{ activity, months: 12, progress, enjoyment }],
});
const THEORY_READY: Profile = {
  interests: ['alignment-theory'],
  skills: { math: 4, ml: 3 },
  background: ['math', 'philosophy'],
};

export const RULE_PROFILES: Record<string, Profile> = {
  // General mindset
  'fit-over-leaning': {
    leaning: 'ml-engineering',
    skills: { coding: 0, ml: 0, people: 4, organizing: 4 },
    enjoys: ['organizing', 'people'],
  },
  'watch-for-missing-the-point': { researchExperienceYears: 3 },
  'excellence-rarely-feels-excellent': tried('operations', 4, 4),
  'pivot-when-successes-leave-you-cold': tried('ml-engineering', 4, 0),
  'keep-testing-when-enjoyment-outruns-progress': tried('alignment-research', 1, 4),
  'double-down-when-it-works': tried('policy', 3, 3),
  'notice-gaps-and-act': { leaning: 'operations' },
  'propose-the-role-you-want': { leaning: 'field-building' },
  'ground-advocacy-in-technical-understanding': {
    interests: ['advocacy'],
    background: ['communications'],
    skills: { coding: 0, ml: 0 },
  },
  'communications-topics': { leaning: 'communications', background: ['communications'] },
  // Alignment research
  'find-a-mentor-first': researcher({ researchExperienceYears: 0 }),
  'consider-mentors-outside-alignment': researcher(),
  'unmentored-research-needs-fast-feedback': researcher({ researchExperienceYears: 0 }),
  'supervise-alignment-relevant-work': researcher({ stage: 'senior' }),
  'stay-hands-on-even-if-theoretical': researcher({ enjoys: ['theory'] }),
  'conceptual-work-must-cash-out': researcher({ interests: ['conceptual-research'] }),
  'high-level-thinking-is-for-later': researcher({ enjoys: ['theory'] }),
  'senior-researchers-can-step-back': researcher({ stage: 'senior' }),
  'start-without-mastering-theory': researcher({ background: ['physics'] }),
  'coding-is-the-prerequisite': researcher(),
  'alignment-fundamentals-for-newcomers': researcher(),
  'look-for-the-core-intuition': researcher(),
  'most-research-fails': researcher({ interests: ['natural-abstractions'] }),
  // Research directions
  'scalable-oversight-start-with-debate': { interests: ['scalable-oversight'] },
  'scalable-oversight-critique-gap': { interests: ['scalable-oversight'] },
  'interpretability-open-problems': { interests: ['mechanistic-interpretability'] },
  'theory-is-extra-heavy-tailed-ready': THEORY_READY,
  'theory-is-extra-heavy-tailed-not-ready': { interests: ['alignment-theory'] },
  'theory-asks-the-right-questions': THEORY_READY,
  'evaluations-simple-and-scalable': { interests: ['evaluations'] },
  'adversarial-training-is-hard': { interests: ['unrestricted-adversarial-training'] },
  'threat-models-must-be-concrete': { interests: ['threat-modeling'] },
  'cirl-is-overrated': { interests: ['cooperative-irl'] },
  'natural-abstractions-is-overrated': { interests: ['natural-abstractions'] },
  'myopia-is-overrated': { interests: ['myopia'] },
  // Governance research
  'pick-one-governance-topic': { leaning: 'governance-research' },
  'write-toward-a-first-paper': { leaning: 'governance-research' },
  'branch-out-later': { leaning: 'governance-research' },
  'strategy-research-later': { interests: ['strategy-research'] },
  'proposals-over-analysis': { leaning: 'lab-governance' },
  'plans-insights-models': { interests: ['quantitative-modeling'] },
  'feasibility-later': { leaning: 'policy' },
  'compute-governance-from-shavit': { background: ['hardware'] },
  // Lab governance
  'lab-governance-topic-expertise': { leaning: 'lab-governance' },
  'concrete-asks': { leaning: 'lab-governance' },
  'organizational-skill-fits-lab-governance': { corporateExperience: true, skills: { people: 4 } },
  // Policy
  'general-policy-career-advice': { leaning: 'policy' },
  'fast-track-policy': { leaning: 'policy' },
  'legible-ai-expertise': { leaning: 'policy', background: ['law'] },
  // Fit nudges
  'technical-background-head-start': { background: ['ml'] },
  'policy-background-head-start': { background: ['law'] },
  'topic-background-head-start': { background: ['security'] },
  'legible-expertise-helps-policy': { background: ['cs'] },
  'communications-background-head-start': { background: ['communications'] },
  'operations-background-head-start': { background: ['business'] },
  'security-work-in-governance-topics': { enjoys: ['security'] },
};
