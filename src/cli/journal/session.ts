/**
 * The journal for one command: opens the same store the web app uses (PostgreSQL when
 * LEVER_DATABASE_URL is set, else `lever.db` in the data directory), builds the journal service
 * over it and the knowledge base, runs the command, and closes the store, also when it fails.
 * Only commands that add something create a data directory: with no database yet, the others read
 * an empty journal kept in memory.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AdviceContext } from '../../core/advice/context.js';
import { createJournal, type JournalService } from '../../journal/service.js';
import {
  openStore,
  SQLITE_FILE_NAME,
  type StoreConfig,
  storeConfigFromEnvironment,
} from '../../store/open-store.js';
import { openSqliteStore } from '../../store/sqlite.js';
import type { LeverStore } from '../../store/types.js';
import { loadCliAdviceContext } from '../advice-context.js';

export interface DataOptions {
  /** `--data-dir`: where the SQLite file lives (LEVER_DATA_DIR or the usual place otherwise). */
  dataDir?: string | undefined;
}

export interface JournalSession {
  journal: JournalService;
  advice: AdviceContext;
}

/** The store configuration from `--data-dir` and the environment, with a note when the flag is unused. */
export function journalStoreConfig(options: DataOptions): StoreConfig {
  const config = storeConfigFromEnvironment({ dataDirFlag: options.dataDir });
  if (options.dataDir !== undefined && config.databaseUrl !== undefined) {
    process.stderr.write('note: LEVER_DATABASE_URL is set, so --data-dir is not used\n');
  }
  return config;
}

/** Whether the configured database exists already (a PostgreSQL URL always counts). */
export function databaseExists(config: StoreConfig): boolean {
  if (config.databaseUrl !== undefined) return true;
  return config.dataDir !== undefined && existsSync(join(config.dataDir, SQLITE_FILE_NAME));
}

async function open(config: StoreConfig, create: boolean): Promise<LeverStore> {
  if (create || databaseExists(config)) return openStore(config);
  return openSqliteStore({ file: ':memory:' });
}

/**
 * Runs `command` with the journal. `create: true` (for commands that add something) opens the
 * store, creating the data directory and database if needed; otherwise a missing database reads
 * as an empty journal, since nothing in it can be changed, and nothing is created.
 */
export async function withJournal<T>(
  options: DataOptions & { create: boolean },
  command: (session: JournalSession) => Promise<T>,
): Promise<T> {
  const config = journalStoreConfig(options);
  const advice = await loadCliAdviceContext();
  const store = await open(config, options.create);
  try {
    return await command({ journal: createJournal({ store, advice }), advice });
  } finally {
    await store.close();
  }
}
