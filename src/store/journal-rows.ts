/**
 * Rows of the journal tables turned back into the core's records. Every row is validated against
 * the journal schema: a corrupt row is an 'internal' error naming the row, never a half-read record.
 */
import type { Selectable } from 'kysely';
import type * as z from 'zod';
import { LeverError } from '../core/errors.js';
import { Ask, Experiment } from '../core/journal/schema.js';
import { formatPath } from '../core/validation.js';
import type { AsksTable, CheckInsTable, ExperimentsTable } from './database.js';

export type ExperimentRow = Selectable<ExperimentsTable>;
export type CheckInRow = Selectable<CheckInsTable>;
export type AskRow = Selectable<AsksTable>;

/** An experiment row and its check-in rows (already in order) as a validated Experiment. */
export function toExperiment(row: ExperimentRow, checkIns: readonly CheckInRow[]): Experiment {
  const raw = {
    id: row.id,
    kind: row.kind,
    testId: row.test_id,
    topicId: row.topic_id,
    title: row.title,
    path: row.path,
    direction: row.direction,
    weeks: row.weeks,
    deliverable: row.deliverable,
    startedOn: row.started_on,
    dueOn: row.due_on,
    status: row.status,
    finishedOn: row.finished_on,
    reflection: row.reflection,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    checkIns: checkIns.map((c) => ({
      id: c.id,
      date: c.date,
      hours: c.hours,
      progress: c.progress,
      enjoyment: c.enjoyment,
      note: c.note,
      createdAt: c.created_at,
    })),
  };
  return decode(Experiment, raw, `experiment in row ${JSON.stringify(row.id)}`);
}

/** An ask row as a validated Ask; `readJson` normalises the steps column as the driver returns it. */
export function toAsk(row: AskRow, readJson: (column: unknown) => unknown): Ask {
  const what = `ask in row ${JSON.stringify(row.id)}`;
  let steps: unknown;
  try {
    steps = readJson(row.steps);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new LeverError('internal', `the stored ${what} has steps that are not JSON: ${detail}`);
  }
  const raw = {
    id: row.id,
    title: row.title,
    lab: row.lab,
    ask: row.ask,
    steps,
    owner: row.owner,
    cost: row.cost,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  return decode(Ask, raw, what);
}

/** Check-in rows grouped by experiment id, keeping their order. */
export function groupCheckIns(rows: readonly CheckInRow[]): Map<string, CheckInRow[]> {
  const groups = new Map<string, CheckInRow[]>();
  for (const row of rows) {
    const group = groups.get(row.experiment_id);
    if (group === undefined) groups.set(row.experiment_id, [row]);
    else group.push(row);
  }
  return groups;
}

function decode<T>(schema: z.ZodType<T>, raw: unknown, what: string): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const detail = parsed.error.issues
    .map((issue) => `${formatPath(issue.path) || '(whole record)'}: ${issue.message}`)
    .join('; ');
  throw new LeverError('internal', `the stored ${what} is corrupt: ${detail}`);
}
