/**
 * The resources against the reference list (reference/citations.json): every citation has its
 * resource, and the bibliographic fields are copied exactly, so Lever never links a wrong URL.
 */
import * as z from 'zod';
import type { KnowledgeBase, Resource } from '../../../src/core/kb/schema.js';

/** One entry of the reference list, as far as the knowledge base depends on it. */
export const Citation = z.object({
  key: z.string(),
  kind: z.string(),
  title: z.string().nullable(),
  authors: z.array(z.string()).nullable(),
  year: z.number().int().nullable(),
  venue: z.string().nullable(),
  url: z.string().nullable(),
  confidence: z.string(),
  seed_mention: z.string(),
});
export type Citation = z.infer<typeof Citation>;

/** Parses the reference list; throws naming the entry that does not have the expected shape. */
export function parseCitations(json: string): Citation[] {
  return z.array(Citation).parse(JSON.parse(json));
}

/** Fields that must be identical in a linked resource and its citation. */
const COPIED_FIELDS = ['url', 'title', 'authors', 'year', 'kind', 'venue'] as const;

function linkedProblems(resource: Resource, citation: Citation): string[] {
  const problems: string[] = [];
  for (const field of COPIED_FIELDS) {
    const mine = JSON.stringify(resource[field]);
    const theirs = JSON.stringify(citation[field]);
    if (mine !== theirs) {
      problems.push(`resource:${resource.id}.${field} is ${mine}, but ${citation.key} has ${theirs}`);
    }
  }
  if (resource.linkStatus !== citation.confidence) {
    problems.push(
      `resource:${resource.id}.linkStatus is "${resource.linkStatus}", but ${citation.key} is "${citation.confidence}"`,
    );
  }
  return problems;
}

function unresolvedProblems(resource: Resource, citation: Citation): string[] {
  const problems: string[] = [];
  if (resource.url !== null) {
    problems.push(
      `resource:${resource.id}.url is ${resource.url}, but ${citation.key} has no url: it must be null`,
    );
  }
  if (resource.linkStatus !== 'unresolved') {
    problems.push(`resource:${resource.id}.linkStatus is "${resource.linkStatus}", expected "unresolved"`);
  }
  return problems;
}

/** Every difference between the knowledge base's resources and the reference list. */
export function citationProblems(kb: KnowledgeBase, citations: readonly Citation[]): string[] {
  const problems: string[] = [];
  for (const citation of citations) {
    const resources = kb.resources.filter((r) => r.citation === citation.key);
    const [resource] = resources;
    if (!resource) {
      problems.push(
        `no resource has citation "${citation.key}" (${citation.title ?? citation.seed_mention})`,
      );
      continue;
    }
    if (resources.length > 1) {
      problems.push(
        `citation "${citation.key}" has ${resources.length} resources: ${resources.map((r) => r.id).join(', ')}`,
      );
    }
    problems.push(
      ...(citation.url === null
        ? unresolvedProblems(resource, citation)
        : linkedProblems(resource, citation)),
    );
  }
  const keys = new Set(citations.map((c) => c.key));
  for (const resource of kb.resources) {
    if (!keys.has(resource.citation)) {
      problems.push(`resource:${resource.id}.citation "${resource.citation}" is not in the reference list`);
    }
  }
  const post = citations.find((c) => c.key === kb.source.citation);
  if (!post) problems.push(`source.citation "${kb.source.citation}" is not in the reference list`);
  else if (post.url !== kb.source.url)
    problems.push(`source.url is ${kb.source.url}, but ${post.key} has ${post.url}`);
  return problems;
}
