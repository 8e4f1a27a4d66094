/** Chooses and opens the store: PostgreSQL when a database URL is configured, else SQLite in the data directory. */
import { join } from 'node:path';
import { LeverError } from '../core/errors.js';
import { ensureDataDir, resolveDataDir } from './data-dir.js';
import type { LeverStore, StoreEnvironment } from './types.js';

/** The SQLite file's name inside the data directory. */
export const SQLITE_FILE_NAME = 'lever.db';

export interface StoreConfig {
  /** LEVER_DATABASE_URL: a postgres:// URL; when set, no data directory is created. */
  databaseUrl?: string | undefined;
  /** The data directory for the SQLite file; resolved from the environment when absent. */
  dataDir?: string | undefined;
  env?: StoreEnvironment;
}

/** Reads LEVER_DATABASE_URL and the data directory (`--data-dir`, LEVER_DATA_DIR or the default). */
export function storeConfigFromEnvironment(
  options: { dataDirFlag?: string | undefined; vars?: Readonly<Record<string, string | undefined>> } = {},
): StoreConfig {
  const vars = options.vars ?? process.env;
  const url = vars.LEVER_DATABASE_URL?.trim();
  return {
    databaseUrl: url === '' ? undefined : url,
    dataDir: resolveDataDir({ flag: options.dataDirFlag, vars }),
  };
}

/**
 * Opens the configured store, running any pending migrations. Each adapter is imported only when
 * chosen, so a command on the person's own SQLite file never loads the PostgreSQL driver.
 */
export async function openStore(config: StoreConfig = {}): Promise<LeverStore> {
  const env = config.env === undefined ? {} : { env: config.env };
  if (config.databaseUrl !== undefined) {
    const url = checkDatabaseUrl(config.databaseUrl);
    const { openPostgresStore } = await import('./postgres.js');
    return openPostgresStore({ url, ...env });
  }
  const file = sqliteFileIn(config.dataDir);
  const { openSqliteStore } = await import('./sqlite.js');
  return openSqliteStore({ file, ...env });
}

/** Where `openStore(config)` keeps data, for a start-up line; never includes a password. */
export function describeStoreLocation(config: StoreConfig): string {
  if (config.databaseUrl === undefined) return `SQLite file ${sqliteFileIn(config.dataDir, false)}`;
  try {
    const url = new URL(config.databaseUrl);
    return `PostgreSQL database ${url.host}${url.pathname}`;
  } catch {
    return 'PostgreSQL database (unparseable LEVER_DATABASE_URL)';
  }
}

function sqliteFileIn(dataDir: string | undefined, create = true): string {
  const dir = dataDir ?? resolveDataDir();
  return join(create ? ensureDataDir(dir) : dir, SQLITE_FILE_NAME);
}

function checkDatabaseUrl(url: string): string {
  if (/^postgres(ql)?:\/\//i.test(url)) return url;
  // The value itself is not echoed: it may carry a password.
  const message = 'must be a PostgreSQL URL starting with postgres:// or postgresql://';
  throw new LeverError('invalid_input', `LEVER_DATABASE_URL ${message}`, {
    problems: [{ path: 'LEVER_DATABASE_URL', message }],
  });
}
