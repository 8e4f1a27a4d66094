/** `lever search <query...>`: ranked full-text search over the whole knowledge base. */

import { loadKnowledgeBase } from '../../content/load-kb.js';
import { LeverError } from '../../core/errors.js';
import { toJson } from '../../core/json.js';
import type { ItemKind } from '../../core/kb/items.js';
import { buildSearchIndex, search } from '../../core/search/search-index.js';
import { parseKind } from '../kinds.js';
import { renderSearchResults } from '../render/search-results.js';
import { stdoutTerminal } from '../terminal.js';

const MAX_LIMIT = 200;
/** As the API's `q`: longer than any real search, and a pasted document would cost a slow query. */
const MAX_QUERY_LENGTH = 500;

export interface SearchCommandOptions {
  kind?: string[];
  limit?: string;
  json?: boolean;
}

function parseLimit(input: string | undefined): number {
  if (input === undefined) return 10;
  const limit = Number(input);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new LeverError(
      'invalid_input',
      `--limit must be a whole number from 1 to ${MAX_LIMIT}, got "${input}"`,
    );
  }
  return limit;
}

/** Kinds from repeated or comma-separated `--kind` values. */
function parseKinds(inputs: readonly string[] | undefined): ItemKind[] {
  const names = (inputs ?? []).flatMap((input) => input.split(',')).filter((name) => name.trim() !== '');
  return [...new Set(names.map(parseKind))];
}

/** The ranked results page, or with `json` the results as a JSON array. */
export async function runSearch(words: readonly string[], options: SearchCommandOptions): Promise<string> {
  const query = words.join(' ');
  if (query.length > MAX_QUERY_LENGTH) {
    throw new LeverError(
      'invalid_input',
      `the search may be at most ${MAX_QUERY_LENGTH} characters long, got ${query.length}`,
    );
  }
  const kinds = parseKinds(options.kind);
  const limit = parseLimit(options.limit);
  const index = buildSearchIndex(loadKnowledgeBase());
  const results = search(index, query, { kinds, limit });
  return options.json ? toJson(results) : renderSearchResults(stdoutTerminal(), query, results);
}
