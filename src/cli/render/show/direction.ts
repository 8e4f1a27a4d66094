/** The details of a research direction: its strands, readings, where it is done, and its critique. */
import type { IndexedKnowledgeBase } from '../../../core/kb/items.js';
import type { Direction } from '../../../core/kb/schema.js';
import type { Terminal } from '../../terminal.js';
import { blocks, bullets, paragraph, section, wrapWith } from '../text.js';
import { referenceList } from './references.js';

const TIER_NOTES = {
  primary: 'one of the three primary directions',
  secondary: 'important, but less central than the primary three',
  overrated: 'overrated by newcomers: read the critique before investing',
} as const;

function strands(term: Terminal, indexed: IndexedKnowledgeBase, direction: Direction): string {
  const parts = direction.strands.map((strand) => {
    const head = wrapWith(term, term.colors.bold(strand.title), '  • ', '    ');
    const readings =
      strand.readings.length > 0 ? `\n${referenceList(term, indexed, strand.readings, 4)}` : '';
    return `${head}\n${paragraph(term, strand.summary, 4)}${readings}`;
  });
  return parts.join('\n');
}

/** Tier, strands with their readings, key readings, where the work is done, prerequisites, feedback, critique. */
export function directionDetails(
  term: Terminal,
  indexed: IndexedKnowledgeBase,
  direction: Direction,
): string {
  const critique = direction.critique;
  return blocks(
    paragraph(term, `Tier: ${direction.tier} (${TIER_NOTES[direction.tier]})`),
    section(term, 'Strands', strands(term, indexed, direction)),
    section(term, 'Key readings', referenceList(term, indexed, direction.readings)),
    section(term, 'Where the work is done', paragraph(term, direction.whereDone, 2)),
    section(term, 'Prerequisites', bullets(term, direction.prerequisites)),
    section(term, `Feedback speed: ${direction.feedbackSpeed}`, paragraph(term, direction.feedbackNote, 2)),
    critique
      ? section(
          term,
          'Critique',
          blocks(paragraph(term, critique.summary, 2), referenceList(term, indexed, critique.readings)),
        )
      : '',
  );
}
