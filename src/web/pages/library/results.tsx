/**
 * The library's results region. The page renders it, and so does the fragment the search island
 * fetches as the reader types, so both always look the same.
 */
import { libraryItemUrl } from '../urls.js';
import { BROWSE_ORDER, KIND_LABELS } from './kinds.js';
import type { LibraryListing, LibraryRow } from './listing.js';
import { KindBadge } from './parts.js';
import type { LibraryQuery } from './query.js';

/** The region's id; the island finds and replaces it by this id. */
export const RESULTS_ID = 'library-results';

/** One sentence saying what the list holds, announced to screen readers after each search. */
export function statusText(query: LibraryQuery, listing: LibraryListing): string {
  const noun = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`;
  const filtered = query.kind || query.direction || query.cluster ? ' with these filters' : '';
  if (!listing.searched) return `${noun(listing.total)}${filtered}.`;
  if (listing.total === 0) return `No items match “${query.q}”${filtered}.`;
  const shown =
    listing.rows.length < listing.total
      ? ` Showing the best ${listing.rows.length}: add words to narrow it.`
      : '';
  const verb = listing.total === 1 ? 'matches' : 'match';
  return `${noun(listing.total)} ${verb} “${query.q}”${filtered}, best first.${shown}`;
}

function Row(props: { row: LibraryRow }) {
  const { row } = props;
  return (
    <li class="result" data-id={row.id} data-kind={row.kind}>
      <a class="result-title" href={libraryItemUrl(row.id)}>
        {row.title}
      </a>{' '}
      <KindBadge kind={row.kind} />
      {row.text === '' ? null : <p class="result-text">{row.text}</p>}
    </li>
  );
}

/** Ranked results as one ordered list; a browsing listing as one list per kind. */
export function Results(props: { query: LibraryQuery; listing: LibraryListing }) {
  const { query, listing } = props;
  const status = statusText(query, listing);
  if (listing.searched) {
    return (
      <div id={RESULTS_ID} class="library-results" data-status={status} data-testid="library-results">
        <ol class="results" aria-label="Search results">
          {listing.rows.map((row) => (
            <Row row={row} />
          ))}
        </ol>
      </div>
    );
  }
  return (
    <div id={RESULTS_ID} class="library-results" data-status={status} data-testid="library-results">
      {BROWSE_ORDER.map((kind) => {
        const rows = listing.rows.filter((row) => row.kind === kind);
        if (rows.length === 0) return null;
        return (
          <section class="kind-group" aria-labelledby={`group-${kind}`}>
            <h2 id={`group-${kind}`}>
              {KIND_LABELS[kind].many} <span class="count">({rows.length})</span>
            </h2>
            <ul class="results">
              {rows.map((row) => (
                <Row row={row} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
