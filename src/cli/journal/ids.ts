/**
 * Ids as people type them: the full id, or its first few characters when only one experiment (or
 * ask, or saved profile) starts with them, the way listings show ids shortened.
 */
import { LeverError } from '../../core/errors.js';

/** How many characters listings show of an id; enough to tell a person's records apart. */
export const SHORT_ID_LENGTH = 8;
/** A shorter prefix is too likely to be a typo to act on. */
export const MIN_PREFIX_LENGTH = 4;

/** What the ids name, for messages. */
export interface IdKind {
  /** Singular: "experiment". */
  name: string;
  /** Where a person finds the ids, as a clause: `"lever experiments" lists them with their ids`. */
  listedBy: string;
}

/** The id as listings show it. */
export function shortId(id: string): string {
  return id.slice(0, SHORT_ID_LENGTH);
}

/**
 * The one id among `ids` that is `typed` or starts with it. Too short a prefix, or one several ids
 * start with: invalid input, asking for more characters. None: not found, saying where ids are
 * listed.
 */
export function resolveId(typed: string, ids: readonly string[], kind: IdKind): string {
  const wanted = typed.trim();
  if (ids.includes(wanted)) return wanted;
  if (wanted.length < MIN_PREFIX_LENGTH) {
    const given = wanted === '' ? 'no id was given' : `"${wanted}" is too short`;
    throw new LeverError(
      'invalid_input',
      `${given}: give at least ${MIN_PREFIX_LENGTH} characters of the ${kind.name}'s id; ${kind.listedBy}`,
    );
  }
  const matches = ids.filter((id) => id.startsWith(wanted.toLowerCase()));
  if (matches.length === 1 && matches[0] !== undefined) return matches[0];
  if (matches.length > 1) {
    throw new LeverError(
      'invalid_input',
      `${matches.length} ${kind.name}s have ids starting with "${wanted}"; type more of the id`,
      { suggestions: matches.map(shortId) },
    );
  }
  throw new LeverError('not_found', `no ${kind.name} has the id "${wanted}"; ${kind.listedBy}`);
}
