/** What the engine needs besides the profile, prepared once and shared across plans. */
import { fitTestsByPath } from '../kb/fit-tests.js';
import type { IndexedKnowledgeBase } from '../kb/items.js';
import { sectionTrail, sectionUrl } from '../kb/links.js';
import type { Direction, FitTest, Path, Principle, Resource, Topic, Track } from '../kb/schema.js';
import type { PrincipleRef, ResourceRef } from '../plan/schema.js';
import { type CompiledRules, compileRules } from './compiled-rules.js';
import type { Rule } from './rules-schema.js';

export interface AdviceContext {
  readonly ikb: IndexedKnowledgeBase;
  readonly rules: readonly Rule[];
  /** The rules with their conditions resolved, for evaluating them on every plan. */
  readonly compiledRules: CompiledRules;
  readonly paths: readonly Path[];
  readonly pathsById: ReadonlyMap<string, Path>;
  readonly directions: ReadonlyMap<string, Direction>;
  readonly topics: readonly Topic[];
  readonly topicsById: ReadonlyMap<string, Topic>;
  readonly tracks: ReadonlyMap<string, Track>;
  readonly principles: ReadonlyMap<string, Principle>;
  readonly resources: ReadonlyMap<string, Resource>;
  /** The fit-test catalogue by id. */
  readonly fitTests: ReadonlyMap<string, FitTest>;
  /** Each path's fit tests, in catalogue order: the first is the one a plan suggests. */
  readonly fitTestsByPath: ReadonlyMap<string, readonly FitTest[]>;
  readonly principleRefs: ReadonlyMap<string, PrincipleRef>;
}

/** Prepares the lookups the engine uses on every plan. */
export function createAdviceContext(ikb: IndexedKnowledgeBase, rules: readonly Rule[]): AdviceContext {
  const { kb } = ikb;
  const principleRefs = new Map<string, PrincipleRef>();
  for (const p of kb.principles) {
    const section = ikb.sections.get(p.section);
    if (!section) continue;
    principleRefs.set(p.id, {
      id: p.id,
      title: p.title,
      section: sectionTrail(ikb.sections, p.section),
      url: sectionUrl(kb.source, section),
    });
  }
  return {
    ikb,
    rules,
    compiledRules: compileRules(rules),
    paths: kb.paths,
    pathsById: new Map(kb.paths.map((p) => [p.id, p])),
    directions: new Map(kb.directions.map((d) => [d.id, d])),
    topics: kb.topics,
    topicsById: new Map(kb.topics.map((t) => [t.id, t])),
    tracks: new Map(kb.tracks.map((t) => [t.id, t])),
    principles: new Map(kb.principles.map((p) => [p.id, p])),
    resources: new Map(kb.resources.map((r) => [r.id, r])),
    fitTests: new Map(kb.fitTests.map((t) => [t.id, t])),
    fitTestsByPath: fitTestsByPath(kb.fitTests),
    principleRefs,
  };
}

/** A resource as the plan cites it, or undefined when the post's link could not be identified. */
export function resourceRef(ctx: AdviceContext, id: string): ResourceRef | undefined {
  const r = ctx.resources.get(id);
  return r?.url ? { id: r.id, title: r.title, url: r.url } : undefined;
}

/** Resource refs for ids, skipping those without a link. */
export function resourceRefs(ctx: AdviceContext, ids: readonly string[]): ResourceRef[] {
  return ids.flatMap((id) => {
    const ref = resourceRef(ctx, id);
    return ref ? [ref] : [];
  });
}
