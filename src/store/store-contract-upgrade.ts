/**
 * Upgrading a database written by an older Lever: one at schema version 1 (saved profiles only,
 * before the journal) opens with this Lever, is migrated, and keeps every saved profile.
 */
import { Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import {
  buildAskRecord,
  buildCheckInRecord,
  buildExperimentRecord,
  withRawDatabase,
} from './journal-test-kit.js';
import { profiles001 } from './migrations/001-profiles.js';
import { MIGRATION_COUNT, migrationsFor } from './migrations/index.js';
import { buildProfile, type RawDatabase, type StoreTarget, testEnvironment } from './store-test-kit.js';

/** Applies only migration 001, as Lever did before the journal existed. */
async function migrateToVersion1({ db, engine, migrationTableSchema }: RawDatabase): Promise<number> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => ({ '001-profiles': profiles001(engine) }) },
    ...(migrationTableSchema === undefined ? {} : { migrationTableSchema }),
  });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined) throw error;
  return (await migrator.getMigrations()).filter((m) => m.executedAt !== undefined).length;
}

/** Registers the upgrade test for one adapter; `openFresh` gives empty, persistent storage. */
export function runUpgradeContract(name: string, openFresh: () => Promise<StoreTarget>): void {
  describe(`upgrading an older database: ${name}`, () => {
    it('migrates a version-1 database to the current version, keeping its saved profiles', async () => {
      const target = await openFresh();
      const profile = buildProfile({ notes: 'saved before the journal existed: <b>Zoë</b> 🧪' });
      const stored = {
        id: 'saved-in-v1',
        name: 'me in version 1',
        created_at: '2029-05-01T10:00:00.000Z',
        updated_at: '2029-05-02T11:00:00.000Z',
      };
      try {
        const { version, engine } = await withRawDatabase(target, async (raw) => {
          const applied = await migrateToVersion1(raw);
          await raw.db
            .insertInto('profiles')
            .values({ ...stored, profile: JSON.stringify(profile) })
            .execute();
          return { version: applied, engine: raw.engine };
        });
        expect(version).toBe(1);
        // Version 2 is the journal; later versions may follow it.
        expect(Object.keys(migrationsFor(engine)).slice(0, 2)).toEqual(['001-profiles', '002-journal']);

        const store = await target.open(testEnvironment());
        try {
          expect(MIGRATION_COUNT).toBeGreaterThanOrEqual(2);
          expect(await store.schemaVersion()).toBe(MIGRATION_COUNT);
          expect(await store.listProfiles()).toEqual([
            {
              id: stored.id,
              name: stored.name,
              profile,
              createdAt: stored.created_at,
              updatedAt: stored.updated_at,
            },
          ]);
          // The journal is there and works next to the old data.
          const { id } = await store.createExperiment(buildExperimentRecord());
          expect((await store.addCheckIn(id, buildCheckInRecord()))?.checkIns).toHaveLength(1);
          expect(await store.createAsk(buildAskRecord())).toMatchObject({ title: buildAskRecord().title });
        } finally {
          await store.close();
        }
        // Opening again finds nothing left to migrate.
        const reopened = await target.open(testEnvironment());
        expect(await reopened.schemaVersion()).toBe(MIGRATION_COUNT);
        expect(await reopened.listExperiments()).toHaveLength(1);
        await reopened.close();
      } finally {
        await target.destroy();
      }
    });
  });
}
