/**
 * The experiments half of JournalStore over Kysely, shared by the SQLite and PostgreSQL adapters.
 * An experiment is read with its check-ins in two queries, whether one or all of them are read.
 */
import type { Kysely } from 'kysely';
import { LeverError } from '../core/errors.js';
import type { Experiment } from '../core/journal/schema.js';
import type { LeverDatabase } from './database.js';
import { checkCheckInRecord, checkExperimentRecord, checkFinishRecord } from './journal-input.js';
import { type CheckInRow, groupCheckIns, toExperiment } from './journal-rows.js';
import type { SqlStoreParts } from './profile-queries.js';
import { readSnapshot } from './snapshot.js';
import type { JournalStore } from './types.js';

export type ExperimentStore = Pick<
  JournalStore,
  | 'listExperiments'
  | 'getExperiment'
  | 'createExperiment'
  | 'addCheckIn'
  | 'deleteCheckIn'
  | 'finishExperiment'
  | 'deleteExperiment'
>;

type Db = Kysely<LeverDatabase>;

/**
 * Every experiment with its check-ins, in list order, in two queries. Call it inside a transaction
 * (a snapshot) so the two queries see the same state.
 */
export async function readExperiments(trx: Db): Promise<Experiment[]> {
  const rows = await trx
    .selectFrom('experiments')
    .selectAll()
    .orderBy('started_on', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'asc')
    .execute();
  if (rows.length === 0) return [];
  const checkIns = await trx
    .selectFrom('check_ins')
    .selectAll()
    .orderBy('experiment_id')
    .orderBy('date')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const groups = groupCheckIns(checkIns);
  return rows.map((row) => toExperiment(row, groups.get(row.id) ?? []));
}

/** Builds the experiment and check-in operations on an open, migrated database. */
export function createSqlExperimentStore({ db, env }: Pick<SqlStoreParts, 'db' | 'env'>): ExperimentStore {
  return {
    listExperiments: () => readSnapshot(db, readExperiments),

    getExperiment: (id) =>
      readSnapshot(db, async (trx) => {
        const row = await trx.selectFrom('experiments').selectAll().where('id', '=', id).executeTakeFirst();
        return row === undefined ? undefined : toExperiment(row, await checkInsOf(trx, id));
      }),

    async createExperiment(input) {
      const record = checkExperimentRecord(input);
      const now = env.now().toISOString();
      const row = await db.transaction().execute((trx) =>
        trx
          .insertInto('experiments')
          .values({
            id: env.newId(),
            kind: record.kind,
            test_id: record.testId,
            topic_id: record.topicId,
            title: record.title,
            path: record.path,
            direction: record.direction,
            weeks: record.weeks,
            deliverable: record.deliverable,
            started_on: record.startedOn,
            due_on: record.dueOn,
            status: 'active',
            finished_on: null,
            reflection: null,
            created_at: now,
            updated_at: now,
          })
          .returningAll()
          .executeTakeFirstOrThrow(),
      );
      return toExperiment(row, []);
    },

    async addCheckIn(experimentId, input) {
      const record = checkCheckInRecord(input);
      const now = env.now().toISOString();
      const id = env.newId();
      return db.transaction().execute(async (trx) => {
        const row = await touchIfActive(trx, experimentId, now);
        if (row === undefined) return refuseUnlessMissing(trx, experimentId, 'takes no more check-ins');
        await trx
          .insertInto('check_ins')
          .values({ id, experiment_id: experimentId, ...record, created_at: now })
          .execute();
        return toExperiment(row, await checkInsOf(trx, experimentId));
      });
    },

    async deleteCheckIn(experimentId, checkInId) {
      const now = env.now().toISOString();
      return db.transaction().execute(async (trx) => {
        const row = await touchIfActive(trx, experimentId, now);
        if (row === undefined)
          return refuseUnlessMissing(trx, experimentId, 'keeps the check-ins its reflection was written on');
        const deleted = await trx
          .deleteFrom('check_ins')
          .where('id', '=', checkInId)
          .where('experiment_id', '=', experimentId)
          .executeTakeFirst();
        if (deleted.numDeletedRows === 0n) {
          // Throwing rolls back the moved updatedAt too.
          throw new LeverError(
            'not_found',
            `experiment ${JSON.stringify(experimentId)} has no check-in with the id ${JSON.stringify(checkInId)}`,
          );
        }
        return toExperiment(row, await checkInsOf(trx, experimentId));
      });
    },

    async finishExperiment(id, input) {
      const record = checkFinishRecord(input);
      const now = env.now().toISOString();
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .updateTable('experiments')
          .set({
            status: 'finished',
            finished_on: record.finishedOn,
            reflection: record.reflection,
            updated_at: now,
          })
          .where('id', '=', id)
          .where('status', '=', 'active')
          .returningAll()
          .executeTakeFirst();
        if (row === undefined) return refuseUnlessMissing(trx, id, 'cannot be finished again');
        return toExperiment(row, await checkInsOf(trx, id));
      });
    },

    async deleteExperiment(id) {
      // Its check-ins go with it: the foreign key cascades.
      const result = await db
        .transaction()
        .execute((trx) => trx.deleteFrom('experiments').where('id', '=', id).executeTakeFirst());
      return result.numDeletedRows > 0n;
    },
  };
}

/** An experiment's check-ins, oldest first (same-day check-ins in the order they were logged). */
/**
 * Marks an active experiment as changed at `now` and returns its row; undefined when it is not
 * active or does not exist. Changes to check-ins make this conditional write first, so checking
 * the status and writing are one step: no concurrent finish can slip in between them.
 */
function touchIfActive(trx: Db, experimentId: string, now: string) {
  return trx
    .updateTable('experiments')
    .set({ updated_at: now })
    .where('id', '=', experimentId)
    .where('status', '=', 'active')
    .returningAll()
    .executeTakeFirst();
}

function checkInsOf(trx: Db, experimentId: string): Promise<CheckInRow[]> {
  return trx
    .selectFrom('check_ins')
    .selectAll()
    .where('experiment_id', '=', experimentId)
    .orderBy('date')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/**
 * After a write conditional on an active experiment matched nothing: undefined when no experiment
 * has that id, otherwise a 'conflict' naming it and its status. Throwing rolls the transaction back.
 */
async function refuseUnlessMissing(trx: Db, id: string, consequence: string): Promise<undefined> {
  const found = await trx
    .selectFrom('experiments')
    .select(['title', 'status', 'finished_on'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (found === undefined) return undefined;
  const named = `experiment ${JSON.stringify(id)} (${JSON.stringify(found.title)})`;
  if (found.status !== 'finished') {
    throw new LeverError(
      'internal',
      `the stored ${named} is corrupt: status: ${JSON.stringify(found.status)}`,
    );
  }
  const since = found.finished_on === null ? '' : ` (finished on ${found.finished_on})`;
  throw new LeverError('conflict', `${named} has status "finished"${since}, so it ${consequence}`);
}
