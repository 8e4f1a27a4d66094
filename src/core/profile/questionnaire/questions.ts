/**
 * The questionnaire as data, shared by `lever advise` and the web app's /start: one entry per
 * profile question, in the order of PROFILE_QUESTIONS, each with plain-language wording and the
 * values the profile contract allows. Wording changes belong here; the prompts live in the shells.
 */

import type {
  ApproachSlug,
  Background,
  ClusterSlug,
  DirectionSlug,
  Enjoy,
  PathSlug,
  Skill,
  Stage,
} from '../../vocabulary.js';
import type { ProfileQuestion } from '../schema.js';

/** A value a person can pick, with the words they see. */
export interface Choice {
  value: string | number | boolean;
  label: string;
  /** Shown below the list while the choice is highlighted. */
  hint?: string;
  /** Choices of a multi-select are grouped under these headings. */
  group?: string;
}

/** One of several values (arrow keys); "Skip" is always offered first and is the default. */
export interface SelectQuestion {
  kind: 'select';
  field: ProfileQuestion;
  message: string;
  choices: readonly Choice[];
}

/** Any number of values (space to pick); picking none skips the question. */
export interface MultiQuestion {
  kind: 'multi';
  field: ProfileQuestion;
  message: string;
  choices: readonly Choice[];
}

/** A number typed in; leaving it empty skips the question. */
export interface NumberQuestion {
  kind: 'number';
  field: ProfileQuestion;
  message: string;
  min: number;
  max: number;
}

/** A loop over what the person has tried: each entry asks these four parts in turn. */
export interface HistoryQuestion {
  kind: 'history';
  field: 'history';
  message: string;
  again: string;
  activity: { message: string; choices: readonly Choice[] };
  months: { message: string; min: number; max: number };
  /** The cursor starts in the middle of the scale, so neither end is suggested. */
  progress: { message: string; choices: readonly Choice[]; default: number };
  enjoyment: { message: string; choices: readonly Choice[]; default: number };
}

export type Question = SelectQuestion | MultiQuestion | NumberQuestion | HistoryQuestion;

const STAGES: Record<Stage, string> = {
  student: 'Student',
  'early-career': 'Early career: the first few years of work',
  'mid-career': 'Mid-career',
  senior: 'Senior: an established expert or leader in your field',
};

const BACKGROUNDS: Record<Background, string> = {
  cs: 'Computer science',
  'software-engineering': 'Software engineering',
  ml: 'Machine learning',
  math: 'Mathematics',
  physics: 'Physics',
  engineering: 'Engineering',
  'other-stem': 'Another science or technical field',
  neuroscience: 'Neuroscience',
  philosophy: 'Philosophy',
  economics: 'Economics',
  policy: 'Public policy',
  law: 'Law',
  'international-relations': 'International relations',
  security: 'Information security',
  hardware: 'Computer hardware',
  business: 'Business',
  operations: 'Operations',
  communications: 'Communications or journalism',
  other: 'Something else',
};

/** Skill levels 0–4, named as in the profile contract. */
const LEVELS: readonly Choice[] = ['none', 'basic', 'working', 'strong', 'expert'].map((name, level) => ({
  value: level,
  label: `${level} ${name}`,
}));

const SKILL_MESSAGES: Record<Skill, string> = {
  coding: 'How good are you at programming?',
  math: 'How good are you at mathematics?',
  ml: 'How good are you at machine learning (training and studying models)?',
  writing: 'How good are you at writing?',
  research: 'How good are you at research (framing questions, investigating, reporting)?',
  people: 'How good are you at working with people (networking, mentoring, persuading)?',
  organizing: 'How good are you at organizing (projects, events, teams)?',
};

const ENJOYS: Record<Enjoy, string> = {
  coding: 'Writing code',
  experiments: 'Running experiments',
  proofs: 'Proving things',
  theory: 'Theory and big ideas',
  writing: 'Writing',
  reading: 'Reading and studying',
  explaining: 'Explaining things to others',
  people: 'Working with people',
  organizing: 'Organizing projects and events',
  policy: 'Policy and politics',
  security: 'Security work',
  building: 'Building products or tools',
};

