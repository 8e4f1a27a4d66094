/** Saved profiles: a name and a profile document per row. */
import { type Kysely, type Migration, sql } from 'kysely';
import type { SqlEngine } from '../database.js';

/** Creates the profiles table and the index that serves `listProfiles`. */
export function profiles001(engine: SqlEngine): Migration {
  const postgres = engine === 'postgres';
  // Byte-order collation on PostgreSQL so ids and timestamps sort as they do in SQLite, whatever
  // locale the server's database was created with.
  const binaryText = postgres ? sql`text collate "C"` : sql`text`;
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('profiles')
        .addColumn('id', binaryText, (col) => col.primaryKey())
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('profile', postgres ? 'jsonb' : 'text', (col) => col.notNull())
        .addColumn('created_at', binaryText, (col) => col.notNull())
        .addColumn('updated_at', binaryText, (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('profiles_by_updated_at')
        .on('profiles')
        .columns(['updated_at desc', 'id'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('profiles').execute();
    },
  };
}
