/**
 * The behaviour every LeverStore adapter must have. Each adapter's test file calls
 * `runStoreContract` with a way to get fresh, empty storage; the same assertions then run against
 * SQLite and PostgreSQL.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATION_COUNT } from './migrations/index.js';
import { runAskContract } from './store-contract-asks.js';
import { runCheckInDeleteContract } from './store-contract-check-in-deletes.js';
import { runCheckInContract } from './store-contract-check-ins.js';
import { runDataContract } from './store-contract-data.js';
import { runExperimentContract } from './store-contract-experiments.js';
import { runJournalWriteSafetyContract } from './store-contract-journal-writes.js';
import { runWriteSafetyContract } from './store-contract-writes.js';
import { buildProfile, type StoreTarget, type TestEnvironment, testEnvironment } from './store-test-kit.js';
import type { LeverStore } from './types.js';

export interface ContractOptions {
  /** Whether the data outlives the store (a file or a server); ':memory:' does not. */
  persistent: boolean;
}

/** What each contract test gets: an open store on fresh storage, its clock and id generator. */
export interface ContractContext {
  store: LeverStore;
  env: TestEnvironment;
  target: StoreTarget;
  /** Another fresh, empty storage of the same kind; the caller opens, closes and destroys it. */
  openFresh: () => Promise<StoreTarget>;
}

