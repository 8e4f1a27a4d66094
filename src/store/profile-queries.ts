/**
 * The one implementation of ProfileStore over Kysely, shared by the SQLite and PostgreSQL adapters.
 * Anything that differs between the engines arrives through `EngineQuirks`.
 */
import type { Kysely, Migrator, Selectable, Transaction } from 'kysely';
import { LeverError } from '../core/errors.js';
import type { LeverDatabase, ProfilesTable } from './database.js';
import { appliedMigrationCount } from './migrations/index.js';
import { checkProfileName, decodeProfile, encodeProfile } from './profile-input.js';
import type { NewProfile, ProfilePatch, ProfileStore, SavedProfile, StoreEnvironment } from './types.js';

/** What each adapter supplies to the shared queries. */
export interface EngineQuirks {
  /** Turns the `profile` column as the driver returns it into a plain JSON value; throws if it is not JSON. */
  readJson(column: unknown): unknown;
  /**
   * Makes the open transaction a writer that other writers wait for, before it reads what it will
   * write against (import, delete all): a no-op write on SQLite, table locks on PostgreSQL.
   */
  lockForWrite(trx: Transaction<LeverDatabase>): Promise<void>;
}

export interface SqlStoreParts {
  db: Kysely<LeverDatabase>;
  migrator: Migrator;
  env: StoreEnvironment;
  quirks: EngineQuirks;
}

type Row = Selectable<ProfilesTable>;

/** A profile row as a validated SavedProfile; a corrupt row is an 'internal' error naming it. */
export function toSavedProfile(row: Row, quirks: EngineQuirks): SavedProfile {
  let raw: unknown;
  try {
    raw = quirks.readJson(row.profile);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new LeverError(
      'internal',
      `the stored profile in row ${JSON.stringify(row.id)} is not JSON: ${detail}`,
    );
  }
  return {
    id: row.id,
    name: row.name,
    profile: decodeProfile(raw, row.id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Every saved profile, most recently updated first (ties: id in byte order); `db` may be a transaction. */
export async function readProfiles(db: Kysely<LeverDatabase>, quirks: EngineQuirks): Promise<SavedProfile[]> {
  const rows = await db
    .selectFrom('profiles')
    .selectAll()
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'asc')
    .execute();
  return rows.map((row) => toSavedProfile(row, quirks));
}

/** Builds the shared ProfileStore on an open, migrated database. */
export function createSqlProfileStore({ db, migrator, env, quirks }: SqlStoreParts): ProfileStore {
  const toSaved = (row: Row): SavedProfile => toSavedProfile(row, quirks);

  const getProfile = async (id: string): Promise<SavedProfile | undefined> => {
    const row = await db.selectFrom('profiles').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toSaved(row);
  };
  let closing: Promise<void> | undefined;

  return {
    listProfiles: () => readProfiles(db, quirks),

    getProfile,

    async createProfile(input: NewProfile) {
      const name = checkProfileName(input.name);
      const profile = encodeProfile(input.profile);
      const now = env.now().toISOString();
      const row = await db
        .transaction()
        .execute((trx) =>
          trx
            .insertInto('profiles')
            .values({ id: env.newId(), name, profile, created_at: now, updated_at: now })
            .returningAll()
            .executeTakeFirstOrThrow(),
        );
      return toSaved(row);
    },

    async updateProfile(id, patch: ProfilePatch) {
      const changes = {
        ...(patch.name === undefined ? {} : { name: checkProfileName(patch.name) }),
        ...(patch.profile === undefined ? {} : { profile: encodeProfile(patch.profile) }),
      };
      if (Object.keys(changes).length === 0) return getProfile(id);
      // One UPDATE … RETURNING: the patch replaces whole fields, so there is nothing to merge, and a
      // transaction that starts with its write never has to upgrade a read lock (SQLite) or race a
      // concurrent writer between read and write (PostgreSQL).
      const row = await db.transaction().execute((trx) =>
        trx
          .updateTable('profiles')
          .set({ ...changes, updated_at: env.now().toISOString() })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirst(),
      );
      return row === undefined ? undefined : toSaved(row);
    },

    async deleteProfile(id) {
      const result = await db
        .transaction()
        .execute((trx) => trx.deleteFrom('profiles').where('id', '=', id).executeTakeFirst());
      return result.numDeletedRows > 0n;
    },

    schemaVersion: () => appliedMigrationCount(migrator),

    // Safe to call twice: the web server and a signal handler may both close the store.
    close() {
      closing ??= db.destroy();
      return closing;
    },
  };
}
