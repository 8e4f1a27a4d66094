/**
 * The knowledge base's shapes. These schemas are the single source of truth: the content files
 * are validated against them, the TypeScript types are inferred from them, and `lever schema kb`
 * publishes them as JSON Schema.
 */
import * as z from 'zod';
import {
  Background,
  ClusterSlug,
  DirectionSlug,
  Enjoy,
  PathSlug,
  Skill,
  Stage,
  Tier,
} from '../vocabulary.js';

/** A stable identifier: lowercase words joined by single hyphens. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, e.g. "pick-one-topic"');

const Text = z.string().trim().min(1, 'must not be empty');
const Url = z.url({ protocol: /^https?$/ });
const Ids = z.array(Id);

export const Section = z
  .object({
    id: Id,
    title: Text,
    parent: Id.optional().describe('the enclosing section, if any'),
    locator: Text.describe('a short phrase that occurs verbatim in the post, used to link to the passage'),
    summary: Text.describe('what this part of the post covers, in our own words'),
  })
  .strict();

export const Source = z
  .object({
    title: Text,
    authors: z.array(Text).min(1),
    year: z.number().int(),
    url: Url,
    altUrls: z.array(Url),
    citation: Text.describe('key of the post in the reference citations'),
    sections: z.array(Section).min(1),
  })
  .strict();

export const PrincipleKind = z.enum(['advice', 'warning', 'observation']);

export const Principle = z
  .object({
    id: Id,
    title: Text,
    kind: PrincipleKind,
    summary: Text.describe('the advice in our own words'),
    section: Id,
    appliesTo: z
      .object({
        paths: z.array(PathSlug).describe('empty means every path'),
        stages: z.array(Stage).describe('empty means every stage'),
        situations: z.array(Text).describe('when the advice applies, in words'),
      })
      .strict(),
    related: Ids,
  })
  .strict();

/**
 * A fit test: a concrete, time-boxed project (1–4 weeks) with a clear deliverable, whose progress
 * and enjoyment tell a person about their fit for a path (and, for research, a direction).
 * The catalogue a person starts fit experiments from.
 */
export const FitTest = z
  .object({
    id: Id,
    title: Text,
    path: PathSlug.describe('the path whose fit this tests'),
    direction: DirectionSlug.optional().describe('the research direction it tests, if any'),
    weeks: z.number().int().min(1).max(4),
    detail: Text.describe('what to do'),
    deliverable: Text,
    goingWell: z.array(Text).min(1).describe('signs that it is going well'),
    log: z.array(Text).min(1).describe('what to note at each check-in'),
    resources: Ids.describe('where to start'),
    principles: Ids.min(1),
    section: Id,
  })
  .strict();

export const Path = z
  .object({
    id: PathSlug,
    title: Text,
    summary: Text.describe('what the work is'),
    section: Id,
    fit: z
      .object({
        skills: z.array(Skill).min(1).describe('skills that matter most for this path'),
        enjoys: z.array(Enjoy).min(1).describe('what people who fit this path tend to enjoy'),
        signs: z.array(Text).min(1).describe('signs of good fit, in words'),
      })
      .strict(),
    principles: Ids.min(1),
    related: Ids,
  })
  .strict();

export const Strand = z
  .object({
    id: Id,
    title: Text,
    summary: Text,
    readings: Ids,
  })
  .strict();

export const FeedbackSpeed = z.enum(['fast', 'medium', 'slow']);

export const Direction = z
  .object({
    id: DirectionSlug,
    title: Text,
    tier: Tier,
    summary: Text,
    section: Id,
    strands: z.array(Strand),
    readings: Ids.describe('key readings, most recommended first'),
    whereDone: Text.describe('where this work is done and how easy it is to do outside labs'),
    prerequisites: z.array(Text).min(1),
    feedbackSpeed: FeedbackSpeed,
    feedbackNote: Text,
    critique: z.object({ summary: Text, readings: Ids }).strict().optional(),
    principles: Ids.min(1),
    related: Ids,
  })
  .strict()
  .refine((d) => (d.tier === 'overrated') === (d.critique !== undefined), {
    message: 'a direction has a critique exactly when its tier is "overrated"',
    path: ['critique'],
  });

export const LinkStatus = z.enum(['verified', 'likely', 'unverified', 'unresolved']);
export const ResourceKind = z.enum([
  'post',
  'paper',
  'curriculum',
  'program',
  'agenda',
  'report',
  'book',
  'course',
]);

export const Resource = z
  .object({
    id: Id,
    citation: Text.describe('key in the reference citations'),
    kind: ResourceKind,
    title: Text.describe(
      'the canonical title, or for an unresolved link a description of what the post points to',
    ),
    authors: z.array(Text),
    year: z.number().int().nullable(),
    venue: Text.nullable(),
    url: Url.nullable().describe('null when the post links something that could not be identified'),
    altUrls: z.array(Url),
    linkStatus: LinkStatus,
    mention: Text.describe('how the post refers to the work'),
    about: Text.describe('what the work is and why the post points to it, in our own words'),
    section: Id,
    related: Ids,
  })
  .strict()
  .refine((r) => (r.linkStatus === 'unresolved') === (r.url === null), {
    message: 'a resource has no url exactly when its link is "unresolved"',
    path: ['url'],
  });

export const Cluster = z
  .object({
    id: ClusterSlug,
    title: Text,
    summary: Text,
    section: Id,
    readings: Ids,
  })
  .strict();

export const Topic = z
  .object({
    id: Id,
    title: Text,
    cluster: ClusterSlug,
    number: z.number().int().min(1).max(8).describe("the topic's position in its cluster's list in the post"),
    description: Text,
    readings: Ids,
    backgrounds: z.array(Background).describe('backgrounds that give a head start on this topic'),
    enjoys: z.array(Enjoy).describe('kinds of work this topic involves'),
    section: Id,
    related: Ids,
  })
  .strict();

export const TrackStep = z
  .object({
    id: Id,
    title: Text,
    summary: Text,
    resources: Ids,
    later: z.boolean().describe('a step for later, after the main sequence').default(false),
  })
  .strict();

export const Track = z
  .object({
    id: Id,
    title: Text,
    kind: z.enum(['upskilling', 'governance']),
    path: PathSlug.optional(),
    summary: Text,
    section: Id,
    steps: z.array(TrackStep).min(1).describe('in the order the post gives them'),
    principles: Ids,
    readings: Ids,
    related: Ids,
  })
  .strict();

export const KnowledgeBase = z
  .object({
    version: z.literal(1),
    source: Source,
    principles: z.array(Principle),
    paths: z.array(Path),
    directions: z.array(Direction),
    resources: z.array(Resource),
    clusters: z.array(Cluster),
    topics: z.array(Topic),
    tracks: z.array(Track),
    fitTests: z.array(FitTest),
  })
  .strict();

export type Section = z.infer<typeof Section>;
export type Source = z.infer<typeof Source>;
export type Principle = z.infer<typeof Principle>;
export type FitTest = z.infer<typeof FitTest>;
export type Path = z.infer<typeof Path>;
export type Strand = z.infer<typeof Strand>;
export type Direction = z.infer<typeof Direction>;
export type Resource = z.infer<typeof Resource>;
export type Cluster = z.infer<typeof Cluster>;
export type Topic = z.infer<typeof Topic>;
export type TrackStep = z.infer<typeof TrackStep>;
export type Track = z.infer<typeof Track>;
export type KnowledgeBase = z.infer<typeof KnowledgeBase>;
