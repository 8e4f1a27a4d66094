/**
 * `lever backup [FILE]`: a consistent copy of the SQLite database, safe to take while `lever
 * start` is running and saving. By default it goes to the data directory's `backups/` folder under
 * a name with the date and time; it never replaces an existing file. A PostgreSQL store has no
 * file to copy: the command points to `lever export` and the server's own dump tool instead.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LeverError } from '../../core/errors.js';
import { backupDatabase } from '../../journal/data.js';
import { type DataOptions, sqliteFile, withDataStore } from '../data/store.js';
import { journalStoreConfig } from '../journal/session.js';

/** The folder inside the data directory that default backups go to. */
export const BACKUP_FOLDER = 'backups';

const two = (n: number) => String(n).padStart(2, '0');

/** "lever-backup-2030-01-31T094500.db": the local date and time, sortable and safe in file names. */
export function defaultBackupName(now: Date): string {
  const date = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  const time = `${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`;
  return `lever-backup-${date}T${time}.db`;
}

/** "812 KB", "3.4 MB". */
export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Backs up the database; returns what to print. */
export async function runBackup(file: string | undefined, options: DataOptions): Promise<string> {
  const config = journalStoreConfig(options);
  const live = sqliteFile(config);
  if (live === undefined || config.dataDir === undefined) {
    throw new LeverError(
      'invalid_input',
      'LEVER_DATABASE_URL is set, so your data is in PostgreSQL and there is no database file to copy: run "lever export FILE" for a file of everything you saved, or pg_dump for the whole database',
    );
  }
  if (file === '-') {
    throw new LeverError(
      'invalid_input',
      'a backup is a database file: give the name of a new file, not "-"',
    );
  }
  if (!existsSync(live)) {
    throw new LeverError(
      'not_found',
      `there is no Lever database at ${live} yet, so there is nothing to back up`,
    );
  }
  const target = file ?? join(config.dataDir, BACKUP_FOLDER, defaultBackupName(new Date()));
  const summary = await withDataStore(
    { ...options, create: false },
    ({ store }) => backupDatabase(store, target),
    config,
  );
  return [
    `Backed up ${live} to ${summary.file} (${sizeText(summary.bytes)}).`,
    `To restore it: stop Lever, delete lever.db-wal and lever.db-shm in ${config.dataDir} if they are there, and copy the backup over ${live}.`,
  ].join('\n');
}
