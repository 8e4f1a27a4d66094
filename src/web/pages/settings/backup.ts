/**
 * "Back up now" for a SQLite store: a consistent copy of the database in the data directory's
 * `backups/` folder, named by the local date and time (the same names `lever backup` gives), never
 * replacing a file: a second backup within the same second gets a numbered name.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { LeverError } from '../../../core/errors.js';
import { backupDatabase } from '../../../journal/data.js';
import type { BackupSummary, LeverStore } from '../../../store/types.js';

/** The folder inside the data directory that backups go to. */
export const BACKUP_FOLDER = 'backups';

/** The names this page writes, and the only ones its notice shows. */
export const BACKUP_NAME = /^lever-backup-\d{4}-\d{2}-\d{2}T\d{6}(-\d{1,2})?\.db$/;

/** Backups taken within one second before the page gives up and says so. */
const MAX_ATTEMPTS = 20;

const two = (n: number) => String(n).padStart(2, '0');

/** "lever-backup-2030-01-31T094500.db", then "…T094500-2.db" for a second attempt. */
export function backupName(now: Date, attempt = 1): string {
  const date = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  const time = `${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`;
  return `lever-backup-${date}T${time}${attempt > 1 ? `-${attempt}` : ''}.db`;
}

export function backupFolder(dataDir: string): string {
  return join(dataDir, BACKUP_FOLDER);
}

/** Writes a new backup; its file name is the summary's file's last part. */
export async function backUpNow(store: LeverStore, dataDir: string, now: Date): Promise<BackupSummary> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    try {
      return await backupDatabase(store, join(backupFolder(dataDir), backupName(now, attempt)));
    } catch (error) {
      if (!(error instanceof LeverError && error.code === 'conflict')) throw error;
    }
  }
  throw new LeverError('conflict', 'too many backups were taken this second; wait a moment and try again');
}

/** A backup this page wrote, when the file is there. */
export function backupOnDisk(dataDir: string, name: string): BackupSummary | undefined {
  const file = join(backupFolder(dataDir), name);
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats?.isFile() ? { file, bytes: stats.size } : undefined;
}

/** "812 KB", "3.4 MB". */
export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
