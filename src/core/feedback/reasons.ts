/** Explains in words what the journal's experiments say about a path, one reason per experiment. */
import type { PathFit } from '../advice/fit.js';
import { orderFreeSum } from '../advice/fit.js';
import type { Reason } from '../plan/schema.js';
import type { LoggedEvidence } from './evidence.js';

const oneDecimal = (x: number): string => (Math.round(x * 10) / 10).toFixed(1);

/** Groups check-ins by experiment, in the order the experiments were first logged. */
function byExperiment(logged: readonly LoggedEvidence[]): LoggedEvidence[][] {
  const groups = new Map<string, LoggedEvidence[]>();
  for (const e of logged) {
    const group = groups.get(e.experimentId);
    if (group) group.push(e);
    else groups.set(e.experimentId, [e]);
  }
  return [...groups.values()];
}

/** "Your experiment “…”: 3 check-ins, 12 hours, progress 3.3/4 and enjoyment 1.0/4 on average." */
export function journalReasons(fit: PathFit): Reason[] {
  return byExperiment(fit.logged).map((group) => {
    const [first] = group;
    const n = group.length;
    const hours = orderFreeSum(group.map((e) => e.hours ?? 0));
    const mean = (pick: (e: LoggedEvidence) => number) => orderFreeSum(group.map(pick)) / n;
    const parts = [
      `${n} check-in${n === 1 ? '' : 's'}`,
      ...(hours > 0 ? [`${Math.round(hours)} hour${Math.round(hours) === 1 ? '' : 's'}`] : []),
      `progress ${oneDecimal(mean((e) => e.progress))}/4 and enjoyment ${oneDecimal(mean((e) => e.enjoyment))}/4 on average`,
    ];
    const related = first && first.share < 1 ? ' (related work)' : '';
    return {
      text: `Your experiment “${first?.experimentTitle ?? ''}”: ${parts.join(', ')}${related}.`,
      principle: 'fast-feedback-loops',
    };
  });
}
