/**
 * The whole LeverStore over Kysely: saved profiles and the journal, one implementation shared by
 * the SQLite and PostgreSQL adapters, which supply the open database and their engine's quirks.
 */
import { createSqlAskStore } from './ask-queries.js';
import { createSqlExperimentStore } from './experiment-queries.js';
import { createSqlProfileStore, type SqlStoreParts } from './profile-queries.js';
import type { LeverStore } from './types.js';

/** Builds the store on an open, migrated database. */
export function createSqlStore(parts: SqlStoreParts): LeverStore {
  return {
    ...createSqlProfileStore(parts),
    ...createSqlExperimentStore(parts),
    ...createSqlAskStore(parts),
  };
}
