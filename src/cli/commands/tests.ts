/** `lever tests`: the fit-test catalogue, grouped by path, optionally narrowed to a path or direction. */

import { loadKnowledgeBase } from '../../content/load-kb.js';
import { LeverError } from '../../core/errors.js';
import { toJson } from '../../core/json.js';
import { type FitTestFilter, filterFitTests } from '../../core/kb/fit-tests.js';
import type { IndexedKnowledgeBase } from '../../core/kb/items.js';
import type { Problem } from '../../core/validation.js';
import type { DirectionSlug, PathSlug } from '../../core/vocabulary.js';
import { renderFitTests } from '../render/tests.js';
import { stdoutTerminal } from '../terminal.js';

export interface TestsCommandOptions {
  path?: string;
  direction?: string;
  json?: boolean;
}

/** A problem for an option value outside `allowed`, or undefined when it is allowed (or absent). */
function unknownValue(field: string, value: string | undefined, allowed: readonly string[]): Problem[] {
  if (value === undefined || allowed.includes(value)) return [];
  return [{ path: field, message: `"${value}" is not allowed; expected one of: ${allowed.join(', ')}` }];
}

/**
 * Checks the options against the knowledge base's own paths and directions (not the schema
 * vocabulary, which would load the validation library on start-up); throws an invalid-input error
 * naming each bad field and what it allows.
 */
export function parseTestsFilter(indexed: IndexedKnowledgeBase, options: TestsCommandOptions): FitTestFilter {
  const path = options.path?.trim().toLowerCase();
  const direction = options.direction?.trim().toLowerCase();
  const problems = [
    ...unknownValue(
      'path',
      path,
      indexed.kb.paths.map((p) => p.id),
    ),
    ...unknownValue(
      'direction',
      direction,
      indexed.kb.directions.map((d) => d.id),
    ),
  ];
  if (problems.length > 0) {
    const fields = problems.map((p) => `--${p.path}`).join(' and ');
    throw new LeverError('invalid_input', `cannot list the fit tests: unknown ${fields}`, { problems });
  }
  return { path: path as PathSlug | undefined, direction: direction as DirectionSlug | undefined };
}

/** The catalogue page, or with `json` the matching tests as a JSON array, in catalogue order. */
export async function runTests(options: TestsCommandOptions): Promise<string> {
  const indexed = loadKnowledgeBase();
  const filter = parseTestsFilter(indexed, options);
  const tests = filterFitTests(indexed.kb.fitTests, filter);
  return options.json ? toJson(tests) : renderFitTests(stdoutTerminal(), indexed, tests, filter);
}
