/**
 * Builders for knowledge-base test data: each returns a valid, whole item (or knowledge base)
 * and takes overrides for the fields a test is about.
 */
import type {
  Cluster,
  Direction,
  FitTest,
  KnowledgeBase,
  Path,
  Principle,
  Resource,
  Section,
  Source,
  Topic,
  Track,
} from '../../src/core/kb/schema.js';

export const buildSection = (overrides: Partial<Section> = {}): Section => ({
  id: 'general',
  title: 'General',
  locator: 'a phrase from the post',
  summary: 'What this part covers.',
  ...overrides,
});

export const buildSource = (overrides: Partial<Source> = {}): Source => ({
  title: 'A post',
  authors: ['An Author'],
  year: 2023,
  url: 'https://example.org/posts/a-post',
  altUrls: [],
  citation: 'author2023_post',
  sections: [
    buildSection(),
    buildSection({ id: 'details', parent: 'general', title: 'Details', locator: 'another phrase' }),
  ],
  ...overrides,
});

export const buildPrinciple = (overrides: Partial<Principle> = {}): Principle => ({
  id: 'first-principle',
  title: 'A principle',
  kind: 'advice',
  summary: 'Some advice in our own words.',
  section: 'general',
  appliesTo: { paths: [], stages: [], situations: [] },
  related: [],
  ...overrides,
});

export const buildPath = (overrides: Partial<Path> = {}): Path => ({
  id: 'alignment-research',
  title: 'Alignment research',
  summary: 'What the work is.',
  section: 'general',
  fit: { skills: ['coding'], enjoys: ['experiments'], signs: ['You like debugging.'] },
  principles: ['first-principle'],
  related: [],
  ...overrides,
});

export const buildDirection = (overrides: Partial<Direction> = {}): Direction => ({
  id: 'scalable-oversight',
  title: 'Scalable oversight',
  tier: 'primary',
  summary: 'What the direction studies.',
  section: 'details',
  strands: [],
  readings: ['a-paper'],
  whereDone: 'Mostly in labs.',
  prerequisites: ['Coding.'],
  feedbackSpeed: 'medium',
  feedbackNote: 'Experiments give feedback.',
  principles: ['first-principle'],
  related: [],
  ...overrides,
});

export const buildResource = (overrides: Partial<Resource> = {}): Resource => ({
  id: 'a-paper',
  citation: 'someone2022_paper',
  kind: 'paper',
  title: 'A paper',
  authors: ['Someone'],
  year: 2022,
  venue: null,
  url: 'https://example.org/papers/1',
  altUrls: [],
  linkStatus: 'verified',
  mention: 'the paper',
  about: 'What the paper is.',
  section: 'details',
  related: [],
  ...overrides,
});

export const buildCluster = (overrides: Partial<Cluster> = {}): Cluster => ({
  id: 'compute-governance',
  title: 'Compute governance',
  summary: 'Questions about compute.',
  section: 'details',
  readings: ['a-paper'],
  ...overrides,
});

export const buildTopic = (overrides: Partial<Topic> = {}): Topic => ({
  id: 'a-topic',
  title: 'A topic',
  cluster: 'compute-governance',
  number: 1,
  description: 'What an expert would work out.',
  readings: ['a-paper'],
  backgrounds: ['cs'],
  enjoys: ['writing'],
  section: 'details',
  related: ['compute-governance'],
  ...overrides,
});

export const buildTrack = (overrides: Partial<Track> = {}): Track => ({
  id: 'a-track',
  title: 'A track',
  kind: 'upskilling',
  summary: 'A sequence of steps.',
  section: 'details',
  steps: [
    { id: 'first-step', title: 'Start', summary: 'Do this first.', resources: ['a-paper'], later: false },
  ],
  principles: ['first-principle'],
  readings: [],
  related: [],
  ...overrides,
});

export const buildFitTest = (overrides: Partial<FitTest> = {}): FitTest => ({
  id: 'a-fit-test',
  title: 'Replicate a paper',
  path: 'alignment-research',
  direction: 'scalable-oversight',
  weeks: 4,
  detail: 'Pick one and rerun it.',
  deliverable: 'A write-up.',
  goingWell: ['It runs by the second week.'],
  log: ['Hours spent.'],
  resources: ['a-paper'],
  principles: ['first-principle'],
  section: 'details',
  ...overrides,
});

/** A small knowledge base whose references all resolve; override any list to break it. */
export const buildKnowledgeBase = (overrides: Partial<KnowledgeBase> = {}): KnowledgeBase => ({
  version: 1,
  source: buildSource(),
  principles: [buildPrinciple()],
  paths: [buildPath()],
  directions: [buildDirection()],
  resources: [buildResource()],
  clusters: [buildCluster()],
  topics: [buildTopic()],
  tracks: [buildTrack()],
  fitTests: [buildFitTest()],
  ...overrides,
});

/** A deep copy of `kb` changed by `change`, for feeding a broken knowledge base to a check. */
export function mutated(kb: KnowledgeBase, change: (copy: KnowledgeBase) => void): KnowledgeBase {
  const copy = structuredClone(kb);
  change(copy);
  return copy;
}
