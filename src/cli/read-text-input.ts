/**
 * Reading text a person points Lever at: a file, or standard input for "-", capped so that a wrong
 * file (a disk image, a video) is never read into memory whole. A regular file is read in one call
 * when its size is known beforehand, which keeps the stream machinery out of start-up; pipes and
 * devices (`<(…)`, /dev/stdin) are streamed with the same cap. Bytes that are not UTF-8 are
 * refused rather than read as replacement characters; a leading byte-order mark is dropped.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { LeverError } from '../core/errors.js';

/** What a caller says in its own words when the input cannot be used. */
export interface TextInputMessages {
  /** The whole message for input over the cap; `bytes` when the size was known. */
  tooLarge(source: string, bytes?: number): string;
  /** The start of the message when the input cannot be read, before ": <reason>". */
  cannotRead(source: string): string;
  notUtf8(source: string): string;
}

export interface TextInputOptions {
  limit: number;
  messages: TextInputMessages;
  stdin?: NodeJS.ReadableStream;
}

/** Where the text comes from, as messages name it. */
export function inputSourceName(source: string): string {
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

async function readCapped(stream: NodeJS.ReadableStream, source: string, options: TextInputOptions) {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > options.limit) throw new LeverError('payload_too_large', options.messages.tooLarge(source));
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

async function readPath(path: string, options: TextInputOptions): Promise<Buffer> {
  const stat = statSync(path);
  if (!stat.isFile() && !stat.isDirectory()) return readCapped(createReadStream(path), path, options);
  const tooLarge = (bytes: number) =>
    new LeverError('payload_too_large', options.messages.tooLarge(path, bytes));
  if (stat.size > options.limit) throw tooLarge(stat.size);
  const bytes = readFileSync(path); // a folder fails here with EISDIR
  if (bytes.length > options.limit) throw tooLarge(bytes.length);
  return bytes;
}

/** The text at `source` (a path, or "-" for standard input). */
export async function readTextInput(source: string, options: TextInputOptions): Promise<string> {
  let bytes: Buffer;
  try {
    bytes =
      source === '-'
        ? await readCapped(options.stdin ?? process.stdin, source, options)
        : await readPath(source, options);
  } catch (error) {
    if (error instanceof LeverError) throw error;
    const reason = why(error as NodeJS.ErrnoException);
    throw new LeverError('invalid_input', `${options.messages.cannotRead(source)}: ${reason}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new LeverError('invalid_input', options.messages.notUtf8(source));
  }
}
