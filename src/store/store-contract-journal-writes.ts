/** The part of the store contract about bad journal writes and corrupt journal rows. */
import { describe, expect, it } from 'vitest';
import {
  buildAskRecord,
  buildCheckInRecord,
  buildExperimentRecord,
  buildFinishRecord,
  withRawDatabase,
} from './journal-test-kit.js';
import type { ContractContext, ContractOptions } from './store-contract.js';
import type { NewCheckInRecord, NewExperimentRecord } from './types.js';

/** Registers the journal write-safety tests inside the contract's describe block. */
export function runJournalWriteSafetyContract(ctx: ContractContext, options: ContractOptions): void {
  const invalidField = (path: string) => ({
    code: 'invalid_input',
    problems: [expect.objectContaining({ path })],
  });

  describe('journal write safety', () => {
    it('rejects an invalid experiment, check-in, finish or ask, naming the field and writing nothing', async () => {
      const saved = await ctx.store.createExperiment(buildExperimentRecord());
      const ask = await ctx.store.createAsk(buildAskRecord());
      ctx.env.tick();
      const badExperiments: [Partial<NewExperimentRecord>, string][] = [
        [{ path: 'wizardry' as NewExperimentRecord['path'] }, 'path'],
        [{ title: '   ' }, 'title'],
        [{ weeks: 0 }, 'weeks'],
        [{ startedOn: '2030-02-30' }, 'startedOn'],
        [{ deliverable: 'a\u0000b' }, 'deliverable'],
      ];
      for (const [overrides, field] of badExperiments) {
        await expect(ctx.store.createExperiment(buildExperimentRecord(overrides))).rejects.toMatchObject(
          invalidField(field),
        );
      }
      const badCheckIns: [Partial<NewCheckInRecord>, string][] = [
        [{ progress: 5 }, 'progress'],
        [{ enjoyment: 1.5 }, 'enjoyment'],
        [{ date: 'yesterday' }, 'date'],
        [{ hours: Number.NaN }, 'hours'],
        [{ note: 'lone \ud800' }, 'note'],
      ];
      for (const [overrides, field] of badCheckIns) {
        await expect(ctx.store.addCheckIn(saved.id, buildCheckInRecord(overrides))).rejects.toMatchObject(
          invalidField(field),
        );
      }
      await expect(
        ctx.store.finishExperiment(saved.id, buildFinishRecord({ finishedOn: '27/01/2030' })),
      ).rejects.toMatchObject(invalidField('finishedOn'));
      await expect(ctx.store.createAsk(buildAskRecord({ title: '' }))).rejects.toMatchObject(
        invalidField('title'),
      );
      await expect(
        ctx.store.updateAsk(ask.id, buildAskRecord({ steps: ['fine', 'not\u0000fine'] })),
      ).rejects.toMatchObject(invalidField('steps[1]'));
      expect(await ctx.store.listExperiments()).toEqual([saved]);
      expect(await ctx.store.listAsks()).toEqual([ask]);
    });

    it('leaves the journal unchanged when the database refuses a write', async () => {
      const saved = await ctx.store.createExperiment(buildExperimentRecord());
      const ask = await ctx.store.createAsk(buildAskRecord());
      ctx.env.tick();
      await ctx.store.addCheckIn(saved.id, buildCheckInRecord());
      const before = await ctx.store.getExperiment(saved.id);
      // Duplicate ids from the generator: the insert fails inside its transaction.
      ctx.env.queueIds(saved.id, ask.id, before?.checkIns[0]?.id ?? 'missing');
      await expect(ctx.store.createExperiment(buildExperimentRecord())).rejects.toThrow();
      await expect(ctx.store.createAsk(buildAskRecord())).rejects.toThrow();
      ctx.env.tick();
      // The check-in insert fails after the experiment's updatedAt was moved: both roll back.
      await expect(ctx.store.addCheckIn(saved.id, buildCheckInRecord())).rejects.toThrow();
      expect(await ctx.store.listExperiments()).toEqual([before]);
      expect(await ctx.store.listAsks()).toEqual([ask]);
    });

    it.skipIf(!options.persistent)(
      'removes the check-ins of a deleted experiment from the database',
      async () => {
        const drop = await ctx.store.createExperiment(buildExperimentRecord());
        const keep = await ctx.store.createExperiment(buildExperimentRecord());
        for (const id of [drop.id, drop.id, keep.id]) await ctx.store.addCheckIn(id, buildCheckInRecord());
        await ctx.store.deleteExperiment(drop.id);
        const owners = await withRawDatabase(ctx.target, ({ db }) =>
          db.selectFrom('check_ins').select('experiment_id').execute(),
        );
        expect(owners).toEqual([{ experiment_id: keep.id }]);
      },
    );

    it.skipIf(!options.persistent)(
      'fails loudly, naming the row, when a stored journal row is corrupt',
      async () => {
        const experiment = await ctx.store.createExperiment(buildExperimentRecord());
        await ctx.store.addCheckIn(experiment.id, buildCheckInRecord());
        const ask = await ctx.store.createAsk(buildAskRecord());
        const naming = (id: string) => ({ code: 'internal', message: expect.stringContaining(`"${id}"`) });

        await withRawDatabase(ctx.target, ({ db }) =>
          db.updateTable('experiments').set({ path: 'wizardry' }).where('id', '=', experiment.id).execute(),
        );
        await expect(ctx.store.getExperiment(experiment.id)).rejects.toMatchObject(naming(experiment.id));
        await expect(ctx.store.listExperiments()).rejects.toMatchObject(naming(experiment.id));

        await withRawDatabase(ctx.target, async ({ db }) => {
          await db
            .updateTable('experiments')
            .set({ path: 'policy' })
            .where('id', '=', experiment.id)
            .execute();
          await db.updateTable('check_ins').set({ progress: 9 }).execute();
        });
        await expect(ctx.store.getExperiment(experiment.id)).rejects.toMatchObject(naming(experiment.id));

        await withRawDatabase(ctx.target, async ({ db }) => {
          await db.updateTable('check_ins').set({ progress: 1 }).execute();
          await db.updateTable('experiments').set({ status: 'paused' }).execute();
        });
        await expect(ctx.store.addCheckIn(experiment.id, buildCheckInRecord())).rejects.toMatchObject(
          naming(experiment.id),
        );

        await withRawDatabase(ctx.target, ({ db }) =>
          db.updateTable('asks').set({ steps: '{"not": "a list"}' }).where('id', '=', ask.id).execute(),
        );
        await expect(ctx.store.getAsk(ask.id)).rejects.toMatchObject(naming(ask.id));
        await expect(ctx.store.listAsks()).rejects.toMatchObject(naming(ask.id));
      },
    );
  });
}
