/**
 * Reading an export to import: a file, or standard input for "-". Exports grow with years of
 * check-ins but stay far below the limit here, which stops a wrong file (a disk image, a video)
 * from being read into memory whole. The bytes must be UTF-8, as Lever writes them.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { LeverError } from '../../core/errors.js';

/** The largest file `lever import` reads. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const LIMIT_TEXT = '50 MB';

/** Where the export comes from, as messages name it. */
export function sourceName(source: string): string {
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

function tooLarge(source: string, bytes?: number): LeverError {
  const size = bytes === undefined ? 'more than' : `${(bytes / (1024 * 1024)).toFixed(1)} MB, more than`;
  return new LeverError(
    'payload_too_large',
    `${sourceName(source)} is ${size} the ${LIMIT_TEXT} Lever imports; is it really a Lever export?`,
  );
}

async function readCapped(stream: NodeJS.ReadableStream, source: string, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > limit) throw tooLarge(source);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

async function readPath(path: string, limit: number): Promise<Buffer> {
  const stat = statSync(path);
  if (!stat.isFile() && !stat.isDirectory()) return readCapped(createReadStream(path), path, limit);
  if (stat.size > limit) throw tooLarge(path, stat.size);
  const bytes = readFileSync(path); // a folder fails here with EISDIR
  if (bytes.length > limit) throw tooLarge(path, bytes.length);
  return bytes;
}

/** The text at `source` (a path, or "-" for standard input), without a leading byte-order mark. */
export async function readExportText(
  source: string,
  options: { stdin?: NodeJS.ReadableStream; limit?: number } = {},
): Promise<string> {
  const limit = options.limit ?? MAX_IMPORT_BYTES;
  let bytes: Buffer;
  try {
    bytes =
      source === '-'
        ? await readCapped(options.stdin ?? process.stdin, source, limit)
        : await readPath(source, limit);
  } catch (error) {
    if (error instanceof LeverError) throw error;
    throw new LeverError(
      'invalid_input',
      `cannot read ${source === '-' ? 'standard input' : `the file "${source}"`}: ${why(error as NodeJS.ErrnoException)}`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new LeverError(
      'invalid_input',
      `${sourceName(source)} is not UTF-8 text, so it is not a Lever export (Lever writes them as JSON in UTF-8)`,
    );
  }
}
