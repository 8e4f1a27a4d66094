/** `lever show`: one item as a readable page, from its title to the passage of the post it comes from. */
import { type IndexedKnowledgeBase, itemSummary, type KbItem } from '../../../core/kb/items.js';
import type { ItemLink } from '../../../core/search/item-links.js';
import type { ItemView } from '../../item-view.js';
import type { Terminal } from '../../terminal.js';
import { blocks, bullets, paragraph, reference, section } from '../text.js';
import { directionDetails } from './direction.js';
import { fitTestDetails } from './fit-test.js';
import { clusterDetails, topicDetails } from './governance.js';
import { pathDetails } from './path.js';
import { principleDetails } from './principle.js';
import { resourceDetails } from './resource.js';
import { trackDetails } from './track.js';

function details(term: Terminal, indexed: IndexedKnowledgeBase, entry: KbItem): string {
  switch (entry.kind) {
    case 'principle':
      return principleDetails(term, entry.item);
    case 'path':
      return pathDetails(term, indexed, entry.item);
    case 'direction':
      return directionDetails(term, indexed, entry.item);
    case 'resource':
      return resourceDetails(term, entry.item);
    case 'cluster':
      return clusterDetails(term, indexed, entry.item);
    case 'topic':
      return topicDetails(term, indexed, entry.item);
    case 'track':
      return trackDetails(term, indexed, entry.item);
    case 'fit-test':
      return fitTestDetails(term, indexed, entry.item);
  }
}

function linkList(term: Terminal, links: readonly ItemLink[]): string {
  return bullets(
    term,
    links.map((link) => `${reference(term, link.id, link.title)} ${term.colors.dim(`(${link.kind})`)}`),
  );
}

function header(term: Terminal, entry: KbItem): string {
  return [
    term.colors.cyan(entry.kind.replace('-', ' ').toUpperCase()),
    paragraph(term, term.colors.bold(entry.item.title)),
    term.colors.dim(entry.item.id),
  ].join('\n');
}

/** The whole page: header, summary, kind-specific details, links both ways, and the post's passage. */
export function renderItemPage(
  term: Terminal,
  indexed: IndexedKnowledgeBase,
  entry: KbItem,
  view: ItemView,
): string {
  const post = view.section
    ? section(term, `From the post: ${view.section.trail}`, `  ${view.section.url}`)
    : paragraph(term, `From the post: section "${entry.item.section}"`);
  return blocks(
    header(term, entry),
    paragraph(term, itemSummary(entry)),
    details(term, indexed, entry),
    section(term, 'Links to', linkList(term, view.links)),
    section(term, 'Linked from', linkList(term, view.backlinks)),
    post,
  );
}
