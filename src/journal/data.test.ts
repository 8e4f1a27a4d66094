import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseExport } from '../core/export/parse.js';
import { buildExportDocument, buildLeverData } from '../core/export/testing.js';
import { toJson } from '../core/json.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { LeverStore } from '../store/types.js';
import {
  backupDatabase,
  deleteEverything,
  exportDocument,
  importDocument,
  importDocumentJson,
} from './data.js';

const stores: LeverStore[] = [];
const dirs: string[] = [];
async function memoryStore(): Promise<LeverStore> {
  const store = await openSqliteStore({ file: ':memory:' });
  stores.push(store);
  return store;
}
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const NOW = new Date('2030-05-06T07:08:09.010Z');

describe('the data functions', () => {
  it('exports a versioned document that parses as an export', async () => {
    const store = await memoryStore();
    expect(await exportDocument(store, NOW)).toEqual({
      format: 'lever-export',
      version: 1,
      exportedAt: '2030-05-06T07:08:09.010Z',
      profiles: [],
      experiments: [],
      asks: [],
    });
    await store.importAll(buildLeverData());
    const doc = await exportDocument(store, NOW);
    expect(Object.keys(doc)).toEqual(['format', 'version', 'exportedAt', 'profiles', 'experiments', 'asks']);
    expect(parseExport(doc)).toEqual({ ok: true, value: doc });
  });

  it('moves everything to another store through the file text, and adds nothing twice', async () => {
    const [from, to] = [await memoryStore(), await memoryStore()];
    await from.importAll(buildLeverData());
    await from.createProfile({ name: 'made here', profile: { stage: 'student' } });
    const text = toJson(await exportDocument(from, NOW));
    const summary = await importDocumentJson(to, text);
    expect(summary.profiles).toEqual({ added: 3, unchanged: 0 });
    expect(await exportDocument(to, NOW)).toEqual(await exportDocument(from, NOW));
    expect((await importDocument(to, JSON.parse(text))).profiles).toEqual({ added: 0, unchanged: 3 });
  });

  it('refuses a document that is not a valid export, with the problems, and writes nothing', async () => {
    const store = await memoryStore();
    await expect(importDocument(store, { ...buildExportDocument(), version: 3 })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('written by a newer Lever'),
      problems: [{ path: 'version' }],
    });
    await expect(importDocumentJson(store, '{"format": "something-else"}')).rejects.toMatchObject({
      code: 'invalid_input',
      problems: [{ path: 'format', message: expect.stringContaining('not a Lever export') }],
    });
    await expect(importDocumentJson(store, '{oops')).rejects.toMatchObject({
      code: 'invalid_input',
      problems: [{ path: '', message: expect.stringContaining('not valid JSON') }],
    });
    const doc = buildExportDocument();
    const broken = { ...doc, asks: [{ ...doc.asks[0], title: '' }] };
    await expect(importDocument(store, broken)).rejects.toMatchObject({
      code: 'invalid_input',
      problems: [{ path: 'asks[0].title' }],
    });
    expect(await store.exportAll()).toEqual({ profiles: [], experiments: [], asks: [] });
  });

  it('deletes everything and backs up the database file', async () => {
    const store = await memoryStore();
    await store.importAll(buildLeverData());
    const dir = mkdtempSync(join(tmpdir(), 'lever-data-'));
    dirs.push(dir);
    const { file } = await backupDatabase(store, join(dir, 'copy.db'));
    expect(await deleteEverything(store)).toEqual({ profiles: 2, experiments: 3, checkIns: 4, asks: 2 });
    expect(await store.exportAll()).toEqual({ profiles: [], experiments: [], asks: [] });
    const copy = await openSqliteStore({ file });
    stores.push(copy);
    expect(await copy.exportAll()).toEqual(buildLeverData());
  });
});
