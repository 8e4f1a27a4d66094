/**
 * The checks of the concrete-ask builder, from the post's advice on lab governance: labs tend to
 * adopt a proposal when it is a concrete ask with the specific steps to take and a person who has
 * agreed to lead it, and when it costs little of their core capabilities work; general calls to
 * care more about safety rarely work.
 */
import type { Ask } from '../journal/schema.js';

/** What the checks read: an ask as drafted, saved or about to be saved. */
export type AskContent = Pick<Ask, 'title' | 'lab' | 'ask' | 'steps' | 'owner' | 'cost'>;

export type AskCheckId = 'concrete' | 'steps' | 'owner' | 'cost';

export interface AskCheck {
  id: AskCheckId;
  ok: boolean;
  /** What holds, or what to do about it, in words. */
  text: string;
  principle: string;
}

/** Fewer words than this reads as a slogan rather than something a lab could act on. */
export const MIN_ASK_WORDS = 8;
/** One step is the ask again; the steps should break it down. */
export const MIN_STEPS = 2;

const PRINCIPLE = 'concrete-asks';

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function check(id: AskCheckId, ok: boolean, passed: string, missing: string): AskCheck {
  return { id, ok, text: ok ? passed : missing, principle: PRINCIPLE };
}

/** The builder's checks of `ask`, in the order a reader would look for them. */
export function askChecks(ask: AskContent): AskCheck[] {
  const steps = ask.steps.filter((step) => step.trim() !== '').length;
  return [
    check(
      'concrete',
      wordCount(ask.ask) >= MIN_ASK_WORDS,
      'The ask says specifically what the lab would do.',
      'The ask is as short as a slogan: say specifically what the lab would do, not only that it should take safety more seriously.',
    ),
    check(
      'steps',
      steps >= MIN_STEPS,
      `It lists ${steps} specific steps the lab would take.`,
      steps === 0
        ? 'List the specific steps the lab would need to take to carry it out.'
        : 'Only one step so far: break the ask down into the steps the lab would take.',
    ),
    check(
      'owner',
      (ask.owner ?? '').trim() !== '',
      'Someone has agreed to lead it.',
      'Nobody has agreed to lead it yet: find the person who will drive it, since the work of carrying a proposal out is usually what holds labs back.',
    ),
    check(
      'cost',
      (ask.cost ?? '').trim() !== '',
      'It says what the lab would give up.',
      'Say what the lab would give up: labs take up proposals more readily when they cut little into core capabilities work.',
    ),
  ];
}
