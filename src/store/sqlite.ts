/** The SQLite adapter: one file on the person's own machine (or ':memory:' for tests). */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { LeverError } from '../core/errors.js';
import type { LeverDatabase } from './database.js';
import { systemEnvironment } from './environment.js';
import { createMigrator, migrateToLatest } from './migrations/index.js';
import type { EngineQuirks } from './profile-queries.js';
import { createSqlStore } from './sql-store.js';
import { backupSqlite } from './sqlite-backup.js';
import type { LeverStore, StoreEnvironment } from './types.js';

export interface SqliteStoreOptions {
  /** Path of the database file, created with its parent directories if missing; ':memory:' for a throwaway store. */
  file: string;
  env?: StoreEnvironment;
  /** Called with the SQL of every statement the store runs, for diagnostics and tests. */
  onQuery?: (sql: string) => void;
}

/** How long a write waits for another Lever process (CLI and web server) to finish its own. */
const BUSY_TIMEOUT_MS = 5000;

const sqliteQuirks: EngineQuirks = {
  readJson(column) {
    if (typeof column !== 'string') throw new Error(`expected JSON text, found ${typeof column}`);
    return JSON.parse(column);
  },
  async lockForWrite(trx) {
    // A write statement, even one that matches no row, takes SQLite's write lock at once (waiting up
    // to the busy timeout), so a later write in this transaction never fails on a changed snapshot.
    await sql`delete from asks where 0 = 1`.execute(trx);
  },
};

/** Opens (creating and migrating if needed) a SQLite-backed store. */
export async function openSqliteStore({
  file,
  env = systemEnvironment,
  onQuery,
}: SqliteStoreOptions): Promise<LeverStore> {
  const inMemory = file === ':memory:';
  let database: Database.Database;
  try {
    if (!inMemory) mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    database = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw cannotOpen(file, error);
  }
  try {
    // WAL lets the web server read while the CLI writes; the default synchronous=FULL keeps every
    // committed write across a power cut. The first pragma also proves the file is a database.
    if (!inMemory) database.pragma('journal_mode = WAL');
    // Deleted rows are overwritten with zeros rather than left in free pages, so text a person
    // deletes cannot be read back from the file (see withErasure for the write-ahead log).
    database.pragma('secure_delete = ON');
    database.pragma('foreign_keys = ON');
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  } catch (error) {
    database.close();
    throw cannotOpen(file, error);
  }

  const db = new Kysely<LeverDatabase>({
    dialect: new SqliteDialect({ database }),
    ...(onQuery === undefined ? {} : { log: (event) => onQuery(event.query.sql) }),
  });
  const migrator = createMigrator(db, 'sqlite');
  try {
    await migrateToLatest(migrator, file);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  // Holding the connection keeps this process's own transactions out of the copy's way.
  const backupTo = (destination: string) =>
    db.connection().execute(() => backupSqlite(database, file, destination));
  const store = createSqlStore({ db, migrator, env, quirks: sqliteQuirks }, backupTo);
  // Through the connection, so the log is never emptied in the middle of another transaction.
  const truncateLog = () => db.connection().execute(async () => database.pragma('wal_checkpoint(TRUNCATE)'));
  return inMemory ? store : withErasure(store, truncateLog);
}

/**
 * The store with every delete, and every edit that replaces text, followed by `truncateLog`. Until
 * the write-ahead log is copied into the database and emptied, it still holds the pages as they
 * were written, deleted or replaced text included; emptying it then leaves that text nowhere on
 * disk. A reader holding the log open (the
 * web server mid-request) can delay the emptying to a later delete; nothing is lost either way.
 */
function withErasure(store: LeverStore, truncateLog: () => Promise<unknown>): LeverStore {
  const erasing =
    <A extends unknown[], R>(remove: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const result = await remove(...args);
      await truncateLog();
      return result;
    };
  return {
    ...store,
    updateProfile: erasing(store.updateProfile),
    deleteProfile: erasing(store.deleteProfile),
    updateAsk: erasing(store.updateAsk),
    deleteExperiment: erasing(store.deleteExperiment),
    deleteCheckIn: erasing(store.deleteCheckIn),
    deleteAsk: erasing(store.deleteAsk),
    deleteAllData: erasing(store.deleteAllData),
  };
}

function cannotOpen(file: string, error: unknown): LeverError {
  const detail = error instanceof Error ? error.message : String(error);
  return new LeverError('internal', `cannot open the database at ${file}: ${detail}`);
}
