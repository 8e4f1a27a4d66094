/**
 * The store contract against PostgreSQL, when LEVER_TEST_DATABASE_URL points at a server (CI
 * starts one). Every test gets a schema of its own, dropped afterwards, so runs never interfere.
 */
import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { LeverDatabase } from './database.js';
import { openPostgresStore } from './postgres.js';
import { runStoreContract } from './store-contract.js';
import { runUpgradeContract } from './store-contract-upgrade.js';
import type { StoreTarget } from './store-test-kit.js';

const url = process.env.LEVER_TEST_DATABASE_URL;

async function withClient<T>(databaseUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function schemaTarget(databaseUrl: string): StoreTarget {
  const schema = `lever_test_${randomBytes(6).toString('hex')}`;
  return {
    open: (env) => openPostgresStore({ url: databaseUrl, schema, env }),
    writeRawProfile: async (id, json) => {
      await withClient(databaseUrl, (c) =>
        c.query(`update ${schema}.profiles set profile = $1 where id = $2`, [json, id]),
      );
    },
    openRaw: async () => {
      await withClient(databaseUrl, (c) => c.query(`create schema if not exists ${schema}`));
      const pool = new pg.Pool({ connectionString: databaseUrl, options: `-c search_path=${schema}` });
      const db = new Kysely<LeverDatabase>({ dialect: new PostgresDialect({ pool }) });
      return { db, engine: 'postgres', migrationTableSchema: schema };
    },
    destroy: async () => {
      await withClient(databaseUrl, (c) => c.query(`drop schema if exists ${schema} cascade`));
    },
  };
}

if (url === undefined || url === '') {
  describe('LeverStore contract: PostgreSQL', () => {
    it.skip('needs LEVER_TEST_DATABASE_URL (e.g. from .ci/postgres-start); not set, so PostgreSQL is not tested', () => {});
  });
} else {
  runStoreContract('PostgreSQL', async () => schemaTarget(url), { persistent: true });
  runUpgradeContract('PostgreSQL', async () => schemaTarget(url));

  describe('openPostgresStore', () => {
    it('reports an unreachable server as an internal error without the password', async () => {
      const bad = 'postgres://lever:s3cret-pw@127.0.0.1:1/nowhere';
      const error = await openPostgresStore({ url: bad }).catch((e: unknown) => e);
      expect(error).toMatchObject({
        code: 'internal',
        message: expect.stringContaining('127.0.0.1:1/nowhere'),
      });
      expect(String((error as Error).message)).not.toContain('s3cret-pw');
    });

    it('refuses a file backup, pointing to an export or pg_dump instead', async () => {
      const target = schemaTarget(url);
      const store = await target.open({ now: () => new Date(0), newId: () => 'id' });
      try {
        const error = await store.backupTo('lever-backup.db').catch((e: unknown) => e);
        expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('pg_dump') });
        expect((error as Error).message).toContain('lever export');
      } finally {
        await store.close();
        await target.destroy();
      }
    });

    it('keeps two schemas in one database apart', async () => {
      const [a, b] = [schemaTarget(url), schemaTarget(url)];
      const env = { now: () => new Date(0), newId: () => 'same-id' };
      const [storeA, storeB] = [await a.open(env), await b.open(env)];
      try {
        await storeA.createProfile({ name: 'in a', profile: {} });
        await storeB.createProfile({ name: 'in b', profile: {} });
        expect((await storeA.listProfiles()).map((p) => p.name)).toEqual(['in a']);
        expect((await storeB.listProfiles()).map((p) => p.name)).toEqual(['in b']);
      } finally {
        await Promise.all([storeA.close(), storeB.close()]);
        await Promise.all([a.destroy(), b.destroy()]);
      }
    });
  });
}
