/**
 * The milestones of an expertise plan, following the post's advice on governance research: start
 * from one concrete topic, learn it by writing short pieces as you read, push the analysis toward a
 * proposal, publish a post or paper within about six months, then branch out. Text is Lever's own;
 * each milestone cites the principles that say it.
 */

import { EXPERTISE_WEEKS } from '../journal/schema.js';

/** Resource ids the post itself offers as exemplars (content/resources.yaml). */
export const EXEMPLARS = {
  /** Great work on one governance topic: the model for the piece the plan leads to. */
  armsControl: 'baker2023-nuclear-arms-control',
  /** The paper the post's compute governance topics come from. */
  computeGovernance: 'shavit2023-chinchilla',
  /** The course the post suggests for widening one's view of the field. */
  governanceCourse: 'agisf-governance-course',
} as const;

/** A short write-up is due this often, from the first one on. */
export const WRITE_UP_EVERY_WEEKS = 4;
const FIRST_WRITE_UP_WEEK = 2;
const writeUpWeek = (n: number): number => FIRST_WRITE_UP_WEEK + n * WRITE_UP_EVERY_WEEKS;

/** What a milestone's text may mention. */
export interface MilestoneContext {
  topicTitle: string;
  /** Titles of neighbouring topics, for branching out. */
  neighbours: readonly string[];
}

/** Which resources a milestone points to: the plan's starting readings, or named ones. */
export type MilestoneResources = 'starting-readings' | readonly string[];

export interface MilestoneTemplate {
  id: string;
  week: number;
  title: string;
  detail: (ctx: MilestoneContext) => string;
  principles: readonly string[];
  resources: MilestoneResources;
}

function neighboursText(neighbours: readonly string[]): string {
  return neighbours.length === 0
    ? 'neighbouring topics'
    : `neighbouring topics such as ${neighbours.join(', ')}`;
}

/** The milestones in date order; the publication is the deliverable, branching out comes last. */
export const MILESTONES: readonly MilestoneTemplate[] = [
  {
    id: 'start-reading',
    week: 0,
    title: 'Start from the readings',
    detail: ({ topicTitle }) =>
      `Your one topic is ${topicTitle}. Work through the readings below and mark where the existing work stops: nobody is yet a world expert here, so those gaps are where you can add something. Baker's paper on nuclear arms control shows what excellent work on a single topic can look like.`,
    principles: ['pick-one-topic', 'topics-need-experts'],
    resources: 'starting-readings',
  },
  {
    id: 'first-write-up',
    week: writeUpWeek(0),
    title: 'Write your first short note',
    detail: () =>
      `Write a page or two on what you have learned so far and what still puzzles you. Writing while you read is how you learn the topic, not only a report at the end. From now on, write a short note like this every ${WRITE_UP_EVERY_WEEKS} weeks.`,
    principles: ['learn-by-writing'],
    resources: [],
  },
  {
    id: 'map-mechanisms',
    week: writeUpWeek(1),
    title: 'Write up the mechanisms on the table',
    detail: ({ topicTitle }) =>
      `List the concrete mechanisms that could make a real difference on ${topicTitle}: who would do what, and what it would change. Analyse the wider forces only as far as you need to judge these mechanisms.`,
    principles: ['learn-by-writing', 'proposals-over-analysis'],
    resources: [],
  },
  {
    id: 'sketch-proposal',
    week: writeUpWeek(2),
    title: 'Sketch a proposal of your own',
    detail: () =>
      'Take the most promising mechanism and write it as a plan: what should happen, who would carry it out, and what must hold for it to work. Prefer a plan to an insight and an insight to a model. In this first draft, keep options that look politically out of reach today.',
    principles: ['learn-by-writing', 'proposals-over-analysis', 'plans-insights-models', 'feasibility-later'],
    resources: [],
  },
  {
    id: 'test-proposal',
    week: writeUpWeek(3),
    title: "Test the proposal against today's policy",
    detail: () =>
      'Write a note on what drives the relevant decisions today and how your proposal would fare. Keep the ambitious version and say what would have to change for it to become possible: openings can appear quickly, and the point is to be ready with a proposal when they do.',
    principles: ['feasibility-later', 'learn-by-writing'],
    resources: [],
  },
  {
    id: 'draft-piece',
    week: writeUpWeek(4),
    title: 'Draft the post or paper',
    detail: ({ topicTitle }) =>
      `Turn your notes into one draft, led by your proposal, that moves forward what anyone knows about how ${topicTitle} matters for AGI governance. Even starting with no background, six months is a realistic horizon for this.`,
    principles: ['frontier-within-six-months', 'learn-by-writing', 'proposals-over-analysis'],
    resources: [EXEMPLARS.armsControl],
  },
  {
    id: 'publish',
    week: EXPERTISE_WEEKS - 2,
    title: 'Publish your post or paper',
    detail: () =>
      'Finish the piece and put it where people working on AI governance can read it. It is what the whole plan builds toward.',
    principles: ['frontier-within-six-months', 'learn-by-writing'],
    resources: [],
  },
  {
    id: 'branch-out',
    week: EXPERTISE_WEEKS,
    title: 'Branch out',
    detail: ({ neighbours }) =>
      `With one topic known in depth, start widening: read into ${neighboursText(neighbours)}, and take a broad course such as Governance Fundamentals. Big-picture strategy questions are worth taking on from here, with detailed expertise to build on.`,
    principles: ['branch-out-later', 'strategy-research-later'],
    resources: [EXEMPLARS.governanceCourse],
  },
];
