/** The details of a path: what fit looks like, and the catalogue's cheap ways to test it. */
import { filterFitTests } from '../../../core/kb/fit-tests.js';
import type { IndexedKnowledgeBase } from '../../../core/kb/items.js';
import type { Path } from '../../../core/kb/schema.js';
import type { Terminal } from '../../terminal.js';
import { blocks, bullets, paragraph, section, wrapWith } from '../text.js';
import { weeksText } from './fit-test.js';
import { referenceList } from './references.js';

const BRIEF_HINT = 'Run "lever show <id>" for a test\'s full brief, or "lever tests" for them all.';

/** The path's fit tests from the catalogue, numbered, each with its id, duration and deliverable. */
function fitTests(term: Terminal, indexed: IndexedKnowledgeBase, path: Path): string {
  const tests = filterFitTests(indexed.kb.fitTests, { path: path.id });
  const width = String(tests.length).length;
  return tests
    .map((test, i) => {
      const label = `  ${String(i + 1).padStart(width)}. `;
      const pad = ' '.repeat(label.length);
      return [
        wrapWith(term, `${term.colors.bold(test.title)} (${weeksText(test.weeks)})`, label, pad),
        `${pad}${term.colors.cyan(test.id)}`,
        paragraph(term, test.detail, pad.length),
        paragraph(term, `Deliverable: ${test.deliverable}`, pad.length),
      ].join('\n');
    })
    .join('\n');
}

/** Fit (skills, enjoys, signs), the path's fit tests, and principles. */
export function pathDetails(term: Terminal, indexed: IndexedKnowledgeBase, path: Path): string {
  const fit = [
    paragraph(term, `Skills that matter most: ${path.fit.skills.join(', ')}`, 2),
    paragraph(term, `People who fit tend to enjoy: ${path.fit.enjoys.join(', ')}`, 2),
    bullets(term, path.fit.signs),
  ].join('\n');
  const tests = fitTests(term, indexed, path);
  return blocks(
    section(term, 'What fit looks like', fit),
    section(
      term,
      'Test your fit',
      tests === '' ? '' : `${tests}\n${paragraph(term, term.colors.dim(BRIEF_HINT), 2)}`,
    ),
    section(term, 'Principles', referenceList(term, indexed, path.principles)),
  );
}
