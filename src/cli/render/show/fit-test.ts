/** The details of a fit test: what it tests, its time box and deliverable, and how to run it. */
import type { IndexedKnowledgeBase } from '../../../core/kb/items.js';
import type { FitTest } from '../../../core/kb/schema.js';
import type { Terminal } from '../../terminal.js';
import { blocks, bullets, paragraph, reference, section } from '../text.js';
import { referenceList } from './references.js';

/** "3 weeks", "1 week". */
export function weeksText(weeks: number): string {
  return `${weeks} week${weeks === 1 ? '' : 's'}`;
}

/** The command that starts a catalogue test as a fit experiment. */
export function startCommand(id: string): string {
  return `lever experiment start ${id}`;
}

function titleOf(indexed: IndexedKnowledgeBase, id: string): string {
  return indexed.byId.get(id)?.item.title ?? id;
}

/** Path, direction and time box; the deliverable; signs it goes well; what to log; where to start. */
export function fitTestDetails(term: Terminal, indexed: IndexedKnowledgeBase, test: FitTest): string {
  const facts = [
    `Tests your fit for: ${reference(term, test.path, titleOf(indexed, test.path))}`,
    test.direction
      ? `Research direction: ${reference(term, test.direction, titleOf(indexed, test.direction))}`
      : '',
    `Time box: ${weeksText(test.weeks)}`,
  ].filter((line) => line !== '');
  return blocks(
    facts.map((line) => paragraph(term, line)).join('\n'),
    section(term, 'Deliverable', paragraph(term, test.deliverable, 2)),
    section(term, 'It is going well if', bullets(term, test.goingWell)),
    section(term, 'At each check-in, note', bullets(term, test.log)),
    section(term, 'Start from', referenceList(term, indexed, test.resources)),
    section(term, 'Principles', referenceList(term, indexed, test.principles)),
    section(term, 'Start it as a fit experiment', `  ${term.colors.cyan(startCommand(test.id))}`),
  );
}
