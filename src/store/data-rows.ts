/**
 * Imported records as the rows that hold them, keeping ids and timestamps: the inverse of
 * journal-rows.ts and `toSavedProfile`. The data was validated (and checked storable) first.
 */
import type { Insertable } from 'kysely';
import type { LeverData } from '../core/export/schema.js';
import type { AsksTable, CheckInsTable, ExperimentsTable, ProfilesTable } from './database.js';

type SavedProfile = LeverData['profiles'][number];
type Experiment = LeverData['experiments'][number];
type CheckIn = Experiment['checkIns'][number];
type Ask = LeverData['asks'][number];

export function profileRow(saved: SavedProfile): Insertable<ProfilesTable> {
  return {
    id: saved.id,
    name: saved.name,
    profile: JSON.stringify(saved.profile),
    created_at: saved.createdAt,
    updated_at: saved.updatedAt,
  };
}

export function experimentRow(experiment: Experiment): Insertable<ExperimentsTable> {
  return {
    id: experiment.id,
    kind: experiment.kind,
    test_id: experiment.testId,
    topic_id: experiment.topicId,
    title: experiment.title,
    path: experiment.path,
    direction: experiment.direction,
    weeks: experiment.weeks,
    deliverable: experiment.deliverable,
    started_on: experiment.startedOn,
    due_on: experiment.dueOn,
    status: experiment.status,
    finished_on: experiment.finishedOn,
    reflection: experiment.reflection,
    created_at: experiment.createdAt,
    updated_at: experiment.updatedAt,
  };
}

export function checkInRow(experimentId: string, checkIn: CheckIn): Insertable<CheckInsTable> {
  return {
    id: checkIn.id,
    experiment_id: experimentId,
    date: checkIn.date,
    hours: checkIn.hours,
    progress: checkIn.progress,
    enjoyment: checkIn.enjoyment,
    note: checkIn.note,
    created_at: checkIn.createdAt,
  };
}

export function askRow(ask: Ask): Insertable<AsksTable> {
  return {
    id: ask.id,
    title: ask.title,
    lab: ask.lab,
    ask: ask.ask,
    steps: JSON.stringify(ask.steps),
    owner: ask.owner,
    cost: ask.cost,
    created_at: ask.createdAt,
    updated_at: ask.updatedAt,
  };
}

/** Splits rows into batches small enough for one INSERT on either engine (bound-parameter limits). */
export function inBatches<T>(rows: readonly T[], size = 200): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < rows.length; i += size) batches.push(rows.slice(i, i + size));
  return batches;
}
