/** Reads a profile's text from a file or standard input, refusing anything far bigger than a profile. */
import { createReadStream, readFileSync, statSync } from 'node:fs';
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

function tooLarge(source: string): LeverError {
  return new LeverError(
    'payload_too_large',
    `the profile from ${profileSourceName(source)} is larger than 1 MB; a profile is a small JSON object`,
  );
}

/** Reads a stream to its end, stopping as soon as it passes the limit. */
async function readCapped(stream: NodeJS.ReadableStream, source: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_PROFILE_BYTES) throw tooLarge(source);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Reads a file in one call when its size is known beforehand, which keeps the stream machinery out
 * of start-up; pipes and devices (`<(…)`, /dev/stdin) are streamed with the same limit.
 */
async function readPath(path: string): Promise<Buffer> {
  const stat = statSync(path);
  if (!stat.isFile() && !stat.isDirectory()) return readCapped(createReadStream(path), path);
  if (stat.size > MAX_PROFILE_BYTES) throw tooLarge(path);
  const bytes = readFileSync(path); // a folder fails here with EISDIR
  if (bytes.length > MAX_PROFILE_BYTES) throw tooLarge(path);
  return bytes;
}

/**
 * The text of the profile at `source` (a path, or "-" for standard input), without a leading
 * byte-order mark, which some editors add and JSON does not allow. Bytes that are not UTF-8 are
 * refused rather than read as replacement characters.
 */
export async function readProfileText(
  source: string,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = source === '-' ? await readCapped(stdin, source) : await readPath(source);
  } catch (error) {
    if (error instanceof LeverError) throw error;
    throw new LeverError(
      'invalid_input',
      `cannot read the profile ${source === '-' ? 'from standard input' : `file "${source}"`}: ${why(error as NodeJS.ErrnoException)}`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new LeverError(
      'invalid_input',
      `the profile from ${profileSourceName(source)} is not UTF-8 text; save it as UTF-8 JSON`,
    );
  }
  return text.replace(/^\uFEFF/, '');
}
