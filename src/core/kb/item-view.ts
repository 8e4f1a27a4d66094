/**
 * Everything there is to show about one item, as data: the CLI's `lever show` and the web's item
 * pages render the same view, so both say the same things.
 */
import { backlinks, type ItemLink, outgoingLinks } from '../search/item-links.js';
import type { IndexedKnowledgeBase, ItemKind, KbItem } from './items.js';
import { sectionTrail, sectionUrl } from './links.js';

export interface ItemView {
  kind: ItemKind;
  item: KbItem['item'];
  /** The passage of the post the item comes from. */
  section: { id: string; title: string; trail: string; url: string } | null;
  /** Items this one refers to. */
  links: ItemLink[];
  /** Items that refer to this one. */
  backlinks: ItemLink[];
}

/** Gathers the item, its section link, and its links in both directions. */
export function itemView(indexed: IndexedKnowledgeBase, entry: KbItem): ItemView {
  const section = indexed.sections.get(entry.item.section);
  return {
    kind: entry.kind,
    item: entry.item,
    section: section
      ? {
          id: section.id,
          title: section.title,
          trail: sectionTrail(indexed.sections, section.id),
          url: sectionUrl(indexed.kb.source, section),
        }
      : null,
    links: outgoingLinks(indexed, entry),
    backlinks: backlinks(indexed, entry.item.id),
  };
}
