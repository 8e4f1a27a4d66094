/** The part of the store contract about deleting one check-in, to correct a mis-logged one. */
import { describe, expect, it } from 'vitest';
import { buildCheckInRecord, buildExperimentRecord, buildFinishRecord } from './journal-test-kit.js';
import type { ContractContext } from './store-contract.js';

/** Registers the check-in deletion tests inside the contract's describe block. */
export function runCheckInDeleteContract(ctx: ContractContext): void {
  describe('deleting a check-in', () => {
    it('deletes only the check-in asked for, moving updatedAt, and answers with the experiment', async () => {
      const { id } = await ctx.store.createExperiment(buildExperimentRecord());
      ctx.env.queueIds('c-keep', 'c-wrong', 'c-later');
      await ctx.store.addCheckIn(id, buildCheckInRecord({ note: 'keep' }));
      await ctx.store.addCheckIn(id, buildCheckInRecord({ note: 'mis-logged', progress: 0 }));
      const logged = await ctx.store.addCheckIn(
        id,
        buildCheckInRecord({ note: 'later', date: '2030-01-09' }),
      );
      ctx.env.tick(60_000);
      const updated = await ctx.store.deleteCheckIn(id, 'c-wrong');
      expect(updated).toEqual({
        ...logged,
        updatedAt: '2030-01-01T00:01:00.000Z',
        checkIns: logged?.checkIns.filter((c) => c.id !== 'c-wrong'),
      });
      expect(updated?.checkIns.map((c) => c.id)).toEqual(['c-keep', 'c-later']);
      expect(await ctx.store.getExperiment(id)).toEqual(updated);
      expect(await ctx.store.listExperiments()).toEqual([updated]);
    });

    it('answers undefined for an unknown experiment, and not_found for a check-in it does not have', async () => {
      const mine = await ctx.store.createExperiment(buildExperimentRecord({ title: 'Mine' }));
      const other = await ctx.store.createExperiment(buildExperimentRecord({ title: 'Other' }));
      ctx.env.queueIds('c-mine', 'c-other');
      await ctx.store.addCheckIn(mine.id, buildCheckInRecord());
      await ctx.store.addCheckIn(other.id, buildCheckInRecord());
      const before = await ctx.store.listExperiments();
      ctx.env.tick();
      for (const id of ['nope', '', "x' or '1'='1"]) {
        expect(await ctx.store.deleteCheckIn(id, 'c-mine')).toBeUndefined();
      }
      // Another experiment's check-in is not this one's: nothing is deleted, not even the other's.
      for (const checkInId of ['c-other', 'nope', '', "x' or '1'='1"]) {
        await expect(ctx.store.deleteCheckIn(mine.id, checkInId)).rejects.toMatchObject({
          code: 'not_found',
          message: expect.stringContaining(
            `"${mine.id}" has no check-in with the id ${JSON.stringify(checkInId)}`,
          ),
        });
      }
      expect(await ctx.store.listExperiments()).toEqual(before);
    });

    it('refuses to delete a check-in of a finished experiment, naming it and changing nothing', async () => {
      const { id } = await ctx.store.createExperiment(buildExperimentRecord());
      ctx.env.queueIds('c-reflected');
      await ctx.store.addCheckIn(id, buildCheckInRecord());
      const finished = await ctx.store.finishExperiment(id, buildFinishRecord());
      ctx.env.tick();
      await expect(ctx.store.deleteCheckIn(id, 'c-reflected')).rejects.toMatchObject({
        code: 'conflict',
        message: expect.stringMatching(new RegExp(`"${id}".*finished.*2030-01-27.*reflection`)),
      });
      expect(await ctx.store.getExperiment(id)).toEqual(finished);
    });

    it('deletes a check-in once: a second delete is not_found', async () => {
      const { id } = await ctx.store.createExperiment(buildExperimentRecord());
      ctx.env.queueIds('c-once');
      await ctx.store.addCheckIn(id, buildCheckInRecord());
      const outcomes = await Promise.allSettled([
        ctx.store.deleteCheckIn(id, 'c-once'),
        ctx.store.deleteCheckIn(id, 'c-once'),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const refused = outcomes.filter((o) => o.status === 'rejected');
      expect(refused.map((o) => o.reason)).toEqual([expect.objectContaining({ code: 'not_found' })]);
      expect((await ctx.store.getExperiment(id))?.checkIns).toEqual([]);
    });

    it('never deletes a check-in after a concurrent finish', async () => {
      const { id } = await ctx.store.createExperiment(buildExperimentRecord());
      ctx.env.queueIds('c-a', 'c-b', 'c-c', 'c-d');
      for (let i = 0; i < 4; i++) await ctx.store.addCheckIn(id, buildCheckInRecord({ note: `log ${i}` }));
      const deletes = ['c-a', 'c-b', 'c-c', 'c-d'].map((checkInId) => ctx.store.deleteCheckIn(id, checkInId));
      const finish = ctx.store.finishExperiment(id, buildFinishRecord());
      const outcomes = await Promise.allSettled([...deletes, finish]);
      const finished = outcomes.at(-1);
      expect(finished?.status).toBe('fulfilled');
      const refused = outcomes.filter((o) => o.status === 'rejected');
      for (const o of refused) expect(o.reason).toMatchObject({ code: 'conflict' });
      // The finish answered with the check-ins its reflection was written on; they are all still there.
      const read = await ctx.store.getExperiment(id);
      expect(read?.checkIns).toHaveLength(refused.length);
      if (finished?.status === 'fulfilled') expect(read).toEqual(finished.value);
    });
  });
}
