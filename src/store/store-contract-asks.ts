/** The part of the store contract about concrete asks. */
import { describe, expect, it } from 'vitest';
import { buildAskRecord } from './journal-test-kit.js';
import type { ContractContext } from './store-contract.js';

/** Registers the ask tests inside the contract's describe block. */
export function runAskContract(ctx: ContractContext): void {
  describe('asks', () => {
    it('creates an ask with the injected id and clock, and reads it back', async () => {
      expect(await ctx.store.listAsks()).toEqual([]);
      const created = await ctx.store.createAsk(buildAskRecord());
      const expected = {
        id: 'profile-0001',
        ...buildAskRecord(),
        createdAt: '2030-01-01T00:00:00.000Z',
        updatedAt: '2030-01-01T00:00:00.000Z',
      };
      expect(created).toEqual(expected);
      expect(await ctx.store.getAsk(created.id)).toEqual(expected);
      expect(await ctx.store.listAsks()).toEqual([expected]);
    });

    it('stores an ask with no steps and no optional fields', async () => {
      const bare = buildAskRecord({ lab: null, steps: [], owner: null, cost: null });
      const { id } = await ctx.store.createAsk(bare);
      expect(await ctx.store.getAsk(id)).toMatchObject(bare);
    });

    it('replaces every field on update, moving only updatedAt', async () => {
      const saved = await ctx.store.createAsk(buildAskRecord());
      ctx.env.tick(60_000);
      const record = buildAskRecord({ title: 'Share eval results', steps: ['one'], owner: null });
      const updated = await ctx.store.updateAsk(saved.id, record);
      expect(updated).toEqual({
        id: saved.id,
        ...record,
        createdAt: saved.createdAt,
        updatedAt: '2030-01-01T00:01:00.000Z',
      });
      expect(await ctx.store.getAsk(saved.id)).toEqual(updated);
    });

    it('lists the most recently updated first, then by id in byte order', async () => {
      ctx.env.queueIds('m', 'b', 'a', 'Z');
      await ctx.store.createAsk(buildAskRecord());
      ctx.env.tick();
      for (const _ of ['b', 'a', 'Z']) await ctx.store.createAsk(buildAskRecord());
      expect((await ctx.store.listAsks()).map((a) => a.id)).toEqual(['Z', 'a', 'b', 'm']);
      ctx.env.tick();
      await ctx.store.updateAsk('m', buildAskRecord({ title: 'edited' }));
      expect((await ctx.store.listAsks()).map((a) => a.id)).toEqual(['m', 'Z', 'a', 'b']);
    });

    it('deletes only the ask asked for, once', async () => {
      const keep = await ctx.store.createAsk(buildAskRecord({ title: 'keep' }));
      const drop = await ctx.store.createAsk(buildAskRecord({ title: 'drop' }));
      expect(await ctx.store.deleteAsk(drop.id)).toBe(true);
      expect(await ctx.store.getAsk(drop.id)).toBeUndefined();
      expect(await ctx.store.deleteAsk(drop.id)).toBe(false);
      expect(await ctx.store.listAsks()).toEqual([keep]);
    });

    it('answers undefined or false for unknown ids and writes nothing', async () => {
      const saved = await ctx.store.createAsk(buildAskRecord());
      for (const id of ['nope', '', "x' or '1'='1", saved.id.toUpperCase()]) {
        expect(await ctx.store.getAsk(id)).toBeUndefined();
        expect(await ctx.store.updateAsk(id, buildAskRecord({ title: 'ghost' }))).toBeUndefined();
        expect(await ctx.store.deleteAsk(id)).toBe(false);
      }
      expect(await ctx.store.listAsks()).toEqual([saved]);
    });

    it('stores unicode, HTML and 5,000-character text verbatim, steps in order', async () => {
      const html = '<b>Zoë</b> & "我" \'🧪\' <script>alert(1)</script>';
      const long = `${'a'.repeat(3000)}${'é'.repeat(1000)}${'👩🏽‍🔬'.repeat(200)}${'&'.repeat(200)}`;
      expect([...long]).toHaveLength(5000);
      const steps = ['<img src=x onerror=alert(1)>', 'מימין לשמאל', '{"json": "looking"}', '[1, 2]'];
      const record = buildAskRecord({ title: html, lab: html, ask: long, steps, owner: html, cost: long });
      const { id } = await ctx.store.createAsk(record);
      expect(await ctx.store.getAsk(id)).toMatchObject(record);
    });
  });
}
