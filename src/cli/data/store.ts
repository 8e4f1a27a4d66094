/**
 * The store for one data command (export, import, backup, delete everything): the same database
 * the journal commands and `lever start` use, from `--data-dir`, LEVER_DATA_DIR or
 * LEVER_DATABASE_URL. Closed when the command is done, also when it fails. Only an import creates
 * a data directory; with no database yet, the others see an empty store kept in memory.
 */
import { join } from 'node:path';
import {
  describeStoreLocation,
  openStore,
  SQLITE_FILE_NAME,
  type StoreConfig,
} from '../../store/open-store.js';
import { openSqliteStore } from '../../store/sqlite.js';
import type { LeverStore } from '../../store/types.js';
import { type DataOptions, databaseExists, journalStoreConfig } from '../journal/session.js';

export type { DataOptions };

export interface DataSession {
  store: LeverStore;
  config: StoreConfig;
  /** Whether the database existed before this command (a PostgreSQL URL always counts). */
  existed: boolean;
  /** Where the data lives, for messages: "SQLite file …" or "PostgreSQL database host/db". */
  location: string;
}

/** The SQLite file of a configuration without a database URL. */
export function sqliteFile(config: StoreConfig): string | undefined {
  if (config.databaseUrl !== undefined || config.dataDir === undefined) return undefined;
  return join(config.dataDir, SQLITE_FILE_NAME);
}

/** Runs `command` with the store; `create: true` creates the data directory and database if missing. */
export async function withDataStore<T>(
  options: DataOptions & { create: boolean },
  command: (session: DataSession) => Promise<T>,
  config: StoreConfig = journalStoreConfig(options),
): Promise<T> {
  const existed = databaseExists(config);
  const store =
    existed || options.create ? await openStore(config) : await openSqliteStore({ file: ':memory:' });
  try {
    return await command({ store, config, existed, location: describeStoreLocation(config) });
  } finally {
    await store.close();
  }
}
