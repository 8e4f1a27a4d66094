/** How the web questionnaire groups the profile's questions into steps, one topic each. */
import type { ProfileQuestion } from '../../../core/profile/schema.js';
import { SKILLS } from '../../../core/vocabulary.js';

export interface QuestionStep {
  /** Used in element ids: `step-${id}`. */
  id: string;
  title: string;
  intro: string;
  fields: readonly ProfileQuestion[];
}

/** The steps in order; together they ask every question of the profile contract exactly once. */
export const STEPS: readonly QuestionStep[] = [
  {
    id: 'about',
    title: 'About you',
    intro:
      'Where you are now shapes which advice applies: a student and a senior researcher get different first steps.',
    fields: ['stage', 'background'],
  },
  {
    id: 'skills',
    title: 'Your skills',
    intro:
      'Rate each skill from 0 (none) to 4 (expert), compared with people who do it for a living. A guess is fine: the fit tests in your plan will check it.',
    fields: SKILLS.map((skill) => `skills.${skill}` as const),
  },
  {
    id: 'enjoy',
    title: 'What you enjoy',
    intro:
      'Personal fit is what you are good at and what you enjoy, together. Pick the kinds of work you like doing.',
    fields: ['enjoys'],
  },
  {
    id: 'experience',
    title: 'Experience and mentor',
    intro: 'Research experience and a good mentor change what the best next step is.',
    fields: ['researchExperienceYears', 'corporateExperience', 'hasMentor'],
  },
  {
    id: 'direction',
    title: 'Leaning and interests',
    intro: 'If you already lean towards a path or care about a topic, Lever takes it into account.',
    fields: ['leaning', 'interests'],
  },
  {
    id: 'tried',
    title: 'What you have tried',
    intro:
      'What you have already tried is the strongest evidence of fit. Add each project, job or course that was a real try at a path or research direction.',
    fields: ['history'],
  },
];
