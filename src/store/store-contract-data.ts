/** The part of the store contract about the person's data as a whole: export, import, delete all. */
import { describe, expect, it } from 'vitest';
import type { LeverData } from '../core/export/schema.js';
import { buildLeverData, LONGEST_NOTE, TRICKY_TEXT } from '../core/export/testing.js';
import {
  buildAskRecord,
  buildCheckInRecord,
  buildExperimentRecord,
  buildExpertiseRecord,
} from './journal-test-kit.js';
import type { ContractContext } from './store-contract.js';
import { buildProfile, testEnvironment } from './store-test-kit.js';
import type { LeverStore } from './types.js';

/** Fills a store through its ordinary writes with everything a person might have. */
async function writeEverything(ctx: ContractContext): Promise<void> {
  const { store, env } = ctx;
  await store.createProfile({
    name: '<b>Zoë</b> & "我" 🧪 <script>x</script>',
    profile: buildProfile({ notes: LONGEST_NOTE }),
  });
  env.tick();
  await store.createProfile({ name: 'blank', profile: {} });
  const active = await store.createExperiment(
    buildExperimentRecord({ title: '<i>Replicate</i> « 日本語 » 🧪' }),
  );
  env.tick();
  await store.addCheckIn(active.id, buildCheckInRecord({ note: TRICKY_TEXT }));
  env.tick();
  await store.addCheckIn(active.id, buildCheckInRecord({ note: LONGEST_NOTE, hours: null }));
  await store.addCheckIn(active.id, buildCheckInRecord({ date: '2030-01-07', note: null }));
  const done = await store.createExperiment(buildExperimentRecord({ startedOn: '2030-01-01' }));
  await store.addCheckIn(done.id, buildCheckInRecord({ date: '2030-01-02' }));
  env.tick();
  await store.finishExperiment(done.id, { finishedOn: '2030-01-20', reflection: TRICKY_TEXT });
  await store.createExperiment(buildExpertiseRecord());
  await store.createAsk(buildAskRecord({ ask: TRICKY_TEXT, cost: LONGEST_NOTE }));
  env.tick();
  await store.createAsk(buildAskRecord({ lab: null, steps: [], owner: null, cost: null }));
}

/** Opens a second store on fresh, empty storage for `use`, then removes it. */
async function withFreshStore<T>(ctx: ContractContext, use: (store: LeverStore) => Promise<T>): Promise<T> {
  const target = await ctx.openFresh();
  const store = await target.open(testEnvironment('2040-01-01T00:00:00.000Z'));
  try {
    return await use(store);
  } finally {
    await store.close();
    await target.destroy();
  }
}

const counts = (p: number, e: number, c: number, a: number, kind: 'added' | 'unchanged') => {
  const other = kind === 'added' ? 'unchanged' : 'added';
  const entry = (n: number) => ({ [kind]: n, [other]: 0 });
  return { profiles: entry(p), experiments: entry(e), checkIns: entry(c), asks: entry(a) };
};

