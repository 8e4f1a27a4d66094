/**
 * The fit-test catalogue seen by path and direction: what `lever tests`, the path pages and the
 * plan's fit tests share. Order is the catalogue's, so a path's first test stays first everywhere.
 */
import type { DirectionSlug, PathSlug } from '../vocabulary.js';
import type { FitTest, KnowledgeBase, Path } from './schema.js';

export interface FitTestFilter {
  path?: PathSlug | undefined;
  direction?: DirectionSlug | undefined;
}

/** The tests that match every given filter, in catalogue order. */
export function filterFitTests(tests: readonly FitTest[], filter: FitTestFilter): FitTest[] {
  return tests.filter(
    (test) =>
      (filter.path === undefined || test.path === filter.path) &&
      (filter.direction === undefined || test.direction === filter.direction),
  );
}

/** Each path's tests in catalogue order; the first is the one a plan suggests for the path. */
export function fitTestsByPath(tests: readonly FitTest[]): Map<PathSlug, FitTest[]> {
  const byPath = new Map<PathSlug, FitTest[]>();
  for (const test of tests) {
    const list = byPath.get(test.path);
    if (list) list.push(test);
    else byPath.set(test.path, [test]);
  }
  return byPath;
}

export interface PathFitTests {
  path: Path;
  tests: FitTest[];
}

/** The tests under their paths, paths in knowledge-base order; a path without tests is left out. */
export function groupFitTestsByPath(kb: KnowledgeBase, tests: readonly FitTest[]): PathFitTests[] {
  const byPath = fitTestsByPath(tests);
  return kb.paths.flatMap((path) => {
    const list = byPath.get(path.id);
    return list ? [{ path, tests: list }] : [];
  });
}
