/** The half of the store contract about bad writes, persistence and corrupt data. */
import { expect, it } from 'vitest';
import { LeverError } from '../core/errors.js';
import { buildAskRecord, buildCheckInRecord, buildExperimentRecord } from './journal-test-kit.js';
import { MIGRATION_COUNT } from './migrations/index.js';
import type { ContractContext, ContractOptions } from './store-contract.js';
import { buildProfile, testEnvironment } from './store-test-kit.js';

/** Registers the write-safety tests inside the contract's describe block. */
export function runWriteSafetyContract(ctx: ContractContext, options: ContractOptions): void {
  const invalidField = (path: string) => ({
    code: 'invalid_input',
    problems: [expect.objectContaining({ path })],
  });

  it('rejects blank, too long or unstorable names, naming the field', async () => {
    for (const name of ['', '   \n\t', 'x'.repeat(101), `${'🧪'.repeat(100)}!`, 'a\u0000b', 'lone \ud800']) {
      await expect(ctx.store.createProfile({ name, profile: {} })).rejects.toMatchObject(
        invalidField('name'),
      );
    }
    // Characters, not UTF-16 units: 100 emoji is a 100-character name.
    const emoji = await ctx.store.createProfile({ name: '🧪'.repeat(100), profile: {} });
    expect([...emoji.name]).toHaveLength(100);
  });

  it('rejects an invalid profile, naming the field', async () => {
    const tooLong = buildProfile({ notes: 'x'.repeat(5001) });
    await expect(ctx.store.createProfile({ name: 'me', profile: tooLong })).rejects.toMatchObject(
      invalidField('profile.notes'),
    );
    const wrong = { stage: 'wizard' } as unknown as typeof tooLong;
    await expect(ctx.store.createProfile({ name: 'me', profile: wrong })).rejects.toMatchObject(
      invalidField('profile.stage'),
    );
    const nul = buildProfile({ notes: 'before\u0000after' });
    await expect(ctx.store.createProfile({ name: 'me', profile: nul })).rejects.toMatchObject(
      invalidField('profile.notes'),
    );
  });

  it('leaves the data unchanged when a write fails', async () => {
    const saved = await ctx.store.createProfile({ name: 'me', profile: buildProfile() });
    ctx.env.tick();
    const attempts = [
      ctx.store.createProfile({ name: ' ', profile: buildProfile() }),
      ctx.store.updateProfile(saved.id, { name: 'new name', profile: { notes: 'x'.repeat(5001) } }),
      ctx.store.updateProfile(saved.id, { name: '', profile: { stage: 'senior' } }),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toBeInstanceOf(LeverError);
    // A failure inside the database (a duplicate id from the generator) changes nothing either.
    ctx.env.queueIds(saved.id);
    await expect(ctx.store.createProfile({ name: 'intruder', profile: {} })).rejects.toThrow();
    expect(await ctx.store.listProfiles()).toEqual([saved]);
  });

  it.skipIf(!options.persistent)('keeps the data when the store is closed and reopened', async () => {
    const saved = await ctx.store.createProfile({ name: 'me', profile: buildProfile({ notes: 'kept' }) });
    const created = await ctx.store.createExperiment(buildExperimentRecord());
    const experiment = await ctx.store.addCheckIn(created.id, buildCheckInRecord());
    const ask = await ctx.store.createAsk(buildAskRecord());
    await ctx.store.close();
    const env = testEnvironment('2031-06-01T00:00:00.000Z');
    env.queueIds('after-reopen');
    ctx.store = await ctx.target.open(env);
    expect(await ctx.store.schemaVersion()).toBe(MIGRATION_COUNT);
    expect(await ctx.store.listProfiles()).toEqual([saved]);
    expect(await ctx.store.listExperiments()).toEqual([experiment]);
    expect(await ctx.store.listAsks()).toEqual([ask]);
    const second = await ctx.store.createProfile({ name: 'later', profile: {} });
    expect(second.createdAt).toBe('2031-06-01T00:00:00.000Z');
  });

  it.skipIf(!options.persistent)(
    'fails loudly, naming the row, when a stored profile is corrupt',
    async () => {
      const saved = await ctx.store.createProfile({ name: 'me', profile: buildProfile() });
      const writeRaw = ctx.target.writeRawProfile;
      if (writeRaw === undefined) throw new Error('a persistent target must provide writeRawProfile');
      await writeRaw(saved.id, '{"stage": "wizard"}');
      const corrupt = { code: 'internal', message: expect.stringContaining(`"${saved.id}"`) };
      await expect(ctx.store.getProfile(saved.id)).rejects.toMatchObject(corrupt);
      await expect(ctx.store.listProfiles()).rejects.toMatchObject(corrupt);
      await writeRaw(saved.id, '["not", "an", "object"]');
      await expect(ctx.store.getProfile(saved.id)).rejects.toMatchObject(corrupt);
    },
  );
}
