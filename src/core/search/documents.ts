/**
 * Turns each knowledge-base item into a search document: the fields MiniSearch indexes, and the
 * passages a result's snippet is cut from.
 */
import { type ItemKind, itemSummary, type KbItem } from '../kb/items.js';
import { idWords } from './terms.js';

export interface SearchDocument {
  id: string;
  kind: ItemKind;
  title: string;
  /** The id split into words, so "toy", "superposition" or "2022" find an id. */
  idWords: string;
  summary: string;
  /** Every other piece of the item's text, one passage per entry. */
  passages: string[];
}

/**
 * The item's text beyond its title and summary, in the order a reader meets it. A titled part
 * (a strand, a step) is one passage, so its snippet shows what the title means.
 */
function otherPassages(entry: KbItem): string[] {
  switch (entry.kind) {
    case 'principle':
      return entry.item.appliesTo.situations;
    case 'path':
      return entry.item.fit.signs;
    case 'direction': {
      const d = entry.item;
      return [
        ...d.strands.map((strand) => `${strand.title}: ${strand.summary}`),
        d.whereDone,
        ...d.prerequisites,
        d.feedbackNote,
        ...(d.critique ? [d.critique.summary] : []),
      ];
    }
    case 'resource': {
      const r = entry.item;
      const byline = [r.authors.join(', '), r.venue ?? '', r.year === null ? '' : String(r.year)];
      return [r.mention, byline.filter((part) => part !== '').join(', ')].filter((part) => part !== '');
    }
    case 'cluster':
      return [];
    case 'topic':
      return [entry.item.backgrounds.join(' ')].filter((part) => part !== '');
    case 'track':
      return entry.item.steps.map((step) => `${step.title}: ${step.summary}`);
    case 'fit-test': {
      const t = entry.item;
      return [`Deliverable: ${t.deliverable}`, ...t.goingWell, ...t.log];
    }
  }
}

/** The search document for one item. */
export function toSearchDocument(entry: KbItem): SearchDocument {
  return {
    id: entry.item.id,
    kind: entry.kind,
    title: entry.item.title,
    idWords: idWords(entry.item.id),
    summary: itemSummary(entry),
    passages: otherPassages(entry),
  };
}
