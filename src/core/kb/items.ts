/**
 * The knowledge base as a set of addressable items: every principle, path, direction, resource,
 * cluster, topic, track and fit test has one id, unique across all kinds.
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
  Topic,
  Track,
} from './schema.js';

export const ITEM_KINDS = [
  'principle',
  'path',
  'direction',
  'resource',
  'cluster',
  'topic',
  'track',
  'fit-test',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export type KbItem =
  | { kind: 'principle'; item: Principle }
  | { kind: 'path'; item: Path }
  | { kind: 'direction'; item: Direction }
  | { kind: 'resource'; item: Resource }
  | { kind: 'cluster'; item: Cluster }
  | { kind: 'topic'; item: Topic }
  | { kind: 'track'; item: Track }
  | { kind: 'fit-test'; item: FitTest };

/** Every item of the knowledge base, in a stable order (by kind, then as in the content files). */
export function allItems(kb: KnowledgeBase): KbItem[] {
  return [
    ...kb.principles.map((item) => ({ kind: 'principle' as const, item })),
    ...kb.paths.map((item) => ({ kind: 'path' as const, item })),
    ...kb.directions.map((item) => ({ kind: 'direction' as const, item })),
    ...kb.resources.map((item) => ({ kind: 'resource' as const, item })),
    ...kb.clusters.map((item) => ({ kind: 'cluster' as const, item })),
    ...kb.topics.map((item) => ({ kind: 'topic' as const, item })),
    ...kb.tracks.map((item) => ({ kind: 'track' as const, item })),
    ...kb.fitTests.map((item) => ({ kind: 'fit-test' as const, item })),
  ];
}

/** A knowledge base with lookups by id. Build once with `indexKnowledgeBase`, then share. */
export interface IndexedKnowledgeBase {
  readonly kb: KnowledgeBase;
  readonly items: readonly KbItem[];
  readonly byId: ReadonlyMap<string, KbItem>;
  readonly sections: ReadonlyMap<string, Section>;
}

/** Builds the id lookups. Assumes ids are unique (the reference check enforces it). */
export function indexKnowledgeBase(kb: KnowledgeBase): IndexedKnowledgeBase {
  const items = allItems(kb);
  const byId = new Map<string, KbItem>();
  for (const entry of items) if (!byId.has(entry.item.id)) byId.set(entry.item.id, entry);
  const sections = new Map(kb.source.sections.map((s) => [s.id, s]));
  return { kb, items, byId, sections };
}

/** The item's display title. */
export function itemTitle(entry: KbItem): string {
  return entry.item.title;
}

/** The item's one-paragraph summary. */
export function itemSummary(entry: KbItem): string {
  switch (entry.kind) {
    case 'resource':
      return entry.item.about;
    case 'topic':
      return entry.item.description;
    case 'fit-test':
      return entry.item.detail;
    default:
      return entry.item.summary;
  }
}

/** Ids this item points to, each with the field it comes from. */
export function outgoingReferences(entry: KbItem): { field: string; id: string }[] {
  const refs: { field: string; id: string }[] = [];
  const add = (field: string, ids: readonly string[]) => {
    for (const id of ids) refs.push({ field, id });
  };
  switch (entry.kind) {
    case 'principle':
      add('related', entry.item.related);
      break;
    case 'path':
      add('principles', entry.item.principles);
      add('related', entry.item.related);
      break;
    case 'direction':
      entry.item.strands.forEach((s, i) => {
        add(`strands[${i}].readings`, s.readings);
      });
      add('readings', entry.item.readings);
      add('critique.readings', entry.item.critique?.readings ?? []);
      add('principles', entry.item.principles);
      add('related', entry.item.related);
      break;
    case 'resource':
      add('related', entry.item.related);
      break;
    case 'cluster':
      add('readings', entry.item.readings);
      break;
    case 'topic':
      add('readings', entry.item.readings);
      add('related', entry.item.related);
      break;
    case 'track':
      entry.item.steps.forEach((s, i) => {
        add(`steps[${i}].resources`, s.resources);
      });
      add('principles', entry.item.principles);
      add('readings', entry.item.readings);
      add('related', entry.item.related);
      break;
    case 'fit-test':
      add('path', [entry.item.path]);
      add('direction', entry.item.direction === undefined ? [] : [entry.item.direction]);
      add('resources', entry.item.resources);
      add('principles', entry.item.principles);
      break;
  }
  return refs;
}

/** Field names whose ids must point to an item of one particular kind. */
export function expectedKind(field: string): ItemKind | undefined {
  if (field === 'principles') return 'principle';
  // A fit test's path and direction are slugs that must name a path and a direction of the knowledge base.
  if (field === 'path') return 'path';
  if (field === 'direction') return 'direction';
  if (/readings$|resources$/.test(field)) return 'resource';
  return undefined;
}
