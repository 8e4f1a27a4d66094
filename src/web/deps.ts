/** What the web app is built from: the store and the prepared core, created once at start-up. */
import type { AdviceContext } from '../core/advice/context.js';
import type { SearchIndex } from '../core/search/search-index.js';
import type { JournalService } from '../journal/service.js';
import type { LeverStore } from '../store/types.js';
import type { PlanCache } from './api/plan-cache.js';

/**
 * Where the store keeps the data, as the settings page shows it: the SQLite file in the data
 * directory (backups go to its `backups/` folder), or a PostgreSQL database, described without
 * credentials.
 */
export type StorageLocation =
  | { kind: 'sqlite'; file: string; dataDir: string }
  | { kind: 'postgres'; description: string };

export interface AppDeps {
  store: LeverStore;
  /** The knowledge base (as `advice.ikb`) and the rule table, prepared for advising. */
  advice: AdviceContext;
  search: SearchIndex;
  /** Experiments, check-ins, fit, expertise plans, asks and exports, over the same store. */
  journal: JournalService;
  /** Plans already sent by `POST /advice`, by request body; none means every request is computed. */
  planCache?: PlanCache | undefined;
  /** Where the data lives; absent when not known (a store opened directly, as in tests). */
  storage?: StorageLocation | undefined;
}
