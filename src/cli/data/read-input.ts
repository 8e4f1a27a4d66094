/**
 * Reading an export to import: a file, or standard input for "-". Exports grow with years of
 * check-ins but stay far below the limit here, which stops a wrong file (a disk image, a video)
 * from being read into memory whole. The bytes must be UTF-8, as Lever writes them.
 */
import { inputSourceName, readTextInput, type TextInputMessages } from '../read-text-input.js';

/** The largest file `lever import` reads. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const LIMIT_TEXT = '50 MB';

/** Where the export comes from, as messages name it. */
export const sourceName = inputSourceName;

const messages: TextInputMessages = {
  tooLarge(source, bytes) {
    const size = bytes === undefined ? 'more than' : `${(bytes / (1024 * 1024)).toFixed(1)} MB, more than`;
    return `${sourceName(source)} is ${size} the ${LIMIT_TEXT} Lever imports; is it really a Lever export?`;
  },
  cannotRead: (source) => `cannot read ${source === '-' ? 'standard input' : `the file "${source}"`}`,
  notUtf8: (source) =>
    `${sourceName(source)} is not UTF-8 text, so it is not a Lever export (Lever writes them as JSON in UTF-8)`,
};

/** The text at `source` (a path, or "-" for standard input), without a leading byte-order mark. */
export function readExportText(
  source: string,
  options: { stdin?: NodeJS.ReadableStream; limit?: number } = {},
): Promise<string> {
  return readTextInput(source, {
    limit: options.limit ?? MAX_IMPORT_BYTES,
    messages,
    ...(options.stdin ? { stdin: options.stdin } : {}),
  });
}
