/** The library's search and filter form: a plain GET form, which the search island enhances. */
import type { IndexedKnowledgeBase } from '../../../core/kb/items.js';
import { TIERS } from '../../../core/vocabulary.js';
import { LIBRARY_URL } from '../urls.js';
import { TIER_LABELS } from './details/direction.js';
import { BROWSE_ORDER, KIND_LABELS } from './kinds.js';
import { type LibraryQuery, MAX_QUERY_LENGTH } from './query.js';

function Choice(props: { value: string; label: string; chosen: string | undefined }) {
  return (
    <option value={props.value} selected={props.value === props.chosen}>
      {props.label}
    </option>
  );
}

/** Search words plus three filters; works without JavaScript, one request per submit. */
export function SearchForm(props: { ikb: IndexedKnowledgeBase; query: LibraryQuery }) {
  const { ikb, query } = props;
  return (
    <search aria-label="Search the library">
      <form
        class="library-form"
        method="get"
        action={LIBRARY_URL}
        data-library-search
        data-testid="library-form"
      >
        <div class="field field-q">
          <label for="library-q">Search</label>
          <input
            id="library-q"
            name="q"
            type="search"
            value={query.q}
            maxlength={MAX_QUERY_LENGTH}
            autocomplete="off"
            spellcheck={false}
            placeholder="e.g. superposition, debate, export controls"
            aria-describedby="library-status"
          />
        </div>
        <div class="field">
          <label for="library-kind">Kind</label>
          <select id="library-kind" name="kind">
            <Choice value="" label="Any kind" chosen={query.kind ?? ''} />
            {BROWSE_ORDER.map((kind) => (
              <Choice value={kind} label={KIND_LABELS[kind].many} chosen={query.kind} />
            ))}
          </select>
        </div>
        <div class="field">
          <label for="library-direction">Direction</label>
          <select id="library-direction" name="direction">
            <Choice value="" label="Any direction" chosen={query.direction ?? ''} />
            {TIERS.map((tier) => (
              <optgroup label={TIER_LABELS[tier].title}>
                {ikb.kb.directions
                  .filter((d) => d.tier === tier)
                  .map((d) => (
                    <Choice value={d.id} label={d.title} chosen={query.direction} />
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="library-cluster">Topic cluster</label>
          <select id="library-cluster" name="cluster">
            <Choice value="" label="Any cluster" chosen={query.cluster ?? ''} />
            {ikb.kb.clusters.map((cluster) => (
              <Choice value={cluster.id} label={cluster.title} chosen={query.cluster} />
            ))}
          </select>
        </div>
        <div class="form-actions">
          <button type="submit">Search</button> <a href="/library">Clear</a>
        </div>
      </form>
    </search>
  );
}
