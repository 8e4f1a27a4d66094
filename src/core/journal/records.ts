/**
 * The journal's records as the store writes them: input already validated and resolved by the
 * journal service (catalogue lookups, default dates, due dates, trimmed text). The store adds ids,
 * status and timestamps.
 */
import type { DirectionSlug, PathSlug } from '../vocabulary.js';
import type { ExperimentKind } from './schema.js';

/** A new experiment: the store adds id, status and timestamps. */
export interface NewExperimentRecord {
  kind: ExperimentKind;
  testId: string | null;
  topicId: string | null;
  title: string;
  path: PathSlug;
  direction: DirectionSlug | null;
  weeks: number;
  deliverable: string | null;
  startedOn: string;
  dueOn: string;
}

/** A check-in as the store writes it; `date` already defaulted by the journal service. */
export interface NewCheckInRecord {
  date: string;
  hours: number | null;
  progress: number;
  enjoyment: number;
  note: string | null;
}

export interface FinishRecord {
  finishedOn: string;
  reflection: string | null;
}

/** An ask as the store writes it: trimmed, with absent optional fields as null and steps as []. */
export interface AskRecord {
  title: string;
  lab: string | null;
  ask: string;
  steps: string[];
  owner: string | null;
  cost: string | null;
}
