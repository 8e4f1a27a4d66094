/** The details of a path: what fit looks like, and cheap ways to test it. */
import type { IndexedKnowledgeBase } from '../../../core/kb/items.js';
import type { Path } from '../../../core/kb/schema.js';
import type { Terminal } from '../../terminal.js';
import { blocks, bullets, paragraph, section, wrapWith } from '../text.js';
import { referenceList } from './references.js';

/** Fit (skills, enjoys, signs), numbered fit tests with duration and deliverable, and principles. */
export function pathDetails(term: Terminal, indexed: IndexedKnowledgeBase, path: Path): string {
  const fit = [
    paragraph(term, `Skills that matter most: ${path.fit.skills.join(', ')}`, 2),
    paragraph(term, `People who fit tend to enjoy: ${path.fit.enjoys.join(', ')}`, 2),
    bullets(term, path.fit.signs),
  ].join('\n');
  const tests = path.fitTests.map((test, i) => {
    const label = `  ${i + 1}. `;
    const pad = ' '.repeat(label.length);
    const weeks = `${test.weeks} week${test.weeks === 1 ? '' : 's'}`;
    return [
      wrapWith(term, `${term.colors.bold(test.title)} (${weeks})`, label, pad),
      paragraph(term, test.detail, pad.length),
      paragraph(term, `Deliverable: ${test.deliverable}`, pad.length),
    ].join('\n');
  });
  return blocks(
    section(term, 'What fit looks like', fit),
    section(term, 'Test your fit', tests.join('\n')),
    section(term, 'Principles', referenceList(term, indexed, path.principles)),
  );
}
