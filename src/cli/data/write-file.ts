/**
 * Writing a file of personal data so that a crash never leaves half of it: the text goes to a
 * temporary file beside the destination (readable by its owner only), is flushed to disk, and only
 * then takes the destination's name. Without `replace`, an existing file is never overwritten,
 * even one that appears while the text is written.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { LeverError } from '../../core/errors.js';

/** Owner read and write, nobody else: the file holds what a person wrote about themselves. */
const PRIVATE_FILE_MODE = 0o600;

function why(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'its folder does not exist';
    case 'EISDIR':
      return 'it is a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return error.message;
  }
}

function alreadyExists(target: string, hint: string): LeverError {
  return new LeverError('conflict', `${target} already exists; ${hint}`);
}

/** Refuses early, before any work, when `file` exists; `writePrivateFile` checks again as it writes. */
export function refuseExisting(file: string, hint: string): void {
  const target = resolve(file);
  if (lstatSync(target, { throwIfNoEntry: false }) !== undefined) throw alreadyExists(target, hint);
}

/**
 * Writes `text` to `file` (relative to the working directory) and returns its absolute path.
 * An existing file is a 'conflict' unless `replace`; `hint` says what to do about it.
 */
export function writePrivateFile(
  file: string,
  text: string,
  options: { replace: boolean; what: string; hint: string },
): string {
  const target = resolve(file);
  const existing = lstatSync(target, { throwIfNoEntry: false });
  if (existing?.isDirectory()) {
    throw new LeverError('invalid_input', `cannot write the ${options.what} to ${target}: it is a folder`);
  }
  if (existing !== undefined && !options.replace) throw alreadyExists(target, options.hint);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.partial`);
  try {
    const fd = openSync(temp, 'wx', PRIVATE_FILE_MODE);
    try {
      fchmodSync(fd, PRIVATE_FILE_MODE);
      writeFileSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.replace) renameSync(temp, target);
    else placeWithoutReplacing(temp, target, options.hint);
  } catch (error) {
    rmSync(temp, { force: true });
    if (error instanceof LeverError) throw error;
    const reason = why(error as NodeJS.ErrnoException);
    throw new LeverError('invalid_input', `cannot write the ${options.what} to ${target}: ${reason}`);
  }
  return target;
}

/**
 * Gives the finished file its name. A hard link fails when the name is taken, where a rename would
 * replace it; a file system without hard links falls back to a checked rename.
 */
function placeWithoutReplacing(temp: string, target: string, hint: string): void {
  try {
    linkSync(temp, target);
    rmSync(temp);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw alreadyExists(target, hint);
  }
  if (lstatSync(target, { throwIfNoEntry: false }) !== undefined) throw alreadyExists(target, hint);
  renameSync(temp, target);
}
