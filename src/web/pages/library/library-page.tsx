/** The library (/library): every item of the knowledge base, searchable and filterable. */
import type { IndexedKnowledgeBase } from '../../../core/kb/items.js';
import type { LibraryListing } from './listing.js';
import { LIBRARY_SEARCH_JS, PageFrame } from './page-frame.js';
import type { LibraryQuery, QueryProblem } from './query.js';
import { Results, statusText } from './results.js';
import { SearchForm } from './search-form.js';

/** The form, any problems with what was asked, a live status line, and the results. */
export function LibraryPage(props: {
  ikb: IndexedKnowledgeBase;
  query: LibraryQuery;
  problems: readonly QueryProblem[];
  listing: LibraryListing;
}) {
  const { ikb, query, problems, listing } = props;
  return (
    <PageFrame
      ikb={ikb}
      title={query.q === '' ? 'Library' : `${query.q} · Library`}
      current="library"
      scripts={[LIBRARY_SEARCH_JS]}
    >
      <div class="page-header">
        <h1>Library</h1>
        <p class="lede">
          Every path, research direction, fit test, track, governance topic, principle and reading Lever takes
          from the post. Results update as you type; typos and unfinished words are fine.
        </p>
      </div>
      <SearchForm ikb={ikb} query={query} />
      {problems.length > 0 ? (
        <div class="notice error" role="alert" data-testid="library-problems">
          <p>Some of the filters were not understood and were left out:</p>
          <ul class="problem-list">
            {problems.map((problem) => (
              <li>
                <code>{problem.field}</code>: {problem.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p id="library-status" class="library-status" role="status" data-testid="library-status">
        {statusText(query, listing)}
      </p>
      <Results query={query} listing={listing} />
    </PageFrame>
  );
}
