/** Reads a profile's text from a file or standard input, refusing anything far bigger than a profile. */
import { createReadStream } from 'node:fs';
import { LeverError } from '../core/errors.js';

/** A profile is a few hundred bytes; a megabyte is room for any real one and stops runaway input. */
export const MAX_PROFILE_BYTES = 1024 * 1024;

/** Where the profile comes from, as messages name it. */
export function profileSourceName(source: string): string {
  return source === '-' ? 'standard input' : `"${source}"`;
}

function why(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'there is no such file';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error.message;
  }
}

/**
 * The text of the profile at `source` (a path, or "-" for standard input), without a leading
 * byte-order mark, which some editors add and JSON does not allow.
 */
export async function readProfileText(
  source: string,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<string> {
  const stream = source === '-' ? stdin : createReadStream(source);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buffer.length;
      if (size > MAX_PROFILE_BYTES) {
        throw new LeverError(
          'payload_too_large',
          `the profile in ${profileSourceName(source)} is larger than 1 MB; a profile is a small JSON object`,
        );
      }
      chunks.push(buffer);
    }
  } catch (error) {
    if (error instanceof LeverError) throw error;
    throw new LeverError(
      'invalid_input',
      `cannot read the profile ${source === '-' ? 'from standard input' : `file "${source}"`}: ${why(error as NodeJS.ErrnoException)}`,
    );
  }
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}
