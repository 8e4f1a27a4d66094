/**
 * Ids as people type them: the full id, or its first few characters when only one experiment (or
 * ask) starts with them, the way listings show ids shortened.
 */
import { LeverError } from '../../core/errors.js';

/** How many characters listings show of an id; enough to tell a person's records apart. */
export const SHORT_ID_LENGTH = 8;
/** A shorter prefix is too likely to be a typo to act on. */
export const MIN_PREFIX_LENGTH = 4;

/** The id as listings show it. */
export function shortId(id: string): string {
  return id.slice(0, SHORT_ID_LENGTH);
}

/**
 * The one id among `ids` that is `typed` or starts with it. None: not found, pointing at the
 * command that lists them. Several: invalid input, asking for more characters.
 */
export function resolveId(
  typed: string,
  ids: readonly string[],
  kind: { name: string; listCommand: string },
): string {
  const wanted = typed.trim();
  if (ids.includes(wanted)) return wanted;
  const matches =
    wanted.length >= MIN_PREFIX_LENGTH ? ids.filter((id) => id.startsWith(wanted.toLowerCase())) : [];
  if (matches.length === 1 && matches[0] !== undefined) return matches[0];
  if (matches.length > 1) {
    throw new LeverError(
      'invalid_input',
      `${matches.length} ${kind.name}s have ids starting with "${wanted}"; type more of the id`,
      { suggestions: matches.map(shortId) },
    );
  }
  throw new LeverError(
    'not_found',
    `no ${kind.name} has the id "${wanted}"; "${kind.listCommand}" lists them with their ids`,
  );
}
