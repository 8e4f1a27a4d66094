/**
 * Every migration, listed in code rather than found by scanning a folder, so the compiled `dist/`
 * build migrates exactly as the sources do. Append new migrations; never edit or reorder old ones.
 */
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import { LeverError } from '../../core/errors.js';
import type { LeverDatabase, SqlEngine } from '../database.js';
import { profiles001 } from './001-profiles.js';
import { journal002 } from './002-journal.js';

/** The migrations for one engine, keyed by name; names sort in the order they run. */
export function migrationsFor(engine: SqlEngine): Record<string, Migration> {
  return {
    '001-profiles': profiles001(engine),
    '002-journal': journal002(engine),
  };
}

/** How many migrations this version of Lever knows: the schema version of an up-to-date database. */
export const MIGRATION_COUNT = Object.keys(migrationsFor('sqlite')).length;

/** A Migrator over the in-code list. `tableSchema` pins Kysely's bookkeeping tables to one PostgreSQL schema. */
export function createMigrator(db: Kysely<LeverDatabase>, engine: SqlEngine, tableSchema?: string): Migrator {
  const migrations = migrationsFor(engine);
  const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };
  return new Migrator({
    db,
    provider,
    ...(tableSchema === undefined ? {} : { migrationTableSchema: tableSchema }),
  });
}

/** Brings the database up to date; a failure (e.g. a database written by a newer Lever) is an 'internal' error. */
export async function migrateToLatest(migrator: Migrator, where: string): Promise<void> {
  const { error, results } = await migrator.migrateToLatest();
  if (error === undefined) return;
  const failed = results?.find((r) => r.status === 'Error')?.migrationName;
  const detail = error instanceof Error ? error.message : String(error);
  throw new LeverError(
    'internal',
    `cannot update the database at ${where}${failed ? ` (migration ${failed})` : ''}: ${detail}`,
  );
}

/** The number of migrations applied to the database. */
export async function appliedMigrationCount(migrator: Migrator): Promise<number> {
  const migrations = await migrator.getMigrations();
  return migrations.filter((m) => m.executedAt !== undefined).length;
}
