/**
 * A failed read or write of the file system, in words a person can act on: "the disk is full"
 * rather than "ENOSPC: no space left on device, write '/home/…'".
 */

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'its folder does not exist',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  EFBIG: 'the file is too large for the disk',
  EPIPE: 'nothing is reading it any more',
  ELOOP: 'it is a loop of symbolic links',
  ENXIO: 'nothing is there to receive it',
  EIO: 'the disk reported an input/output error',
};

/** Failures that come from the path the person chose rather than from the disk or the system. */
const PATH_CODES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'EACCES', 'EPERM', 'EROFS', 'ELOOP', 'ENXIO']);

/** Why a system call failed, in a few words. */
export function ioFailureReason(error: unknown): string {
  const { code, message } = error as Partial<NodeJS.ErrnoException>;
  const known = code === undefined ? undefined : REASONS[code];
  if (known !== undefined) return known;
  const text = String(message ?? error);
  // Node's own text is "CODE: what happened, syscall 'path'"; keep what happened.
  return /^[A-Z0-9_]+: ([^,]+)/.exec(text)?.[1] ?? text.split('\n')[0] ?? text;
}

/** Whether the failure is about the path given (exit code 2) rather than the disk or system (1). */
export function isPathFailure(error: unknown): boolean {
  return PATH_CODES.has((error as Partial<NodeJS.ErrnoException>).code ?? '');
}
