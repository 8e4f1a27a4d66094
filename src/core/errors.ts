/**
 * The closed set of failures Lever reports. Code inside the core returns or throws these; only the
 * edges turn them into exit codes, HTTP statuses or page text.
 */
import type { Problem } from './validation.js';

export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'payload_too_large',
  'unsupported_media_type',
  'conflict',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class LeverError extends Error {
  readonly code: ErrorCode;
  readonly problems: readonly Problem[];
  /** Close matches to offer when something was not found ("did you mean …"). */
  readonly suggestions: readonly string[];

  constructor(
    code: ErrorCode,
    message: string,
    options: { problems?: readonly Problem[]; suggestions?: readonly string[] } = {},
  ) {
    super(message);
    this.name = 'LeverError';
    this.code = code;
    this.problems = options.problems ?? [];
    this.suggestions = options.suggestions ?? [];
  }
}

/** Process exit code for each error: 2 for bad input, 3 for something that does not exist. */
export const EXIT_CODES: Record<ErrorCode, number> = {
  invalid_input: 2,
  not_found: 3,
  payload_too_large: 2,
  unsupported_media_type: 2,
  conflict: 4,
  internal: 1,
};

/** HTTP status for each error. */
export const HTTP_STATUSES: Record<ErrorCode, number> = {
  invalid_input: 400,
  not_found: 404,
  payload_too_large: 413,
  unsupported_media_type: 415,
  conflict: 409,
  internal: 500,
};
