/** What the web app is built from: the store and the prepared core, created once at start-up. */
import type { AdviceContext } from '../core/advice/context.js';
import type { SearchIndex } from '../core/search/search-index.js';
import type { ProfileStore } from '../store/types.js';

export interface AppDeps {
  store: ProfileStore;
  /** The knowledge base (as `advice.ikb`) and the rule table, prepared for advising. */
  advice: AdviceContext;
  search: SearchIndex;
}
