/**
 * Builders for small knowledge bases in tests: each returns a valid item, and overrides change
 * only what a test is about.
 */
import type {
  Cluster,
  Direction,
  FitTest,
  KnowledgeBase,
  Path,
  Principle,
  Resource,
  Source,
  Topic,
  Track,
} from '../../kb/schema.js';

/** A source with a two-level section tree. */
export function buildSource(overrides: Partial<Source> = {}): Source {
  return {
    title: 'AGI safety career advice',
    authors: ['Richard Ngo'],
    year: 2023,
    url: 'https://example.org/post',
    altUrls: [],
    citation: 'ngo2023',
    sections: [
      { id: 'general-mindset', title: 'General mindset', locator: 'find a big lever', summary: 'Mindset.' },
      {
        id: 'personal-fit',
        parent: 'general-mindset',
        title: 'Finding your personal fit',
        locator: 'fast feedback loops',
        summary: 'Fit.',
      },
      {
        id: 'research',
        title: 'Alignment research',
        locator: 'mentorship-constrained',
        summary: 'Research.',
      },
      { id: 'governance', title: 'Governance work', locator: 'three categories', summary: 'Governance.' },
    ],
    ...overrides,
  };
}

/** A principle that applies everywhere. */
export function buildPrinciple(overrides: Partial<Principle> = {}): Principle {
  return {
    id: 'fast-feedback-loops',
    title: 'Seek fast feedback loops',
    kind: 'advice',
    summary: 'Find your fit through concrete projects that tell you quickly how well you are doing.',
    section: 'personal-fit',
    appliesTo: { paths: [], stages: [], situations: ['when choosing what to try first'] },
    related: [],
    ...overrides,
  };
}

/** A research path. */
export function buildPath(overrides: Partial<Path> = {}): Path {
  return {
    id: 'alignment-research',
    title: 'Alignment research',
    summary: 'Research on making advanced AI systems do what their developers intend.',
    section: 'research',
    fit: { skills: ['coding', 'research'], enjoys: ['experiments'], signs: ['you replicate papers quickly'] },
    principles: ['fast-feedback-loops'],
    related: [],
    ...overrides,
  };
}

/** A primary direction with one strand. */
export function buildDirection(overrides: Partial<Direction> = {}): Direction {
  return {
    id: 'mechanistic-interpretability',
    title: 'Mechanistic interpretability',
    tier: 'primary',
    summary: 'Understanding how networks compute internally.',
    section: 'research',
    strands: [{ id: 'case-studies', title: 'Case studies', summary: 'Finding circuits.', readings: [] }],
    readings: [],
    whereDone: 'Easy to do outside labs.',
    prerequisites: ['coding'],
    feedbackSpeed: 'fast',
    feedbackNote: 'Experiments run in hours.',
    principles: ['fast-feedback-loops'],
    related: [],
    ...overrides,
  };
}

/** A verified paper. */
export function buildResource(overrides: Partial<Resource> = {}): Resource {
  return {
    id: 'irving2018-debate',
    citation: 'irving2018_debate',
    kind: 'paper',
    title: 'AI safety via debate',
    authors: ['Geoffrey Irving', 'Paul Christiano', 'Dario Amodei'],
    year: 2018,
    venue: 'arXiv',
    url: 'https://arxiv.org/abs/1805.00899',
    altUrls: [],
    linkStatus: 'verified',
    mention: "Irving et al.'s debate paper",
    about:
      'Two models argue and a judge picks the winner, so that weaker judges can oversee stronger models.',
    section: 'research',
    related: [],
    ...overrides,
  };
}

/** The compute governance cluster. */
export function buildCluster(overrides: Partial<Cluster> = {}): Cluster {
  return {
    id: 'compute-governance',
    title: 'Compute governance',
    summary: 'Governing AI through the hardware it is trained on.',
    section: 'governance',
    readings: [],
    ...overrides,
  };
}

/** The first compute governance topic. */
export function buildTopic(overrides: Partial<Topic> = {}): Topic {
  return {
    id: 'gpu-tamper-evident-logging',
    title: 'Tamper-evident logging on GPUs',
    cluster: 'compute-governance',
    number: 1,
    description: 'Chips that keep a log of their use which cannot be altered unnoticed.',
    readings: [],
    backgrounds: ['hardware', 'security'],
    enjoys: ['security'],
    section: 'governance',
    related: [],
    ...overrides,
  };
}

/** A two-step upskilling track. */
export function buildTrack(overrides: Partial<Track> = {}): Track {
  return {
    id: 'empirical-upskilling-track',
    title: 'Empirical upskilling',
    kind: 'upskilling',
    path: 'alignment-research',
    summary: 'Courses and replications, in order.',
    section: 'research',
    steps: [
      { id: 'mlab', title: 'MLAB', summary: 'Machine learning bootcamp.', resources: [], later: false },
      {
        id: 'replicate-papers',
        title: 'Replicate papers',
        summary: 'Rerun results.',
        resources: [],
        later: false,
      },
    ],
    principles: [],
    readings: [],
    related: [],
    ...overrides,
  };
}

/** A fit test for the research path. */
export function buildFitTest(overrides: Partial<FitTest> = {}): FitTest {
  return {
    id: 'replicate-a-paper',
    title: 'Replicate a paper',
    path: 'alignment-research',
    weeks: 4,
    detail: 'Pick a small paper and rerun it.',
    deliverable: 'A write-up',
    goingWell: ['The rerun matches the paper within two weeks.'],
    log: ['Hours spent and what now runs.'],
    resources: [],
    principles: ['fast-feedback-loops'],
    section: 'research',
    ...overrides,
  };
}

/** A knowledge base holding exactly the given items (nothing by default). */
export function buildKnowledgeBase(overrides: Partial<KnowledgeBase> = {}): KnowledgeBase {
  return {
    version: 1,
    source: buildSource(),
    principles: [],
    paths: [],
    directions: [],
    resources: [],
    clusters: [],
    topics: [],
    tracks: [],
    fitTests: [],
    ...overrides,
  };
}
