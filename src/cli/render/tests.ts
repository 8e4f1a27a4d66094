/** `lever tests`: the fit-test catalogue grouped by path, each test with what it takes and how to start it. */
import { type FitTestFilter, groupFitTestsByPath } from '../../core/kb/fit-tests.js';
import type { IndexedKnowledgeBase } from '../../core/kb/items.js';
import type { FitTest } from '../../core/kb/schema.js';
import type { Terminal } from '../terminal.js';
import { startCommand, weeksText } from './show/fit-test.js';
import { blocks, paragraph, wrapWith } from './text.js';

/** One test: id, title, time box (and direction), deliverable, and the command that starts it. */
function testBlock(term: Terminal, test: FitTest): string {
  const direction = test.direction ? ` · direction: ${test.direction}` : '';
  return [
    `  ${term.colors.cyan(test.id)}`,
    paragraph(term, term.colors.bold(test.title), 4),
    paragraph(term, `${weeksText(test.weeks)}${direction}`, 4),
    wrapWith(term, `Deliverable: ${test.deliverable}`, '    '),
    `    Start: ${startCommand(test.id)}`,
  ].join('\n');
}

function heading(filter: FitTestFilter): string {
  const parts = [
    filter.path ? `path ${filter.path}` : '',
    filter.direction ? `direction ${filter.direction}` : '',
  ].filter((p) => p !== '');
  return parts.length > 0 ? `Fit tests for ${parts.join(' and ')}` : 'Fit tests';
}

/** The page: a count, then each path's tests in catalogue order (its first is the one plans suggest). */
export function renderFitTests(
  term: Terminal,
  indexed: IndexedKnowledgeBase,
  tests: readonly FitTest[],
  filter: FitTestFilter,
): string {
  const header = `${term.colors.bold(heading(filter))} (${tests.length})`;
  if (tests.length === 0) {
    return `${header}\n\n${paragraph(term, 'No fit test in the catalogue matches. Run "lever tests" to see them all.')}`;
  }
  const groups = groupFitTestsByPath(indexed.kb, tests).map(({ path, tests: list }) =>
    [
      wrapWith(term, term.colors.bold(`${path.title} (${path.id})`), ''),
      ...list.map((test) => testBlock(term, test)),
    ].join('\n\n'),
  );
  const footer = term.colors.dim(
    'Run "lever show <id>" for a test\'s full brief: what to do, how to tell it is going well, and what to log.',
  );
  return blocks(header, ...groups, paragraph(term, footer));
}
