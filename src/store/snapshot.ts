/**
 * Reads that take more than one query see one consistent state of the database: a repeatable-read,
 * read-only transaction on PostgreSQL; on SQLite every transaction already reads from one snapshot
 * (the SQLite driver ignores the settings).
 */
import type { Kysely, Transaction } from 'kysely';
import type { LeverDatabase } from './database.js';

export function readSnapshot<T>(
  db: Kysely<LeverDatabase>,
  read: (trx: Transaction<LeverDatabase>) => Promise<T>,
): Promise<T> {
  return db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(read);
}
