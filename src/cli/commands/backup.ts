/**
 * `lever backup [FILE]`: a consistent copy of the SQLite database, safe to take while `lever
 * start` is running and saving. By default it goes to the data directory's `backups/` folder under
 * a name with the date and time. A file named is written as every command writes files: its folder
 * must exist, an existing file is replaced only with --force, a symbolic link is followed and a
 * FIFO or a device is written to. A PostgreSQL store has no file to copy: the command points to
 * `lever export` and the server's own dump tool instead.
 */
import { existsSync, readFileSync, realpathSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LeverError } from '../../core/errors.js';
import { backupDatabase } from '../../journal/data.js';
import type { LeverStore } from '../../store/types.js';
import { cannotWrite, type Destination } from '../data/destination.js';
import { type DataOptions, sqliteFile, withDataStore } from '../data/store.js';
import { checkDestination, temporaryBeside, writeThrough } from '../data/write-file.js';
import { journalStoreConfig } from '../journal/session.js';

export interface BackupOptions extends DataOptions {
  /** Replace FILE if it exists. */
  force?: boolean;
}

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

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/**
 * Copies the database to `destination`: directly when nothing is there yet; else to a temporary
 * file first (beside the file it replaces, or in the data directory for a FIFO or a device), so a
 * failed copy never takes the place of a whole file. Returns the size of the copy.
 */
async function backupToFile(store: LeverStore, destination: Destination, file: string, dataDir: string) {
  if (destination.kind === 'new') return (await backupDatabase(store, destination.path)).bytes;
  const temp = temporaryBeside(destination.kind === 'file' ? destination.path : join(dataDir, 'lever.db'));
  try {
    const { bytes } = await backupDatabase(store, temp);
    if (destination.kind === 'file') renameSync(temp, destination.path);
    else writeThrough(destination.path, readFileSync(temp));
    return bytes;
  } catch (error) {
    throw error instanceof LeverError ? error : cannotWrite('backup', file, error);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Backs up the database; returns what to print. */
export async function runBackup(file: string | undefined, options: BackupOptions): Promise<string> {
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
  if (file !== undefined && sameFile(file, live)) {
    throw new LeverError(
      'invalid_input',
      `${resolve(file)} is the database itself; a backup must go to another file`,
    );
  }
  // The backups folder in the data directory is created if need be; a folder named is not.
  const destination =
    file === undefined
      ? undefined
      : checkDestination(file, { replace: options.force === true, what: 'backup' });
  const dataDir = config.dataDir;
  const summary = await withDataStore(
    { ...options, create: false },
    async ({ store }) => {
      if (file === undefined || destination === undefined) {
        return backupDatabase(store, join(dataDir, BACKUP_FOLDER, defaultBackupName(new Date())));
      }
      return { file: resolve(file), bytes: await backupToFile(store, destination, file, dataDir) };
    },
    config,
  );
  return [
    `Backed up ${live} to ${summary.file} (${sizeText(summary.bytes)}).`,
    `To restore it: stop Lever, delete lever.db-wal and lever.db-shm in ${config.dataDir} if they are there, and copy the backup over ${live}.`,
  ].join('\n');
}
