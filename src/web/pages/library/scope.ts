/**
 * What "filter by direction" and "filter by cluster" keep: the neighbourhood of that item in the
 * web of references, so a reader sees a direction together with its readings, principles, and
 * everything that points to it.
 */
import type { IndexedKnowledgeBase } from '../../../core/kb/items.js';
import { backlinks, outgoingLinks } from '../../../core/search/item-links.js';

/** The item itself, the items it refers to, and the items that refer to it. */
export function neighbourhood(ikb: IndexedKnowledgeBase, id: string): Set<string> {
  const ids = new Set<string>();
  const entry = ikb.byId.get(id);
  if (!entry) return ids;
  ids.add(id);
  for (const link of outgoingLinks(ikb, entry)) ids.add(link.id);
  for (const link of backlinks(ikb, id)) ids.add(link.id);
  return ids;
}

/**
 * A cluster's neighbourhood, plus each of its topics' readings: a topic's readings are what its
 * expert would start from, so they belong to the cluster as much as the cluster's own readings.
 */
export function clusterScope(ikb: IndexedKnowledgeBase, clusterId: string): Set<string> {
  const ids = neighbourhood(ikb, clusterId);
  for (const topic of ikb.kb.topics) {
    if (topic.cluster !== clusterId) continue;
    ids.add(topic.id);
    for (const reading of topic.readings) ids.add(reading);
  }
  return ids;
}
