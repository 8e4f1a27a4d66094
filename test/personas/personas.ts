/**
 * Sixteen people who might come to Lever, for the project's own persona tests and benchmark.
 * The profiles are those of the shared persona cases; the situations are our own one-line summaries.
 * Free-text notes are left out: the engine does not read them.
 */
import type { Profile } from '../../src/core/profile/schema.js';

export interface Persona {
  id: string;
  situation: string;
  profile: Profile;
}

const skills = (
  coding: number,
  math: number,
  ml: number,
  writing: number,
  research: number,
  people: number,
  organizing: number,
) => ({
  coding,
  math,
  ml,
  writing,
  research,
  people,
  organizing,
});

const base = { corporateExperience: false, hasMentor: false } as const;

export const PERSONAS: readonly Persona[] = [
  {
    id: 'syn-01-undergrad-no-research-experience',
    situation: 'A CS undergraduate with no research experience or mentor who wants to do alignment research.',
    profile: {
      ...base,
      stage: 'student',
      background: ['cs'],
      skills: skills(2, 2, 1, 2, 0, 2, 1),
      enjoys: ['coding'],
      researchExperienceYears: 0,
      leaning: 'alignment-research',
      interests: ['mechanistic-interpretability', 'scalable-oversight'],
    },
  },
  {
    id: 'syn-02-senior-ml-professor',
    situation: 'A tenured ML professor with a lab of PhD students, newly turning towards alignment.',
    profile: {
      ...base,
      stage: 'senior',
      background: ['ml', 'cs'],
      skills: skills(3, 4, 4, 3, 4, 3, 3),
      enjoys: ['people', 'experiments'],
      researchExperienceYears: 15,
      leaning: 'alignment-research',
      interests: ['unrestricted-adversarial-training', 'scalable-oversight', 'evaluations'],
    },
  },
  {
    id: 'syn-03-physicist-theory-first',
    situation: 'A physics postdoc who thinks a year of learning theory must come before any alignment work.',
    profile: {
      ...base,
      stage: 'early-career',
      background: ['physics'],
      skills: skills(2, 4, 1, 3, 3, 2, 2),
      enjoys: ['theory'],
      researchExperienceYears: 6,
      leaning: 'alignment-research',
      interests: ['mechanistic-interpretability'],
    },
  },
  {
    id: 'syn-04-junior-conceptual-researcher',
    situation:
      'A recent graduate with well-read forum posts who wants to do conceptual research without code.',
    profile: {
      ...base,
      stage: 'early-career',
      background: ['philosophy', 'cs'],
      skills: skills(1, 2, 1, 4, 1, 2, 2),
      enjoys: ['writing', 'theory'],
      researchExperienceYears: 0.5,
      leaning: 'alignment-research',
      interests: ['conceptual-research', 'threat-modeling'],
      history: [{ activity: 'alignment-research', months: 12, progress: 3, enjoyment: 4 }],
    },
  },
  {
    id: 'syn-05-cirl-enthusiast',
    situation: 'A master’s student planning a PhD built around cooperative inverse reinforcement learning.',
    profile: {
      ...base,
      stage: 'student',
      background: ['ml'],
      skills: skills(3, 3, 2, 2, 1, 2, 2),
      enjoys: ['theory'],
      researchExperienceYears: 0.5,
      leaning: 'alignment-research',
      interests: ['cooperative-irl'],
    },
  },
  {
    id: 'syn-06-natural-abstractions-simulators-fan',
    situation: 'A software engineer who wants a grant to work alone on natural abstractions and simulators.',
    profile: {
      ...base,
      corporateExperience: true,
      stage: 'early-career',
      background: ['software-engineering'],
      skills: skills(3, 2, 2, 3, 0, 2, 2),
      enjoys: ['theory', 'coding'],
      researchExperienceYears: 0,
      leaning: 'alignment-research',
      interests: ['natural-abstractions', 'myopia'],
    },
  },
  {
    id: 'syn-07-theory-exceptional-math',
    situation:
      'A maths PhD student with exceptional maths, ML theory and philosophy who wants alignment theory.',
    profile: {
      ...base,
      hasMentor: true,
      stage: 'student',
      background: ['math', 'philosophy'],
      skills: skills(2, 4, 3, 3, 3, 2, 2),
      enjoys: ['proofs', 'theory'],
      researchExperienceYears: 4,
      leaning: 'alignment-research',
      interests: ['alignment-theory'],
    },
  },
  {
    id: 'syn-08-theory-without-exceptional-math',
    situation:
      'An operations manager with ordinary maths who wants to quit and become an alignment theorist.',
    profile: {
      ...base,
      corporateExperience: true,
      stage: 'mid-career',
      background: ['economics', 'operations'],
      skills: skills(1, 2, 0, 3, 1, 3, 4),
      enjoys: ['reading', 'organizing'],
      researchExperienceYears: 0,
      leaning: 'alignment-research',
      interests: ['alignment-theory'],
      history: [{ activity: 'operations', months: 60, progress: 3, enjoyment: 3 }],
    },
  },
  {
    id: 'syn-09-corporate-pm-lab-governance',
    situation:
      'A big-company program manager with strong people skills who wants labs to adopt safety practices.',
    profile: {
      ...base,
      corporateExperience: true,
      stage: 'mid-career',
      background: ['business', 'operations'],
      skills: skills(1, 2, 1, 3, 0, 4, 4),
      enjoys: ['organizing', 'people', 'building'],
      researchExperienceYears: 0,
      leaning: 'lab-governance',
      interests: ['lab-governance'],
    },
  },
  {
    id: 'syn-10-policy-track-no-ai-background',
    situation:
      'A legislative aide with a policy master’s and no AI background who wants national AI policy work.',
    profile: {
      ...base,
      stage: 'early-career',
      background: ['policy'],
      skills: skills(0, 1, 0, 3, 2, 3, 3),
      enjoys: ['policy', 'writing', 'people'],
      researchExperienceYears: 1,
      leaning: 'policy',
      interests: ['policy'],
      history: [{ activity: 'policy', months: 24, progress: 3, enjoyment: 3 }],
    },
  },
  {
    id: 'syn-11-successful-but-not-excited',
    situation: 'A successful interpretability engineer who dreads the work and stays for its impact.',
    profile: {
      ...base,
      corporateExperience: true,
      hasMentor: true,
      stage: 'early-career',
      background: ['ml', 'software-engineering'],
      skills: skills(4, 3, 4, 3, 3, 2, 2),
      enjoys: ['coding'],
      researchExperienceYears: 3,
      leaning: 'ml-engineering',
      interests: ['mechanistic-interpretability'],
      history: [{ activity: 'mechanistic-interpretability', months: 36, progress: 4, enjoyment: 0 }],
    },
  },
  {
    id: 'syn-12-enjoys-but-struggles',
    situation:
      'A former biologist who loves interpretability but stalls on it, while their reading group thrives.',
    profile: {
      ...base,
      stage: 'early-career',
      background: ['other-stem'],
      skills: skills(1, 2, 1, 3, 1, 3, 3),
      enjoys: ['experiments', 'organizing'],
      researchExperienceYears: 2,
      leaning: 'alignment-research',
      interests: ['mechanistic-interpretability', 'field-building'],
      history: [
        { activity: 'mechanistic-interpretability', months: 12, progress: 1, enjoyment: 4 },
        { activity: 'field-building', months: 12, progress: 4, enjoyment: 3 },
      ],
    },
  },
  {
    id: 'syn-13-advocate-without-technical-familiarity',
    situation: 'A marketer with a big following and no technical background who wants a viral doom campaign.',
    profile: {
      ...base,
      corporateExperience: true,
      stage: 'mid-career',
      background: ['communications', 'business'],
      skills: skills(0, 1, 0, 3, 0, 4, 3),
      enjoys: ['explaining', 'people'],
      researchExperienceYears: 0,
      leaning: 'communications',
      interests: ['advocacy', 'communications'],
    },
  },
  {
    id: 'syn-14-quant-timelines-modeler',
    situation: 'An economics PhD student who wants a governance career built on timelines models.',
    profile: {
      ...base,
      hasMentor: true,
      stage: 'student',
      background: ['economics'],
      skills: skills(3, 4, 1, 3, 3, 2, 2),
      enjoys: ['theory'],
      researchExperienceYears: 3,
      leaning: 'governance-research',
      interests: ['quantitative-modeling', 'governance-research'],
      history: [{ activity: 'governance-research', months: 12, progress: 3, enjoyment: 4 }],
    },
  },
  {
    id: 'syn-15-nobody-is-doing-x',
    situation: 'An operations lead who keeps seeing obvious gaps and doubts they may fix them.',
    profile: {
      ...base,
      stage: 'early-career',
      background: ['operations'],
      skills: skills(2, 1, 1, 3, 0, 3, 4),
      enjoys: ['organizing', 'building'],
      researchExperienceYears: 0,
      leaning: 'operations',
      interests: ['field-building', 'operations'],
      history: [{ activity: 'operations', months: 36, progress: 3, enjoyment: 3 }],
    },
  },
  {
    id: 'syn-16-governance-fellow-no-topic',
    situation: 'A former security engineer starting a governance fellowship with no topic in mind.',
    profile: {
      ...base,
      corporateExperience: true,
      hasMentor: true,
      stage: 'early-career',
      background: ['security', 'software-engineering'],
      skills: skills(3, 2, 1, 2, 1, 2, 2),
      enjoys: ['security'],
      researchExperienceYears: 0.5,
      leaning: 'governance-research',
      interests: ['governance-research', 'security'],
    },
  },
];
