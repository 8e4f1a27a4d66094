/** Reads a profile's text from a file or standard input, refusing anything far bigger than a profile. */
import { inputSourceName, readTextInput, type TextInputMessages } from './read-text-input.js';

/** A profile is a few hundred bytes; a megabyte is room for any real one and stops runaway input. */
export const MAX_PROFILE_BYTES = 1024 * 1024;

/** Where the profile comes from, as messages name it. */
export const profileSourceName = inputSourceName;

const messages: TextInputMessages = {
  tooLarge: (source) =>
    `the profile from ${profileSourceName(source)} is larger than 1 MB; a profile is a small JSON object`,
  cannotRead: (source) =>
    `cannot read the profile ${source === '-' ? 'from standard input' : `file "${source}"`}`,
  notUtf8: (source) =>
    `the profile from ${profileSourceName(source)} is not UTF-8 text; save it as UTF-8 JSON`,
};

/**
 * The text of the profile at `source` (a path, or "-" for standard input), without a leading
 * byte-order mark, which some editors add and JSON does not allow.
 */
export function readProfileText(
  source: string,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<string> {
  return readTextInput(source, { limit: MAX_PROFILE_BYTES, messages, stdin });
}
