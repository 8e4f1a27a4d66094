/**
 * Counting what Lever keeps, in the words the CLI and the settings page both use: per kind (saved
 * profiles, experiments, check-ins, asks) and in one phrase, "2 saved profiles, 3 experiments,
 * 5 check-ins and 1 ask". An expertise plan counts as an experiment.
 */
import type { DataKind, DeletionSummary, LeverData } from './schema.js';

/** How many records of each kind. */
export type DataCounts = DeletionSummary;

/** The kinds in the order every message lists them, with their names (one, many, as a heading). */
export const DATA_KIND_NAMES: readonly { kind: DataKind; one: string; many: string; heading: string }[] = [
  { kind: 'profiles', one: 'saved profile', many: 'saved profiles', heading: 'Saved profiles' },
  { kind: 'experiments', one: 'experiment', many: 'experiments', heading: 'Experiments' },
  { kind: 'checkIns', one: 'check-in', many: 'check-ins', heading: 'Check-ins' },
  { kind: 'asks', one: 'ask', many: 'asks', heading: 'Asks' },
];

export function countsOf(data: LeverData): DataCounts {
  return {
    profiles: data.profiles.length,
    experiments: data.experiments.length,
    checkIns: data.experiments.reduce((sum, experiment) => sum + experiment.checkIns.length, 0),
    asks: data.asks.length,
  };
}

export function totalOf(counts: DataCounts): number {
  return counts.profiles + counts.experiments + counts.checkIns + counts.asks;
}

/** "2 saved profiles, 3 experiments and 1 ask"; kinds with none are left out; "nothing" for none. */
export function describeCounts(counts: DataCounts): string {
  const parts = DATA_KIND_NAMES.filter(({ kind }) => counts[kind] > 0).map(
    ({ kind, one, many }) => `${counts[kind]} ${counts[kind] === 1 ? one : many}`,
  );
  const last = parts.pop();
  if (last === undefined) return 'nothing';
  return parts.length === 0 ? last : `${parts.join(', ')} and ${last}`;
}
