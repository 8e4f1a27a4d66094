/** The part of the store contract about experiments and their check-ins. */
import { describe, expect, it } from 'vitest';
import {
  buildCheckInRecord,
  buildExperimentRecord,
  buildExpertiseRecord,
  buildFinishRecord,
} from './journal-test-kit.js';
import type { ContractContext } from './store-contract.js';

/** Registers the experiment tests inside the contract's describe block. */
export function runExperimentContract(ctx: ContractContext): void {
  describe('experiments', () => {
    it('starts with no experiments', async () => {
      expect(await ctx.store.listExperiments()).toEqual([]);
    });

    it('creates an active experiment with the injected id and clock, and reads it back', async () => {
      const created = await ctx.store.createExperiment(buildExperimentRecord());
      const expected = {
        id: 'profile-0001',
        ...buildExperimentRecord(),
        status: 'active',
        finishedOn: null,
        reflection: null,
        createdAt: '2030-01-01T00:00:00.000Z',
        updatedAt: '2030-01-01T00:00:00.000Z',
        checkIns: [],
      };
      expect(created).toEqual(expected);
      expect(await ctx.store.getExperiment(created.id)).toEqual(expected);
      expect(await ctx.store.listExperiments()).toEqual([expected]);
    });

    it('stores an expertise plan with its topic and no test, direction or deliverable', async () => {
      const created = await ctx.store.createExperiment(buildExpertiseRecord());
      expect(await ctx.store.getExperiment(created.id)).toMatchObject({
        kind: 'expertise',
        testId: null,
        topicId: 'global-gpu-tracking',
        direction: null,
        deliverable: null,
        weeks: 26,
      });
    });

    it('lists the most recently started first, then the newest created, then by id in byte order', async () => {
      ctx.env.queueIds('old', 'b', 'a', 'Z', 'newer', 'same-day-later');
      await ctx.store.createExperiment(buildExperimentRecord({ startedOn: '2030-01-01' }));
      ctx.env.tick();
      for (const _ of ['b', 'a', 'Z']) await ctx.store.createExperiment(buildExperimentRecord());
      ctx.env.tick();
      await ctx.store.createExperiment(buildExperimentRecord({ startedOn: '2030-01-02' }));
      await ctx.store.createExperiment(buildExperimentRecord());
      ctx.env.tick();
      // Logging and finishing do not move an experiment in the list: the order is by start date.
      await ctx.store.addCheckIn('old', buildCheckInRecord());
      await ctx.store.finishExperiment('newer', buildFinishRecord());
      expect((await ctx.store.listExperiments()).map((e) => e.id)).toEqual([
        'same-day-later',
        'Z',
        'a',
        'b',
        'newer',
        'old',
      ]);
    });

    it('deletes an experiment with its check-ins, once, leaving the others alone', async () => {
      const keep = await ctx.store.createExperiment(buildExperimentRecord());
      const drop = await ctx.store.createExperiment(buildExpertiseRecord());
      await ctx.store.addCheckIn(keep.id, buildCheckInRecord({ note: 'kept' }));
      await ctx.store.addCheckIn(drop.id, buildCheckInRecord({ note: 'dropped' }));
      const kept = await ctx.store.getExperiment(keep.id);
      expect(await ctx.store.deleteExperiment(drop.id)).toBe(true);
      expect(await ctx.store.getExperiment(drop.id)).toBeUndefined();
      expect(await ctx.store.deleteExperiment(drop.id)).toBe(false);
      expect(await ctx.store.listExperiments()).toEqual([kept]);
    });

    it('answers undefined or false for unknown ids and writes nothing', async () => {
      const saved = await ctx.store.createExperiment(buildExperimentRecord());
      for (const id of ['nope', '', "x' or '1'='1", saved.id.toUpperCase(), `${saved.id} `]) {
        expect(await ctx.store.getExperiment(id)).toBeUndefined();
        expect(await ctx.store.addCheckIn(id, buildCheckInRecord())).toBeUndefined();
        expect(await ctx.store.finishExperiment(id, buildFinishRecord())).toBeUndefined();
        expect(await ctx.store.deleteExperiment(id)).toBe(false);
      }
      expect(await ctx.store.listExperiments()).toEqual([saved]);
    });

    it('stores unicode and HTML in titles, deliverables, notes and reflections verbatim', async () => {
      const title = '<b>Zoë</b> & "我" \'🧪\' <script>alert(1)</script>';
      const text =
        'Línea 1\n\tמימין לשמאל 👩🏽‍🔬 &amp; <img src=x onerror=alert(1)>\r\n\\u0041 e\u0301 \u200b end';
      const { id } = await ctx.store.createExperiment(buildExperimentRecord({ title, deliverable: text }));
      await ctx.store.addCheckIn(id, buildCheckInRecord({ note: text }));
      await ctx.store.finishExperiment(id, buildFinishRecord({ reflection: text }));
      const read = await ctx.store.getExperiment(id);
      expect(read).toMatchObject({ title, deliverable: text, reflection: text });
      expect(read?.checkIns[0]?.note).toBe(text);
    });

    it('round-trips 5,000-character notes, deliverables and reflections', async () => {
      const note = `${'a'.repeat(3000)}${'é'.repeat(1000)}${'🧪'.repeat(500)}${'<'.repeat(500)}`;
      expect([...note]).toHaveLength(5000);
      const { id } = await ctx.store.createExperiment(buildExperimentRecord({ deliverable: note }));
      await ctx.store.addCheckIn(id, buildCheckInRecord({ note }));
      await ctx.store.finishExperiment(id, buildFinishRecord({ reflection: note }));
      const read = await ctx.store.getExperiment(id);
      expect(read?.deliverable).toBe(note);
      expect(read?.checkIns[0]?.note).toBe(note);
      expect(read?.reflection).toBe(note);
    });
  });
}
