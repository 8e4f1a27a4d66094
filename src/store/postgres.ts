/** The PostgreSQL adapter: a shared server's database, reached by URL. */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { LeverError } from '../core/errors.js';
import type { LeverDatabase } from './database.js';
import { systemEnvironment } from './environment.js';
import { createMigrator, migrateToLatest } from './migrations/index.js';
import type { EngineQuirks } from './profile-queries.js';
import { createSqlStore } from './sql-store.js';
import type { LeverStore, StoreEnvironment } from './types.js';

export interface PostgresStoreOptions {
  /** A postgres:// or postgresql:// connection URL. */
  url: string;
  /** A schema to keep Lever's tables in, created if missing; otherwise the connection's current schema. */
  schema?: string;
  env?: StoreEnvironment;
}

/** Plain lower-case identifiers only, so the name needs no quoting in the search_path option. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

const postgresQuirks: EngineQuirks = {
  // The pg driver hands jsonb back already parsed, so the column is the JSON value itself.
  readJson: (column) => column,
  async lockForWrite(trx) {
    // Blocks every other writer (not readers) until this transaction ends; tables are locked in
    // the order other transactions write them (experiments before check-ins), so none deadlock.
    await sql`lock table profiles, experiments, check_ins, asks in share row exclusive mode`.execute(trx);
  },
};

/** Opens (migrating if needed) a PostgreSQL-backed store. */
export async function openPostgresStore({
  url,
  schema,
  env = systemEnvironment,
}: PostgresStoreOptions): Promise<LeverStore> {
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new LeverError(
      'invalid_input',
      `schema: ${JSON.stringify(schema)} is not a plain lower-case name`,
      {
        problems: [{ path: 'schema', message: 'use lower-case letters, digits and _ (at most 63)' }],
      },
    );
  }
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: 10_000,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle connection dropped by the server must not crash the process; the next query reconnects
  // or reports the failure to its caller.
  pool.on('error', () => {});
  const db = new Kysely<LeverDatabase>({ dialect: new PostgresDialect({ pool }) });
  const where = redact(url);
  try {
    let tableSchema = schema;
    if (schema === undefined) {
      const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
      tableSchema = rows[0]?.schema ?? undefined;
      if (tableSchema === undefined) throw new Error('no schema on the search_path exists');
    } else {
      await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
    }
    // Pinning Kysely's bookkeeping tables to the schema matters: unpinned, its "does the migration
    // table exist" check looks in every schema and is fooled by another Lever's tables.
    const migrator = createMigrator(db, 'postgres', tableSchema);
    await migrateToLatest(migrator, where);
    return createSqlStore({ db, migrator, env, quirks: postgresQuirks }, refuseFileBackup);
  } catch (error) {
    await db.destroy();
    if (error instanceof LeverError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new LeverError('internal', `cannot open the PostgreSQL database at ${where}: ${detail}`);
  }
}

/** A PostgreSQL database is not one file Lever can copy; the person has two better ways. */
async function refuseFileBackup(): Promise<never> {
  const message =
    'a backup copies the SQLite database file, but this Lever keeps its data in PostgreSQL: use `lever export` for a file of everything you saved, or pg_dump for the whole database';
  throw new LeverError('invalid_input', message, { problems: [{ path: 'file', message }] });
}

/** The URL without its password, for messages and logs. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return '(an unparseable URL)';
  }
}