const PATHS: Record<PathSlug, string> = {
  'alignment-research': 'Alignment research',
  'ml-engineering': 'ML engineering for alignment',
  'governance-research': 'Governance research',
  'lab-governance': 'AI lab governance',
  policy: 'Policy jobs',
  operations: 'Operations',
  'field-building': 'Field-building',
  communications: 'Communications',
};

const DIRECTIONS: Record<DirectionSlug, string> = {
  'scalable-oversight': 'Scalable oversight',
  'mechanistic-interpretability': 'Mechanistic interpretability',
  'alignment-theory': 'Alignment theory',
  evaluations: 'Evaluations',
  'unrestricted-adversarial-training': 'Unrestricted adversarial training',
  'threat-modeling': 'Threat modeling',
  'cooperative-irl': 'Cooperative inverse reinforcement learning (CIRL)',
  'natural-abstractions': 'Natural abstractions',
  myopia: 'Myopia, simulators and conditioning predictive models',
};

const CLUSTERS: Record<ClusterSlug, string> = {
  'compute-governance': 'Compute governance',
  security: 'Security of AI labs and models',
  'policy-and-society': 'Policy and society',
};

const APPROACHES: Record<ApproachSlug, string> = {
  'conceptual-research': 'Conceptual research',
  'quantitative-modeling': 'Quantitative modeling, such as forecasting',
  'strategy-research': 'Strategy research',
  advocacy: 'Advocacy and outreach',
};

const choices = (labels: Record<string, string>, group?: string): Choice[] =>
  Object.entries(labels).map(([value, label]) => (group ? { value, label, group } : { value, label }));

const YES_NO: readonly Choice[] = [
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
];

/** Every question, in the order of PROFILE_QUESTIONS. */
export const QUESTIONS: readonly Question[] = [
  { kind: 'select', field: 'stage', message: 'Where are you in your career?', choices: choices(STAGES) },
  {
    kind: 'multi',
    field: 'background',
    message: 'What is your background? Pick all that apply.',
    choices: choices(BACKGROUNDS),
  },
  ...(Object.entries(SKILL_MESSAGES) as [Skill, string][]).map(
    ([skill, message]): SelectQuestion => ({
      kind: 'select',
      field: `skills.${skill}`,
      message,
      choices: LEVELS,
    }),
  ),
  { kind: 'multi', field: 'enjoys', message: 'What do you enjoy doing?', choices: choices(ENJOYS) },
  {
    kind: 'number',
    field: 'researchExperienceYears',
    message: 'How many years of research experience do you have, in any field (0 if none)?',
    min: 0,
    max: 70,
  },
  {
    kind: 'select',
    field: 'corporateExperience',
    message: 'Have you worked in a large organization (a company, government body or big nonprofit)?',
    choices: YES_NO,
  },
  {
    kind: 'select',
    field: 'hasMentor',
    message: 'Do you have a mentor who guides your work?',
    choices: YES_NO,
  },
  {
    kind: 'select',
    field: 'leaning',
    message: 'Which path are you leaning towards?',
    choices: [...choices(PATHS), { value: 'undecided', label: 'Undecided' }],
  },
  {
    kind: 'multi',
    field: 'interests',
    message: 'What interests you?',
    choices: [
      ...choices(DIRECTIONS, 'Research directions'),
      ...choices(PATHS, 'Paths'),
      ...choices(CLUSTERS, 'Governance areas'),
      ...choices(APPROACHES, 'Approaches'),
    ],
  },
  {
    kind: 'history',
    field: 'history',
    message: 'Have you tried something already, such as a research project or a job?',
    again: 'Have you tried something else too?',
    activity: {
      message: 'What did you try?',
      choices: [...choices(PATHS, 'Paths'), ...choices(DIRECTIONS, 'Research directions')],
    },
    months: { message: 'For how many months?', min: 0, max: 600 },
    progress: {
      message: 'How well did it go?',
      choices: ['stalled', 'slow', 'steady', 'good', 'fast progress'].map((name, level) => ({
        value: level,
        label: `${level} ${name}`,
      })),
      default: 2,
    },
    enjoyment: {
      message: 'How much did you enjoy it?',
      choices: ['not at all', 'a little', 'somewhat', 'a lot', 'loved it'].map((name, level) => ({
        value: level,
        label: `${level} ${name}`,
      })),
      default: 2,
    },
  },
];
