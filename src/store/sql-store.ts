/**
 * The whole LeverStore over Kysely: saved profiles and the journal, one implementation shared by
 * the SQLite and PostgreSQL adapters, which supply the open database, their engine's quirks and
 * their own way to back up.
 */
import { createSqlAskStore } from './ask-queries.js';
import { createSqlDataStore } from './data-queries.js';
import { createSqlExperimentStore } from './experiment-queries.js';
import { createSqlProfileStore, type SqlStoreParts } from './profile-queries.js';
import type { DataStore, LeverStore } from './types.js';

/** Builds the store on an open, migrated database; `backupTo` is the adapter's own. */
export function createSqlStore(parts: SqlStoreParts, backupTo: DataStore['backupTo']): LeverStore {
  return {
    ...createSqlProfileStore(parts),
    ...createSqlExperimentStore(parts),
    ...createSqlAskStore(parts),
    ...createSqlDataStore(parts, backupTo),
  };
}