/** Registers the data tests inside the contract's describe block. */
export function runDataContract(ctx: ContractContext): void {
  describe('export, import and delete all', () => {
    it('exports every list as the store lists it', async () => {
      expect(await ctx.store.exportAll()).toEqual({ profiles: [], experiments: [], asks: [] });
      await writeEverything(ctx);
      expect(await ctx.store.exportAll()).toEqual({
        profiles: await ctx.store.listProfiles(),
        experiments: await ctx.store.listExperiments(),
        asks: await ctx.store.listAsks(),
      });
    });

    it('round-trips an export into an empty store without losing anything, and adds nothing twice', async () => {
      await writeEverything(ctx);
      const exported = await ctx.store.exportAll();
      expect(exported.experiments.flatMap((e) => e.checkIns)).toHaveLength(4);
      await withFreshStore(ctx, async (fresh) => {
        expect(await fresh.importAll(exported)).toEqual(counts(2, 3, 4, 2, 'added'));
        expect(await fresh.exportAll()).toEqual(exported);
        expect(await fresh.importAll(exported)).toEqual(counts(2, 3, 4, 2, 'unchanged'));
        expect(await fresh.exportAll()).toEqual(exported);
      });
    });

    it('keeps the ids, timestamps and check-in order of imported records, and they work as saved ones', async () => {
      const data = buildLeverData();
      await ctx.store.importAll(data);
      expect(await ctx.store.exportAll()).toEqual(data);
      const [active, finished] = data.experiments;
      expect(await ctx.store.getExperiment(active?.id ?? '')).toEqual(active);
      const logged = await ctx.store.addCheckIn(active?.id ?? '', buildCheckInRecord({ date: '2024-03-10' }));
      expect(logged?.checkIns.map((c) => c.id)).toEqual(['ci-b', 'ci-a', 'ci-c', 'profile-0001']);
      await expect(ctx.store.addCheckIn(finished?.id ?? '', buildCheckInRecord())).rejects.toMatchObject({
        code: 'conflict',
      });
      expect(await ctx.store.deleteAsk(data.asks[0]?.id ?? '')).toBe(true);
    });

    it('adds only what is missing next to records saved here', async () => {
      const data = buildLeverData();
      const own = await ctx.store.createAsk(buildAskRecord({ title: 'written here' }));
      const part: LeverData = {
        profiles: data.profiles.slice(0, 1),
        experiments: data.experiments.slice(1),
        asks: [],
      };
      expect(await ctx.store.importAll(part)).toEqual(counts(1, 2, 1, 0, 'added'));
      expect(await ctx.store.importAll(data)).toEqual({
        profiles: { added: 1, unchanged: 1 },
        experiments: { added: 1, unchanged: 2 },
        checkIns: { added: 3, unchanged: 1 },
        asks: { added: 2, unchanged: 0 },
      });
      const after = await ctx.store.exportAll();
      expect(after.asks).toEqual(expect.arrayContaining([own, ...data.asks]));
      expect(after).toEqual({ ...data, asks: after.asks });
      expect(await ctx.store.importAll(data)).toEqual(counts(2, 3, 4, 2, 'unchanged'));
      expect(await ctx.store.exportAll()).toEqual(after);
    });

    it('lets two imports of the same data at once add it once', async () => {
      const data = buildLeverData();
      const results = await Promise.all([ctx.store.importAll(data), ctx.store.importAll(data)]);
      expect(results).toEqual(
        expect.arrayContaining([counts(2, 3, 4, 2, 'added'), counts(2, 3, 4, 2, 'unchanged')]),
      );
      expect(await ctx.store.exportAll()).toEqual(data);
    });

    it('refuses a record that differs from the saved one, naming it, and changes nothing', async () => {
      const data = buildLeverData();
      await ctx.store.importAll({ ...data, profiles: [] });
      const [ask] = data.asks;
      await ctx.store.updateAsk(ask?.id ?? '', buildAskRecord({ title: 'edited since' }));
      await ctx.store.addCheckIn(data.experiments[0]?.id ?? '', buildCheckInRecord());
      const before = await ctx.store.exportAll();
      const error = await ctx.store.importAll(data).catch((e: unknown) => e);
      expect(error).toMatchObject({
        code: 'conflict',
        message: expect.stringContaining(`experiment "${data.experiments[0]?.id}"`),
        problems: [
          { path: 'experiments[0]', message: expect.stringContaining('updatedAt, checkIns') },
          { path: 'asks[0]', message: expect.stringContaining(`ask "${ask?.id}"`) },
        ],
      });
      // The profiles, which were new, were not added either: the import is all or nothing.
      expect(await ctx.store.exportAll()).toEqual(before);
    });

    it('refuses invalid or unstorable data, naming the field, and writes nothing', async () => {
      const data = buildLeverData();
      const [first] = data.experiments;
      const nul = {
        ...data,
        experiments: [{ ...first, checkIns: [{ ...first?.checkIns[0], note: 'a\u0000b' }] }],
      } as unknown as LeverData;
      await expect(ctx.store.importAll(nul)).rejects.toMatchObject({
        code: 'invalid_input',
        problems: [{ path: 'experiments[0].checkIns[0].note' }],
      });
      const twice = { ...data, asks: [data.asks[0], data.asks[0]] } as unknown as LeverData;
      await expect(ctx.store.importAll(twice)).rejects.toMatchObject({
        code: 'invalid_input',
        problems: [{ path: 'asks[1].id' }],
      });
      const wrong = {
        ...data,
        profiles: [{ ...data.profiles[0], profile: { stage: 'wizard' } }],
      } as unknown as LeverData;
      await expect(ctx.store.importAll(wrong)).rejects.toMatchObject({
        code: 'invalid_input',
        problems: [{ path: 'profiles[0].profile.stage' }],
      });
      expect(await ctx.store.exportAll()).toEqual({ profiles: [], experiments: [], asks: [] });
    });

    it('deletes everything, counting it, and keeps a working store', async () => {
      await writeEverything(ctx);
      const version = await ctx.store.schemaVersion();
      expect(await ctx.store.deleteAllData()).toEqual({ profiles: 2, experiments: 3, checkIns: 4, asks: 2 });
      expect(await ctx.store.exportAll()).toEqual({ profiles: [], experiments: [], asks: [] });
      expect(await ctx.store.schemaVersion()).toBe(version);
      expect(await ctx.store.deleteAllData()).toEqual({ profiles: 0, experiments: 0, checkIns: 0, asks: 0 });
      const { id } = await ctx.store.createExperiment(buildExperimentRecord());
      expect((await ctx.store.addCheckIn(id, buildCheckInRecord()))?.checkIns).toHaveLength(1);
      expect(await ctx.store.importAll(buildLeverData())).toEqual(counts(2, 3, 4, 2, 'added'));
    });

    it('exports one consistent state while check-ins are being logged', async () => {
      const { id } = await ctx.store.createExperiment(buildExperimentRecord());
      let logging = true;
      const logger = (async () => {
        for (let i = 0; i < 40; i++) {
          ctx.env.tick();
          await ctx.store.addCheckIn(id, buildCheckInRecord());
        }
        logging = false;
      })();
      let exports = 0;
      while (logging) {
        const [experiment] = (await ctx.store.exportAll()).experiments;
        // A check-in moves its experiment's updatedAt in the same transaction.
        const last = experiment?.checkIns.at(-1);
        expect(experiment?.updatedAt).toBe(last?.createdAt ?? experiment?.createdAt);
        exports++;
      }
      await logger;
      expect(exports).toBeGreaterThan(0);
    });
  });
}
