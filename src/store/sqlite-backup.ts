/**
 * A consistent copy of a SQLite store while it may be in use. SQLite's online backup API copies
 * the pages as of one moment: writes by this connection wait until the copy is done (the caller
 * holds the connection), and a write by another process (the web server while the CLI backs up)
 * restarts the copy, which then takes every remaining page in one step so it always finishes.
 * The copy goes to a temporary name beside the destination and is moved into place only when
 * complete, without ever overwriting a file: a half-written backup never looks like a whole one.
 */
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { LeverError } from '../core/errors.js';
import type { BackupSummary } from './types.js';

/** What better-sqlite3 accepts as "every remaining page in the next step". */
const ALL_REMAINING_PAGES = 0x7fffffff;

/**
 * Copies `database` (open on `liveFile`, or ':memory:') to the new file `destination`. The caller
 * must hold the connection, so no transaction of its own is open during the copy.
 */
export async function backupSqlite(
  database: Database.Database,
  liveFile: string,
  destination: string,
): Promise<BackupSummary> {
  const target = checkDestination(destination, liveFile);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.partial`);
  try {
    mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
    await database.backup(temp, { progress: () => ALL_REMAINING_PAGES });
    // The copy holds everything the person saved: readable by them alone, like the data directory.
    chmodSync(temp, 0o600);
    placeWithoutOverwriting(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    if (error instanceof LeverError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new LeverError('internal', `cannot write the backup to ${target}: ${detail}`);
  }
  return { file: target, bytes: statSync(target).size };
}

/** The absolute destination, or an error when it is the live database or already exists. */
function checkDestination(destination: string, liveFile: string): string {
  const problem = (message: string) =>
    new LeverError('invalid_input', `file: ${message}`, { problems: [{ path: 'file', message }] });
  if (destination.trim() === '' || destination.trim() === ':memory:') {
    throw problem('give the path of a new file to write the backup to');
  }
  const target = resolve(destination);
  const existing = lstatSync(target, { throwIfNoEntry: false });
  if (existing === undefined) return target;
  if (liveFile !== ':memory:' && sameFile(target, liveFile)) {
    throw problem(`${target} is the database itself; a backup must go to a new file`);
  }
  throw new LeverError(
    'conflict',
    `${target} already exists; a backup never overwrites a file, so choose a new name or move that file away`,
  );
}

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/**
 * Moves the finished copy into place. A hard link fails if the name was taken meanwhile, where a
 * rename would silently replace it; a file system without hard links falls back to a checked rename.
 */
function placeWithoutOverwriting(temp: string, target: string): void {
  const taken = () =>
    new LeverError('conflict', `${target} appeared while the backup was written; it was left as it was`);
  let linked = false;
  try {
    linkSync(temp, target);
    linked = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw taken();
  }
  if (linked) {
    rmSync(temp);
    return;
  }
  if (lstatSync(target, { throwIfNoEntry: false }) !== undefined) throw taken();
  renameSync(temp, target);
}
