/** Cautions the journal's evidence adds to a plan: a pivot signal that check-ins support. */
import type { PathFit } from '../advice/fit.js';
import { midSentence } from '../advice/wording.js';
import type { Caution, Signal } from '../plan/schema.js';
import type { PathSlug } from '../vocabulary.js';
import { DIRECT_SHARE } from './signals.js';

/**
 * One caution per path whose pivot signal rests at least partly on check-ins, best fit first. A
 * pivot that rests only on the profile's history is already covered by the rule table's caution.
 */
export function pivotCautions(
  ranked: readonly PathFit[],
  signals: ReadonlyMap<PathSlug, Signal>,
  titleOf: (id: string) => string,
): Caution[] {
  return ranked.flatMap((fit): Caution[] => {
    if (signals.get(fit.id)?.kind !== 'pivot') return [];
    if (!fit.logged.some((e) => e.share >= DIRECT_SHARE)) return [];
    return [
      {
        text: `Before you leave ${midSentence(titleOf(fit.id))}, check that the missing enjoyment is about the work itself rather than one dull project, and weigh your own circumstances. But do not stay only because the work looks important: a better fit elsewhere is likely to count for more.`,
        principle: 'pivot-without-excitement',
        about: fit.id,
      },
    ];
  });
}
