/**
 * The web of references between items, in both directions: what an item points to, and what
 * points to it. Lets a reader move from a resource to every direction and track that cites it.
 */
import { type IndexedKnowledgeBase, type ItemKind, type KbItem, outgoingReferences } from '../kb/items.js';

export interface ItemLink {
  id: string;
  kind: ItemKind;
  title: string;
  /** The field of the referring item that holds the reference, e.g. "readings". */
  field: string;
}

/**
 * References that are ids but are not among `outgoingReferences` because they name a slug from
 * the vocabulary: a topic belongs to a cluster, a track may serve a path.
 */
function membershipReferences(entry: KbItem): { field: string; id: string }[] {
  if (entry.kind === 'topic') return [{ field: 'cluster', id: entry.item.cluster }];
  if (entry.kind === 'track' && entry.item.path !== undefined)
    return [{ field: 'path', id: entry.item.path }];
  return [];
}

function referencesOf(entry: KbItem): { field: string; id: string }[] {
  return [...membershipReferences(entry), ...outgoingReferences(entry)];
}

/** Items this item refers to, each once (at its first mention), in the order they appear. */
export function outgoingLinks(indexed: IndexedKnowledgeBase, entry: KbItem): ItemLink[] {
  const links: ItemLink[] = [];
  const seen = new Set<string>();
  for (const { field, id } of referencesOf(entry)) {
    const target = indexed.byId.get(id);
    if (!target || seen.has(id)) continue;
    seen.add(id);
    links.push({ id, kind: target.kind, title: target.item.title, field });
  }
  return links;
}

/** Items that refer to the item with this id, each once, in knowledge-base order. */
export function backlinks(indexed: IndexedKnowledgeBase, id: string): ItemLink[] {
  const links: ItemLink[] = [];
  for (const entry of indexed.items) {
    if (entry.item.id === id) continue;
    const reference = referencesOf(entry).find((ref) => ref.id === id);
    if (reference) {
      links.push({ id: entry.item.id, kind: entry.kind, title: entry.item.title, field: reference.field });
    }
  }
  return links;
}
