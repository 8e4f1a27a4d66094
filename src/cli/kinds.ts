/** The kinds of item a person can name on the command line, singular or plural. */
import { LeverError } from '../core/errors.js';
import { ITEM_KINDS, type ItemKind } from '../core/kb/items.js';

/** The plural a listing uses: "principles", "directions"… */
export const PLURALS: Record<ItemKind, string> = {
  principle: 'principles',
  path: 'paths',
  direction: 'directions',
  resource: 'resources',
  cluster: 'clusters',
  topic: 'topics',
  track: 'tracks',
  'fit-test': 'fit-tests',
};

/** Reads a kind as typed ("topics", "Topic"); throws an invalid-input error naming the allowed kinds. */
export function parseKind(input: string): ItemKind {
  const wanted = input.trim().toLowerCase();
  const kind = ITEM_KINDS.find((k) => k === wanted || PLURALS[k] === wanted);
  if (kind) return kind;
  const allowed = ITEM_KINDS.map((k) => PLURALS[k]).join(', ');
  throw new LeverError(
    'invalid_input',
    `unknown kind "${input}"; expected one of: ${allowed} (singular works too)`,
  );
}
