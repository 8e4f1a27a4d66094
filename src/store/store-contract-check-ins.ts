/** The part of the store contract about check-ins and finishing an experiment. */
import { describe, expect, it } from 'vitest';
import {
  buildCheckInRecord,
  buildExperimentRecord,
  buildExpertiseRecord,
  buildFinishRecord,
} from './journal-test-kit.js';
import type { ContractContext } from './store-contract.js';

/** Registers the check-in and finishing tests inside the contract's describe block. */
export function runCheckInContract(ctx: ContractContext): void {
  describe('check-ins and finishing', () => {
    it('keeps check-ins oldest first, same-day ones in the order they were logged', async () => {
      const { id } = await ctx.store.createExperiment(buildExperimentRecord());
      ctx.env.queueIds('c-late', 'c-second', 'c-first', 'c-tie-a', 'c-tie-B');
      ctx.env.tick();
      await ctx.store.addCheckIn(id, buildCheckInRecord({ date: '2030-01-20', note: 'late' }));
      ctx.env.tick();
      await ctx.store.addCheckIn(id, buildCheckInRecord({ date: '2030-01-10', note: 'second' }));
      ctx.env.tick();
      const last = await ctx.store.addCheckIn(id, buildCheckInRecord({ date: '2030-01-09', note: 'first' }));
      expect(last?.checkIns.map((c) => c.note)).toEqual(['first', 'second', 'late']);
      expect(last?.updatedAt).toBe('2030-01-01T00:00:03.000Z');
      expect(last?.createdAt).toBe('2030-01-01T00:00:00.000Z');
      // Same day and same instant: the id decides, in byte order ("B" before "a"), whatever the locale.
      await ctx.store.addCheckIn(id, buildCheckInRecord({ date: '2030-01-10', note: 'tie a' }));
      await ctx.store.addCheckIn(id, buildCheckInRecord({ date: '2030-01-10', note: 'tie B' }));
      const read = await ctx.store.getExperiment(id);
      expect(read?.checkIns.map((c) => c.note)).toEqual(['first', 'second', 'tie B', 'tie a', 'late']);
      expect(read?.checkIns[0]).toEqual({
        id: 'c-first',
        date: '2030-01-09',
        hours: 6.5,
        progress: 2,
        enjoyment: 3,
        note: 'first',
        createdAt: '2030-01-01T00:00:03.000Z',
      });
    });

    it('attaches each check-in to its own experiment in the list', async () => {
      const a = await ctx.store.createExperiment(buildExperimentRecord({ startedOn: '2030-01-02' }));
      const b = await ctx.store.createExperiment(buildExpertiseRecord({ startedOn: '2030-01-01' }));
      const empty = await ctx.store.createExperiment(buildExperimentRecord({ startedOn: '2029-12-01' }));
      await ctx.store.addCheckIn(b.id, buildCheckInRecord({ note: 'b1', hours: null }));
      await ctx.store.addCheckIn(a.id, buildCheckInRecord({ note: 'a1', hours: 0.25 }));
      await ctx.store.addCheckIn(b.id, buildCheckInRecord({ note: 'b2', date: '2030-01-09', progress: 0 }));
      const list = await ctx.store.listExperiments();
      expect(list.map((e) => [e.id, e.checkIns.map((c) => c.note)])).toEqual([
        [a.id, ['a1']],
        [b.id, ['b1', 'b2']],
        [empty.id, []],
      ]);
      expect(list[0]?.checkIns[0]?.hours).toBe(0.25);
      expect(list[1]?.checkIns.map((c) => [c.hours, c.progress])).toEqual([
        [null, 2],
        [6.5, 0],
      ]);
      for (const experiment of list) expect(await ctx.store.getExperiment(experiment.id)).toEqual(experiment);
    });

    it('finishes an experiment with its reflection, keeping its check-ins', async () => {
      const { id } = await ctx.store.createExperiment(buildExperimentRecord());
      await ctx.store.addCheckIn(id, buildCheckInRecord());
      ctx.env.tick(60_000);
      const finished = await ctx.store.finishExperiment(id, buildFinishRecord());
      expect(finished).toMatchObject({
        status: 'finished',
        finishedOn: '2030-01-27',
        reflection: 'liked the debugging more than the reading',
        updatedAt: '2030-01-01T00:01:00.000Z',
        checkIns: [expect.objectContaining({ note: 'set up the model' })],
      });
      expect(await ctx.store.getExperiment(id)).toEqual(finished);
      const quiet = await ctx.store.createExperiment(buildExperimentRecord());
      const noReflection = await ctx.store.finishExperiment(
        quiet.id,
        buildFinishRecord({ reflection: null }),
      );
      expect(noReflection).toMatchObject({ status: 'finished', reflection: null, checkIns: [] });
    });

    it('refuses to log to or finish a finished experiment, naming it and changing nothing', async () => {
      const { id } = await ctx.store.createExperiment(buildExperimentRecord());
      await ctx.store.addCheckIn(id, buildCheckInRecord());
      const finished = await ctx.store.finishExperiment(id, buildFinishRecord());
      ctx.env.tick();
      const conflict = {
        code: 'conflict',
        message: expect.stringMatching(new RegExp(`"${id}".*finished`)),
      };
      await expect(ctx.store.addCheckIn(id, buildCheckInRecord({ note: 'too late' }))).rejects.toMatchObject(
        conflict,
      );
      await expect(
        ctx.store.finishExperiment(id, buildFinishRecord({ finishedOn: '2030-02-01', reflection: 'again' })),
      ).rejects.toMatchObject(conflict);
      expect(await ctx.store.getExperiment(id)).toEqual(finished);
      expect(await ctx.store.listExperiments()).toEqual([finished]);
    });

    it('lands every check-in logged before a concurrent finish, and none after it', async () => {
      const { id } = await ctx.store.createExperiment(buildExperimentRecord());
      const logs = Array.from({ length: 12 }, (_, i) =>
        ctx.store.addCheckIn(id, buildCheckInRecord({ note: `log ${i}` })),
      );
      const finish = ctx.store.finishExperiment(id, buildFinishRecord());
      const outcomes = await Promise.allSettled([...logs, finish]);
      expect(outcomes.at(-1)?.status).toBe('fulfilled');
      const refused = outcomes.filter((o) => o.status === 'rejected');
      for (const o of refused) expect(o.reason).toMatchObject({ code: 'conflict' });
      const landed = outcomes.length - 1 - refused.length;
      const read = await ctx.store.getExperiment(id);
      expect(read?.status).toBe('finished');
      expect(read?.checkIns).toHaveLength(landed);
    });
  });
}
