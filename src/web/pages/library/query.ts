/** Reads the library's GET form (/library?q=&kind=&direction=&cluster=) into a checked query. */
import { ITEM_KINDS, type ItemKind } from '../../../core/kb/items.js';
import {
  CLUSTER_SLUGS,
  type ClusterSlug,
  DIRECTION_SLUGS,
  type DirectionSlug,
} from '../../../core/vocabulary.js';

export interface LibraryQuery {
  /** The search words, trimmed; empty lists everything. */
  q: string;
  kind?: ItemKind;
  direction?: DirectionSlug;
  cluster?: ClusterSlug;
}

/** A form value that was not allowed; the page shows it next to the form and ignores the value. */
export interface QueryProblem {
  field: 'q' | 'kind' | 'direction' | 'cluster';
  message: string;
}

/** Longer than any real search; a cap keeps a pasted document from costing a slow query. */
export const MAX_QUERY_LENGTH = 200;

function oneOf<T extends string>(
  field: QueryProblem['field'],
  value: string | undefined,
  allowed: readonly T[],
  problems: QueryProblem[],
): T | undefined {
  const wanted = value?.trim() ?? '';
  if (wanted === '') return undefined;
  const found = allowed.find((slug) => slug === wanted);
  if (found === undefined) {
    problems.push({ field, message: `unknown ${field} "${wanted}"; expected one of: ${allowed.join(', ')}` });
  }
  return found;
}

/** Parses the form's values. Empty values mean "any"; a bad value is reported, never thrown. */
export function parseLibraryQuery(params: Record<string, string | undefined>): {
  query: LibraryQuery;
  problems: QueryProblem[];
} {
  const problems: QueryProblem[] = [];
  let q = (params.q ?? '').trim();
  if (q.length > MAX_QUERY_LENGTH) {
    problems.push({ field: 'q', message: `the search may be at most ${MAX_QUERY_LENGTH} characters long` });
    q = '';
  }
  const query: LibraryQuery = { q };
  const kind = oneOf('kind', params.kind, ITEM_KINDS, problems);
  const direction = oneOf('direction', params.direction, DIRECTION_SLUGS, problems);
  const cluster = oneOf('cluster', params.cluster, CLUSTER_SLUGS, problems);
  if (kind) query.kind = kind;
  if (direction) query.direction = direction;
  if (cluster) query.cluster = cluster;
  return { query, problems };
}