/** Registers the store contract suite for one adapter. */
export function runStoreContract(
  name: string,
  openFresh: () => Promise<StoreTarget>,
  options: ContractOptions,
): void {
  describe(`LeverStore contract: ${name}`, () => {
    const ctx = { openFresh } as ContractContext;
    beforeEach(async () => {
      ctx.target = await openFresh();
      ctx.env = testEnvironment();
      ctx.store = await ctx.target.open(ctx.env);
    });
    afterEach(async () => {
      await ctx.store.close();
      await ctx.target.destroy();
    });

    it('starts empty, at the schema version of the last migration', async () => {
      expect(await ctx.store.listProfiles()).toEqual([]);
      expect(await ctx.store.listExperiments()).toEqual([]);
      expect(await ctx.store.listAsks()).toEqual([]);
      expect(MIGRATION_COUNT).toBeGreaterThan(0);
      expect(await ctx.store.schemaVersion()).toBe(MIGRATION_COUNT);
    });

    it('creates a profile with the injected id and clock, and reads it back', async () => {
      const profile = buildProfile({
        history: [{ activity: 'ml-engineering', months: 3, progress: 2, enjoyment: 4 }],
      });
      const saved = await ctx.store.createProfile({ name: '  me now  ', profile });
      const expected = {
        id: 'profile-0001',
        name: 'me now',
        profile,
        createdAt: '2030-01-01T00:00:00.000Z',
        updatedAt: '2030-01-01T00:00:00.000Z',
      };
      expect(saved).toEqual(expected);
      expect(await ctx.store.getProfile('profile-0001')).toEqual(expected);
      expect(await ctx.store.listProfiles()).toEqual([expected]);
    });

    it('stores an empty profile', async () => {
      const saved = await ctx.store.createProfile({ name: 'blank', profile: {} });
      expect((await ctx.store.getProfile(saved.id))?.profile).toEqual({});
    });

    it('updates the name and the profile separately, moving only updatedAt', async () => {
      const { id } = await ctx.store.createProfile({ name: 'me now', profile: buildProfile() });
      ctx.env.tick(60_000);
      const renamed = await ctx.store.updateProfile(id, { name: ' me if I did a PhD ' });
      expect(renamed).toMatchObject({ name: 'me if I did a PhD', profile: buildProfile() });
      expect(renamed?.updatedAt).toBe('2030-01-01T00:01:00.000Z');
      ctx.env.tick(60_000);
      const changed = await ctx.store.updateProfile(id, { profile: { stage: 'student' } });
      expect(changed).toEqual({
        id,
        name: 'me if I did a PhD',
        profile: { stage: 'student' },
        createdAt: '2030-01-01T00:00:00.000Z',
        updatedAt: '2030-01-01T00:02:00.000Z',
      });
      expect(await ctx.store.getProfile(id)).toEqual(changed);
    });

    it('treats an empty patch as a read that changes nothing', async () => {
      const saved = await ctx.store.createProfile({ name: 'me', profile: buildProfile() });
      ctx.env.tick();
      expect(await ctx.store.updateProfile(saved.id, {})).toEqual(saved);
      expect(await ctx.store.getProfile(saved.id)).toEqual(saved);
    });

    it('deletes only the profile asked for, once', async () => {
      const keep = await ctx.store.createProfile({ name: 'keep', profile: buildProfile() });
      const drop = await ctx.store.createProfile({ name: 'drop', profile: buildProfile() });
      expect(await ctx.store.deleteProfile(drop.id)).toBe(true);
      expect(await ctx.store.getProfile(drop.id)).toBeUndefined();
      expect(await ctx.store.deleteProfile(drop.id)).toBe(false);
      expect(await ctx.store.listProfiles()).toEqual([keep]);
    });

    it('answers undefined or false for unknown ids and creates nothing', async () => {
      await ctx.store.createProfile({ name: 'me', profile: buildProfile() });
      for (const id of ['nope', '', "x' or '1'='1", '00000000-0000-0000-0000-000000000000']) {
        expect(await ctx.store.getProfile(id)).toBeUndefined();
        expect(await ctx.store.updateProfile(id, { name: 'ghost' })).toBeUndefined();
        expect(await ctx.store.deleteProfile(id)).toBe(false);
      }
      expect((await ctx.store.listProfiles()).map((p) => p.name)).toEqual(['me']);
    });

    it('stores unicode and HTML in names and notes verbatim', async () => {
      const name = '<b>Zoë</b> & "我" \'🧪\' <script>alert(1)</script>';
      const notes =
        'Línea 1\n\tמימין לשמאל 👩🏽‍🔬 &amp; <img src=x onerror=alert(1)>\r\n\\u0041 e\u0301 \u200b end';
      const saved = await ctx.store.createProfile({ name, profile: buildProfile({ notes }) });
      const read = await ctx.store.getProfile(saved.id);
      expect(read?.name).toBe(name);
      expect(read?.profile.notes).toBe(notes);
    });

    it('round-trips a 5,000-character notes field', async () => {
      const notes = `${'a'.repeat(3000)}${'é'.repeat(1000)}${'🧪'.repeat(500)}`;
      expect(notes).toHaveLength(5000);
      const saved = await ctx.store.createProfile({ name: 'long', profile: buildProfile({ notes }) });
      expect((await ctx.store.getProfile(saved.id))?.profile.notes).toBe(notes);
    });

    it('lists the most recently updated first, then by id in byte order, whatever the locale', async () => {
      ctx.env.queueIds('m', 'Z', 'a', 'b');
      await ctx.store.createProfile({ name: 'first', profile: {} });
      ctx.env.tick();
      await ctx.store.createProfile({ name: 'second', profile: {} });
      await ctx.store.createProfile({ name: 'same time as second', profile: {} });
      ctx.env.tick();
      await ctx.store.createProfile({ name: 'third', profile: {} });
      expect((await ctx.store.listProfiles()).map((p) => p.id)).toEqual(['b', 'Z', 'a', 'm']);
      ctx.env.tick();
      await ctx.store.updateProfile('m', { name: 'first, edited' });
      expect((await ctx.store.listProfiles()).map((p) => p.id)).toEqual(['m', 'b', 'Z', 'a']);
    });

    it('lands all of 50 concurrent creates', async () => {
      const created = await Promise.all(
        Array.from({ length: 50 }, (_, i) => ctx.store.createProfile({ name: `p${i}`, profile: {} })),
      );
      expect(new Set(created.map((p) => p.id)).size).toBe(50);
      const names = (await ctx.store.listProfiles()).map((p) => p.name);
      expect(names.sort()).toEqual(Array.from({ length: 50 }, (_, i) => `p${i}`).sort());
    });

    it('can be closed twice', async () => {
      await ctx.store.close();
      await expect(ctx.store.close()).resolves.toBeUndefined();
    });

    runWriteSafetyContract(ctx, options);
    runExperimentContract(ctx);
    runCheckInContract(ctx);
    runCheckInDeleteContract(ctx);
    runAskContract(ctx);
    runJournalWriteSafetyContract(ctx, options);
    runDataContract(ctx);
  });
}
