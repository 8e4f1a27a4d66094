/** The asks half of JournalStore over Kysely, shared by the SQLite and PostgreSQL adapters. */
import type { Kysely } from 'kysely';
import type { Ask } from '../core/journal/schema.js';
import type { LeverDatabase } from './database.js';
import { checkAskRecord } from './journal-input.js';
import { toAsk } from './journal-rows.js';
import type { EngineQuirks, SqlStoreParts } from './profile-queries.js';
import type { AskRecord, JournalStore } from './types.js';

export type AskStore = Pick<JournalStore, 'listAsks' | 'getAsk' | 'createAsk' | 'updateAsk' | 'deleteAsk'>;

/** Every ask, most recently updated first (ties: id in byte order); `db` may be a transaction. */
export async function readAsks(db: Kysely<LeverDatabase>, quirks: EngineQuirks): Promise<Ask[]> {
  const rows = await db
    .selectFrom('asks')
    .selectAll()
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'asc')
    .execute();
  return rows.map((row) => toAsk(row, quirks.readJson));
}

/** Builds the ask operations on an open, migrated database. */
export function createSqlAskStore({ db, env, quirks }: SqlStoreParts): AskStore {
  const read = (row: Parameters<typeof toAsk>[0]): Ask => toAsk(row, quirks.readJson);
  const columns = (record: AskRecord) => ({
    title: record.title,
    lab: record.lab,
    ask: record.ask,
    steps: JSON.stringify(record.steps),
    owner: record.owner,
    cost: record.cost,
  });

  return {
    listAsks: () => readAsks(db, quirks),

    async getAsk(id) {
      const row = await db.selectFrom('asks').selectAll().where('id', '=', id).executeTakeFirst();
      return row === undefined ? undefined : read(row);
    },

    async createAsk(input) {
      const record = checkAskRecord(input);
      const now = env.now().toISOString();
      const row = await db.transaction().execute((trx) =>
        trx
          .insertInto('asks')
          .values({ id: env.newId(), ...columns(record), created_at: now, updated_at: now })
          .returningAll()
          .executeTakeFirstOrThrow(),
      );
      return read(row);
    },

    async updateAsk(id, input) {
      const record = checkAskRecord(input);
      // The record replaces every field, so one UPDATE … RETURNING is the whole transaction.
      const row = await db.transaction().execute((trx) =>
        trx
          .updateTable('asks')
          .set({ ...columns(record), updated_at: env.now().toISOString() })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirst(),
      );
      return row === undefined ? undefined : read(row);
    },

    async deleteAsk(id) {
      const result = await db
        .transaction()
        .execute((trx) => trx.deleteFrom('asks').where('id', '=', id).executeTakeFirst());
      return result.numDeletedRows > 0n;
    },
  };
}
