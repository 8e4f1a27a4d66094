/**
 * The words of each signal, in Lever's own words. When the evidence is only what the profile says
 * was tried before, the texts are the ones plans have always shown; when check-ins contribute, the
 * text says so and how many there are.
 */
import type { Signal } from '../plan/schema.js';
import type { TrackRecord } from './signals.js';

/** Which verdict a track record gives; the keep-testing variants differ in why. */
export type Verdict =
  | 'pivot'
  | 'keep-testing'
  | 'keep-testing-early-doubt'
  | 'keep-testing-early-promise'
  | 'double-down';

const checkIns = (n: number): string => `${n} check-in${n === 1 ? '' : 's'}`;

function fromHistory(verdict: Verdict): Signal | undefined {
  switch (verdict) {
    case 'pivot':
      return {
        kind: 'pivot',
        text: 'You have succeeded here without enjoying it. If even a string of successes leaves you unexcited, consider pivoting, depending on your details.',
        principle: 'pivot-without-excitement',
      };
    case 'keep-testing':
      return {
        kind: 'keep-testing',
        text: 'You enjoy this but progress has been slow. Keep testing with smaller projects and faster feedback before deciding.',
        principle: 'fast-feedback-loops',
      };
    case 'double-down':
      return {
        kind: 'double-down',
        text: 'Good progress and real enjoyment: this is what fit looks like. Double down.',
        principle: 'choose-by-personal-fit',
      };
    default:
      return undefined;
  }
}

function fromCheckIns(verdict: Verdict, record: TrackRecord): Signal {
  const n = record.checkIns;
  const over =
    record.remembered > 0 ? `in what you tried before and over ${checkIns(n)}` : `over ${checkIns(n)}`;
  const overAtStart = over.charAt(0).toUpperCase() + over.slice(1);
  switch (verdict) {
    case 'pivot':
      return {
        kind: 'pivot',
        text: `${overAtStart} you have kept making progress here without enjoying it. Doing well at something usually makes it a pleasure, so this is unusual: once it is clear that success itself leaves you cold, plan a move to other work, although how much this weighs depends on your circumstances.`,
        principle: 'pivot-without-excitement',
      };
    case 'keep-testing':
      return {
        kind: 'keep-testing',
        text: `You enjoy this, but ${over} progress has been slow. Keep testing with smaller projects that show results within days before you decide.`,
        principle: 'fast-feedback-loops',
      };
    case 'keep-testing-early-doubt':
      return {
        kind: 'keep-testing',
        text: `You enjoy this and progress feels slow, but ${checkIns(n)} are little to go on, and doing well seldom feels remarkable from the inside. Log a few more before you judge your progress.`,
        principle: 'excellence-feels-normal',
      };
    case 'keep-testing-early-promise':
      return {
        kind: 'keep-testing',
        text: `Your first ${checkIns(n)} are encouraging, but too few to rely on. Finish the experiment and watch how quickly you progress before deciding.`,
        principle: 'fast-feedback-loops',
      };
    case 'double-down':
      return {
        kind: 'double-down',
        text: `${overAtStart} you have made good progress and enjoyed it: this is what fit looks like. Double down.`,
        principle: 'choose-by-personal-fit',
      };
  }
}

/** The signal for a verdict on a track record. */
export function signalText(verdict: Verdict, record: TrackRecord): Signal {
  if (record.checkIns === 0) {
    const remembered = fromHistory(verdict);
    if (remembered) return remembered;
  }
  return fromCheckIns(verdict, record);
}
