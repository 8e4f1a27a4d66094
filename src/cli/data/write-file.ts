/**
 * Writing a file of personal data, with one rule for every command: an existing file is replaced
 * only with --force. A new or replaced file is written so that a crash never leaves half of it:
 * the text goes to a temporary file beside it (readable by its owner only), is flushed to disk,
 * and only then takes the file's name. A symbolic link is followed (the file it points to is
 * replaced, the link stays); a FIFO or a device is opened and written to, as the shell's `>` does.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
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
import { cannotWrite, type Destination, findDestination } from './destination.js';

/** Owner read and write, nobody else: the file holds what a person wrote about themselves. */
const PRIVATE_FILE_MODE = 0o600;

/** What every command that writes a file says when the file exists. */
export const REPLACE_HINT = 'add --force to replace it, or give another file name';

export interface WriteOptions {
  /** Replace an existing regular file (--force). */
  replace: boolean;
  /** What the file is, for messages: "export", "journal calendar". */
  what: string;
}

function alreadyExists(file: string): LeverError {
  return new LeverError('conflict', `${resolve(file)} already exists; ${REPLACE_HINT}`);
}

/**
 * Checks, before any work, that `file` can be written: its folder exists, it is no folder, and
 * it is no existing file unless `replace`. Writing checks again.
 */
export function checkDestination(file: string, options: WriteOptions): Destination {
  const destination = findDestination(file, options.what);
  if (destination.kind === 'file' && !options.replace) throw alreadyExists(file);
  return destination;
}

/** A name for a temporary file beside `path`, hidden and unlikely to be taken. */
export function temporaryBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
}

/**
 * Writes `text` to `file` (relative to the working directory) and returns its absolute path, as
 * named. An existing regular file is a 'conflict' unless `replace`.
 */
export function writePrivateFile(file: string, text: string | Uint8Array, options: WriteOptions): string {
  const destination = checkDestination(file, options);
  try {
    if (destination.kind === 'special') writeThrough(destination.path, text);
    else writeWhole(destination.path, text, options.replace, file);
  } catch (error) {
    throw error instanceof LeverError ? error : cannotWrite(options.what, file, error);
  }
  return resolve(file);
}

/** Opens a FIFO or device and writes to it, without creating or replacing anything. */
export function writeThrough(path: string, data: string | Uint8Array): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_NOCTTY);
  try {
    writeFileSync(fd, data);
  } finally {
    closeSync(fd);
  }
}

/** Writes a temporary file, then gives it the name `path`: replacing the file there, or only if none is. */
function writeWhole(path: string, data: string | Uint8Array, replace: boolean, named: string): void {
  const temp = temporaryBeside(path);
  try {
    const fd = openSync(temp, 'wx', PRIVATE_FILE_MODE);
    try {
      fchmodSync(fd, PRIVATE_FILE_MODE);
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (replace) renameSync(temp, path);
    else placeWithoutReplacing(temp, path, named);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Gives the finished file its name. A hard link fails when the name is taken, where a rename would
 * replace it; a file system without hard links falls back to a checked rename.
 */
function placeWithoutReplacing(temp: string, path: string, named: string): void {
  try {
    linkSync(temp, path);
    rmSync(temp);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw alreadyExists(named);
  }
  if (lstatSync(path, { throwIfNoEntry: false }) !== undefined) throw alreadyExists(named);
  renameSync(temp, path);
}
