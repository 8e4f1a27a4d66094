/**
 * Where a file the person named really is, before anything is written to it. A symbolic link is
 * followed, so that writing replaces the file it points to and keeps the link (a dangling link
 * gives the path it names); a FIFO or a device is written through, never replaced by a file; a
 * folder is refused.
 */
import { lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LeverError } from '../../core/errors.js';
import { ioFailureReason, isPathFailure } from '../io-error.js';

export type Destination =
  /** Nothing there yet: `path` is where the new file goes, and its folder exists. */
  | { kind: 'new'; path: string }
  /** An existing regular file, at its real `path` (symbolic links resolved). */
  | { kind: 'file'; path: string }
  /** A FIFO, a device or the like: opened and written to, never replaced. */
  | { kind: 'special'; path: string };

/** As many links as a chain may have before it counts as a loop (Linux's own limit). */
const MAX_LINKS = 40;

/** The error for a file that cannot be written, naming it and saying why. */
export function cannotWrite(what: string, file: string, error: unknown): LeverError {
  const code = isPathFailure(error) ? 'invalid_input' : 'internal';
  return new LeverError(code, `cannot write the ${what} to ${resolve(file)}: ${ioFailureReason(error)}`);
}

/** Finds where writing `file` (relative to the working directory) would go; `what` names the file in errors. */
export function findDestination(file: string, what: string): Destination {
  const named = resolve(file);
  try {
    const stats = statSync(named, { throwIfNoEntry: false });
    if (stats === undefined) return newFile(danglingTarget(named));
    if (stats.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (stats.isFile()) return { kind: 'file', path: realpathSync(named) };
    return { kind: 'special', path: named };
  } catch (error) {
    throw error instanceof LeverError ? error : cannotWrite(what, file, error);
  }
}

/** A new file at `path`, once its folder is known to exist. */
function newFile(path: string): Destination {
  const folder = statSync(dirname(path), { throwIfNoEntry: false });
  if (folder === undefined || !folder.isDirectory()) {
    throw Object.assign(new Error('no folder'), { code: 'ENOENT' });
  }
  return { kind: 'new', path };
}

/** The path a chain of dangling links ends at (`path` itself when it is no link). */
function danglingTarget(path: string): string {
  let current = path;
  for (let hops = 0; hops < MAX_LINKS; hops++) {
    const stats = lstatSync(current, { throwIfNoEntry: false });
    if (stats === undefined || !stats.isSymbolicLink()) return current;
    current = resolve(dirname(current), readlinkSync(current));
  }
  throw Object.assign(new Error('too many links'), { code: 'ELOOP' });
}
