/** The journal: experiments with their check-ins, and concrete asks for a lab. */
import { type Kysely, type Migration, sql } from 'kysely';
import type { SqlEngine } from '../database.js';

/** Creates the experiments, check_ins and asks tables and the indexes that serve their list orders. */
export function journal002(engine: SqlEngine): Migration {
  const postgres = engine === 'postgres';
  // As in 001: byte-order collation on PostgreSQL for ids, dates and timestamps, so they sort as
  // they do in SQLite whatever locale the server's database was created with.
  const binaryText = postgres ? sql`text collate "C"` : sql`text`;
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('experiments')
        .addColumn('id', binaryText, (col) => col.primaryKey())
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('test_id', 'text')
        .addColumn('topic_id', 'text')
        .addColumn('title', 'text', (col) => col.notNull())
        .addColumn('path', 'text', (col) => col.notNull())
        .addColumn('direction', 'text')
        .addColumn('weeks', 'integer', (col) => col.notNull())
        .addColumn('deliverable', 'text')
        .addColumn('started_on', binaryText, (col) => col.notNull())
        .addColumn('due_on', binaryText, (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('finished_on', binaryText)
        .addColumn('reflection', 'text')
        .addColumn('created_at', binaryText, (col) => col.notNull())
        .addColumn('updated_at', binaryText, (col) => col.notNull())
        .execute();
      // listExperiments: most recently started first, newest created first on the same day.
      await db.schema
        .createIndex('experiments_by_started_on')
        .on('experiments')
        .columns(['started_on desc', 'created_at desc', 'id'])
        .execute();

      await db.schema
        .createTable('check_ins')
        .addColumn('id', binaryText, (col) => col.primaryKey())
        .addColumn('experiment_id', binaryText, (col) =>
          col.notNull().references('experiments.id').onDelete('cascade'),
        )
        .addColumn('date', binaryText, (col) => col.notNull())
        .addColumn('hours', 'double precision')
        .addColumn('progress', 'integer', (col) => col.notNull())
        .addColumn('enjoyment', 'integer', (col) => col.notNull())
        .addColumn('note', 'text')
        .addColumn('created_at', binaryText, (col) => col.notNull())
        .execute();
      // An experiment's check-ins, oldest first; also serves the cascading delete.
      await db.schema
        .createIndex('check_ins_by_experiment')
        .on('check_ins')
        .columns(['experiment_id', 'date', 'created_at', 'id'])
        .execute();

      await db.schema
        .createTable('asks')
        .addColumn('id', binaryText, (col) => col.primaryKey())
        .addColumn('title', 'text', (col) => col.notNull())
        .addColumn('lab', 'text')
        .addColumn('ask', 'text', (col) => col.notNull())
        .addColumn('steps', postgres ? 'jsonb' : 'text', (col) => col.notNull())
        .addColumn('owner', 'text')
        .addColumn('cost', 'text')
        .addColumn('created_at', binaryText, (col) => col.notNull())
        .addColumn('updated_at', binaryText, (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('asks_by_updated_at')
        .on('asks')
        .columns(['updated_at desc', 'id'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('asks').execute();
      await db.schema.dropTable('check_ins').execute();
      await db.schema.dropTable('experiments').execute();
    },
  };
}
